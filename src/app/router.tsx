import { createBrowserRouter, type RouteObject } from 'react-router';
import { EmptyState } from '../components/empty-state';
import { Skeleton } from '../components/skeleton';
import type { QueryClient } from '@tanstack/react-query';
import { overviewLoader } from '../features/overview/api';
import { OverviewPage } from '../features/overview/overview-page';
import { HomeRedirect } from './home-redirect';
import { Layout } from './layout';
import { RouteError } from './route-error';
import { StartingShell } from './starting-shell';
import { childPath, communityPath, metricPath, ROUTE_PATHS } from '../lib/route-paths';

/**
 * Every page of the shell shows its own failure (code that failed to load after a redeploy, a
 * render error) inside the shell, whose header and navigation stay.
 */
const inShell = (pages: RouteObject[]): RouteObject[] => pages.map((page) => ({ ...page, errorElement: <RouteError frame="page" /> }));

/**
 * A page's code, loaded when first visited. When it fails to load (the app was redeployed since
 * the tab opened: the old chunk is gone), the page renders the failure, so the route's error
 * element shows it: a `lazy` that rejects leaves the route lazy, and React Router then renders
 * nothing below its parent, the error element neither (the shell's main area stayed blank).
 */
function lazyPage<T extends object>(load: () => Promise<T>) {
  return async (): Promise<T | { Component: () => never }> => {
    try {
      return await load();
    } catch (error) {
      return {
        Component: () => {
          throw error;
        },
      };
    }
  };
}

export const routes = (queryClient: QueryClient): RouteObject[] => [
  {
    path: ROUTE_PATHS.home,
    element: <Layout />,
    // Shown while the first route's loader runs (it waits for meta and the catalogue).
    hydrateFallbackElement: <StartingShell />,
    // The shell itself failed: in its place.
    errorElement: <RouteError frame="app" />,
    children: inShell([
      { index: true, element: <HomeRedirect /> },
      { path: childPath(ROUTE_PATHS.overview), element: <OverviewPage />, loader: overviewLoader(queryClient) },
      // The overview is the first view; other pages load when first visited.
      {
        path: childPath(metricPath(':metricId')),
        lazy: lazyPage(async () => {
          const { MetricPage, metricLoader } = await import('../features/metrics/metric-page');
          return { Component: MetricPage, loader: metricLoader(queryClient) };
        }),
      },
      {
        path: childPath(ROUTE_PATHS.rankings),
        lazy: lazyPage(async () => {
          const { RankingsPage, rankingsLoader } = await import('../features/rankings/rankings-page');
          return { Component: RankingsPage, loader: rankingsLoader(queryClient) };
        }),
      },
      {
        path: childPath(communityPath(':communityId')),
        lazy: lazyPage(async () => {
          const { CommunityPage, communityLoader } = await import('../features/communities/community-page');
          return { Component: CommunityPage, loader: communityLoader(queryClient) };
        }),
      },
      { path: childPath(ROUTE_PATHS.reportImport), lazy: lazyPage(async () => ({ Component: (await import('../features/report-import/report-import-page')).ReportImportPage })) },
      // Monthly reports: one lazy chunk for both pages, outside the dashboard's budget (dataEntry).
      { path: childPath(ROUTE_PATHS.report), lazy: lazyPage(async () => ({ Component: (await import('../features/reports/reports-routes')).ReportFormPage })) },
      { path: childPath(ROUTE_PATHS.reports), lazy: lazyPage(async () => ({ Component: (await import('../features/reports/reports-routes')).ReportStatusPage })) },
      { path: '*', element: <EmptyState message="页面不存在" hint="请从导航中选择页面。" pageHeading /> },
    ]),
  },
  // The meeting deck is full screen: no app header, navigation or period bar.
  {
    path: ROUTE_PATHS.present,
    hydrateFallbackElement: <Skeleton lines={6} label="正在打开演示" />,
    // Full screen like the deck: its code failing to load (a redeploy) is no English stack trace.
    errorElement: <RouteError frame="deck" />,
    lazy: lazyPage(async () => {
      const { PresentPage, presentLoader } = await import('../features/present/present-page');
      // The loader starts the first load's requests; a slide step (a URL change) has nothing to load.
      return { Component: PresentPage, loader: presentLoader(queryClient), shouldRevalidate: () => false };
    }),
  },
];

export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter(routes(queryClient));
}
