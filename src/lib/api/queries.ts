// Query-option factories, one per resource: keys go from generic to specific and hold every
// input of the fetcher, so hooks, prefetching and tests share them.
import { queryOptions } from '@tanstack/react-query';
import { yearsOf, type Period } from '../../domain/period';
import { bundleOptions, type QueryData } from './bundle';
import { ContractError, getJson, requestOf } from './client';
import {
  API_PATHS,
  type ApiRequest,
  CommunitiesResponse,
  MetaResponse,
  MetricsResponse,
  MockUsersResponse,
  SeriesResponse,
  SessionResponse,
  TargetsResponse,
  type MetricId,
  type SeriesQuery,
  type TargetsQuery,
} from './contract';

/** Reference data changes at most daily; series follow the data's monthly updates. */
const REFERENCE_STALE_MS = 30 * 60_000;
const SERIES_STALE_MS = 5 * 60_000;

export const queryKeys = {
  session: () => ['session'] as const,
  mockUsers: () => ['mock-users'] as const,
  meta: () => ['meta'] as const,
  communities: () => ['communities'] as const,
  metrics: () => ['metrics'] as const,
  targets: (query: TargetsQuery) => ['targets', query] as const,
  series: (query: SeriesQuery) => ['series', query] as const,
};

export const sessionOptions = () =>
  queryOptions({
    queryKey: queryKeys.session(),
    queryFn: ({ signal }) => getJson(API_PATHS.session, SessionResponse, { signal }),
    meta: { request: requestOf(API_PATHS.session) },
    staleTime: REFERENCE_STALE_MS,
  });

export const mockUsersOptions = () =>
  queryOptions({
    queryKey: queryKeys.mockUsers(),
    queryFn: ({ signal }) => getJson(API_PATHS.mockUsers, MockUsersResponse, { signal }),
    meta: { request: requestOf(API_PATHS.mockUsers) },
    staleTime: Infinity,
  });

export const metaOptions = () =>
  queryOptions({
    queryKey: queryKeys.meta(),
    queryFn: ({ signal }) => getJson(API_PATHS.meta, MetaResponse, { signal }),
    meta: { request: requestOf(API_PATHS.meta) },
    staleTime: REFERENCE_STALE_MS,
  });

export const communitiesOptions = () =>
  queryOptions({
    queryKey: queryKeys.communities(),
    queryFn: ({ signal }) => getJson(API_PATHS.communities, CommunitiesResponse, { signal }),
    meta: { request: requestOf(API_PATHS.communities) },
    staleTime: REFERENCE_STALE_MS,
  });

export const metricsOptions = () =>
  queryOptions({
    queryKey: queryKeys.metrics(),
    queryFn: ({ signal }) => getJson(API_PATHS.metrics, MetricsResponse, { signal }),
    meta: { request: requestOf(API_PATHS.metrics) },
    staleTime: REFERENCE_STALE_MS,
  });

export const targetsOptions = (query: TargetsQuery) => {
  const params = { years: query.years, metrics: query.metrics, level: query.level };
  return queryOptions({
    queryKey: queryKeys.targets(query),
    queryFn: ({ signal }) => getJson(API_PATHS.targets, TargetsResponse, { signal, params }),
    meta: { request: requestOf(API_PATHS.targets, params) },
    staleTime: REFERENCE_STALE_MS,
  });
};

export const seriesOptions = (query: SeriesQuery) => {
  const params = { metrics: query.metrics, from: query.from, to: query.to, groupBy: query.groupBy, communities: query.communities };
  return queryOptions({
    queryKey: queryKeys.series(query),
    meta: { request: requestOf(API_PATHS.series, params) },
    queryFn: async ({ signal }) => {
      const response = await getJson(API_PATHS.series, SeriesResponse, { signal, params });
      // Figures for another period than the one asked for would be shown under the wrong heading.
      if (response.from !== query.from || response.to !== query.to) {
        throw new ContractError(`GET ${API_PATHS.series}`, [{ path: ['from'], message: `返回的时段（${response.from}—${response.to}）与请求的（${query.from}—${query.to}）不符` }]);
      }
      return response;
    },
    staleTime: SERIES_STALE_MS,
  });
};

/** The requests behind query options (one endpoint's, or a bundle's parts), as data. */
export function requestsOf(options: ReadonlyArray<{ meta?: Record<string, unknown> }>): ApiRequest[] {
  return options.flatMap((o) => {
    const meta = o.meta as { request?: ApiRequest; requests?: readonly ApiRequest[] } | undefined;
    return meta?.request ? [meta.request] : [...(meta?.requests ?? [])];
  });
}

/**
 * Every community's values of `metricIds` over `period`, with the communities and their
 * targets: what completion, 序时进度 and ranks need. One bundle, so the figures change together.
 */
export const communityFiguresOptions = (metricIds: readonly MetricId[], period: Period) =>
  bundleOptions('community-figures', { metricIds, period: { from: period.from, to: period.to } }, communityFiguresParts(metricIds, period));

/** The parts of community figures, for bundles that need a little more (e.g. last year's values). */
export const communityFiguresParts = (metricIds: readonly MetricId[], period: Period) => ({
  communities: communitiesOptions(),
  series: seriesOptions({ metrics: metricIds, from: period.from, to: period.to, groupBy: 'community' }),
  targets: targetsOptions({ years: yearsOf(period), level: 'community', metrics: metricIds }),
});

export type CommunityFiguresData = QueryData<ReturnType<typeof communityFiguresOptions>>;

/**
 * Subdistrict monthly values of `metricIds` over `window` (wide enough for 环比/同比 and the
 * year to date of `period`), with the subdistrict targets of the years it touches.
 */
export const subdistrictMonthlyOptions = (metricIds: readonly MetricId[], period: Period, window: Period) =>
  bundleOptions(
    'subdistrict-monthly',
    { metricIds, period: { from: period.from, to: period.to } },
    {
      series: seriesOptions({ metrics: metricIds, from: window.from, to: window.to, groupBy: 'month' }),
      targets: targetsOptions({ years: yearsOf(window), level: 'subdistrict' }),
    },
  );

export type SubdistrictMonthlyData = QueryData<ReturnType<typeof subdistrictMonthlyOptions>>;

/** Every metric's subdistrict total over `period` (the figures the year-end review quotes). */
export const allTotalsOptions = (metricIds: readonly MetricId[], period: Period) =>
  bundleOptions('all-totals', { period: { from: period.from, to: period.to } }, { series: seriesOptions({ metrics: metricIds, from: period.from, to: period.to, groupBy: 'none' }) });

/**
 * Every community's values of `metricIds` in each of `periods` (oldest first), with the
 * communities and the targets of every year they touch: rankings, their movement and the
 * 红黑榜 record. Rankings are public within the subdistrict: only per-community totals.
 * `subjectId` (a metric id, `index`…) says what the figures will be ranked on.
 */
export const rankingHistoryOptions = (subjectId: string, metricIds: readonly MetricId[], periods: readonly Period[]) =>
  bundleOptions(
    'ranking-history',
    { subjectId, metricIds, periods: periods.map((p) => ({ from: p.from, to: p.to })) },
    {
      communities: communitiesOptions(),
      targets: targetsOptions({ years: [...new Set(periods.flatMap(yearsOf))], level: 'community' }),
      periods: periods.map((p) => seriesOptions({ metrics: metricIds, from: p.from, to: p.to, groupBy: 'community' })),
    },
  );

export type RankingHistoryData = QueryData<ReturnType<typeof rankingHistoryOptions>>;

/**
 * One community's monthly values of a metric over the twelve months ending `to`, the
 * subdistrict's beside them, and both levels of targets for those years.
 */
export const communityTrendOptions = (metricId: MetricId, communityId: string, window: Period) =>
  bundleOptions(
    'community-trend',
    { metricId, communityId, window: { from: window.from, to: window.to } },
    {
      own: seriesOptions({ metrics: [metricId], from: window.from, to: window.to, groupBy: 'month', communities: [communityId] }),
      subdistrict: seriesOptions({ metrics: [metricId], from: window.from, to: window.to, groupBy: 'month' }),
      targets: targetsOptions({ years: yearsOf(window), metrics: [metricId] }),
    },
  );

export type CommunityTrendData = QueryData<ReturnType<typeof communityTrendOptions>>;
