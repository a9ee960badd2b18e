import { createBrowserRouter, type RouteObject } from 'react-router';
import { EmptyState } from '../components/empty-state';
import { CommunityPage } from '../features/communities/community-page';
import { MetricPage } from '../features/metrics/metric-page';
import { OverviewPage } from '../features/overview/overview-page';
import { PresentPage } from '../features/present/present-page';
import { RankingsPage } from '../features/rankings/rankings-page';
import { HomeRedirect } from './home-redirect';
import { Layout } from './layout';

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: 'overview', element: <OverviewPage /> },
      { path: 'metrics/:metricId', element: <MetricPage /> },
      { path: 'rankings', element: <RankingsPage /> },
      { path: 'communities/:communityId', element: <CommunityPage /> },
      { path: 'present', element: <PresentPage /> },
      { path: '*', element: <EmptyState message="页面不存在" hint="请从导航中选择页面。" /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
