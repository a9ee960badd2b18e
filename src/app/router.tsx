import { createBrowserRouter, type RouteObject } from 'react-router';
import { EmptyState } from '../components/empty-state';
import { Skeleton } from '../components/skeleton';
import type { QueryClient } from '@tanstack/react-query';
import { overviewLoader } from '../features/overview/overview-loader';
import { OverviewPage } from '../features/overview/overview-page';
import { HomeRedirect } from './home-redirect';
import { Layout } from './layout';
import { StartingShell } from './starting-shell';

export const routes = (queryClient: QueryClient): RouteObject[] => [
  {
    path: '/',
    element: <Layout />,
    // Shown while the first route's loader runs (it waits for meta and the catalogue).
    hydrateFallbackElement: <StartingShell />,
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: 'overview', element: <OverviewPage />, loader: overviewLoader(queryClient) },
      // The overview is the first view; other pages load when first visited.
      { path: 'metrics/:metricId', lazy: async () => ({ Component: (await import('../features/metrics/metric-page')).MetricPage }) },
      {
        path: 'rankings',
        lazy: async () => {
          const { RankingsPage, rankingsLoader } = await import('../features/rankings/rankings-page');
          return { Component: RankingsPage, loader: rankingsLoader(queryClient) };
        },
      },
      { path: 'communities/:communityId', lazy: async () => ({ Component: (await import('../features/communities/community-page')).CommunityPage }) },
      { path: '*', element: <EmptyState message="页面不存在" hint="请从导航中选择页面。" pageHeading /> },
    ],
  },
  // The meeting deck is full screen: no app header, navigation or period bar.
  {
    path: '/present',
    hydrateFallbackElement: <Skeleton lines={6} label="正在打开演示" />,
    lazy: async () => {
      const { PresentPage, presentLoader } = await import('../features/present/present-page');
      // The loader starts the first load's requests; a slide step (a URL change) has nothing to load.
      return { Component: PresentPage, loader: presentLoader(queryClient), shouldRevalidate: () => false };
    },
  },
];

export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter(routes(queryClient));
}
