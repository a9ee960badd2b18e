// The app's page paths, written once: the router, the navigation, src/boot.ts and every link
// build them from here. Plain strings, free of React, so boot.ts's entry can use them.

export const ROUTE_PATHS = {
  home: '/',
  overview: '/overview',
  metrics: '/metrics',
  rankings: '/rankings',
  communities: '/communities',
  present: '/present',
  reportImport: '/reports/import',
  /** A community secretary's monthly report (issue 26). */
  report: '/report',
  /** A leader's 上报情况: every community's report of a month. */
  reports: '/reports',
} as const;

/** A metric's page. */
export const metricPath = (metricId: string) => `${ROUTE_PATHS.metrics}/${metricId}`;

/** A community's page. */
export const communityPath = (communityId: string) => `${ROUTE_PATHS.communities}/${communityId}`;

/** A top-level path as a child route of the app shell's `/` ('/rankings' → 'rankings'). */
export const childPath = (path: string) => path.replace(/^\//, '');
