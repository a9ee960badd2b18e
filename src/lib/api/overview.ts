// The overview's queries in one place: its panels read them, its route loader starts its first
// screen's as soon as the catalogue is known, and GET /overview answers those at once on a first
// load (the mock backend builds that answer from overviewRequests() here).
import type { FetchQueryOptions, QueryClient } from '@tanstack/react-query';
import { canSeeAllCommunities, type Viewer } from '../../domain/access';
import { areaWindow } from '../../domain/area-trend';
import { communityMetrics, leadAreas, metricIdsOf, type AreaGroup } from '../../domain/catalogue';
import { otherPresetPeriods, type DataRange, type Period } from '../../domain/period';
import { askedOf, parseChoice, type Parsed } from '../../domain/url-params';
import type { ApiRequest, Catalogue, Metric, MetricId } from './contract';
import { allTotalsOptions, communitiesOptions, communityFiguresOptions, metaOptions, metricsOptions, requestsOf, sessionOptions, subdistrictMonthlyOptions, type CommunityFiguresData } from './queries';

/** An area's monthly series and the subdistrict targets: its KPI card and its trend chart share them. */
export function areaOptions(group: Pick<AreaGroup, 'metrics'>, period: Period) {
  return subdistrictMonthlyOptions(metricIdsOf(group.metrics), period, areaWindow(period));
}

/**
 * The metric the completion chart shows for `search` (`?metric=`, else the first per-community
 * metric; `corrected` when the URL named another): worked out here only, for the page, its
 * loader and GET /overview.
 */
export function overviewMetric(catalogue: Catalogue, search: URLSearchParams): Parsed<Metric> | null {
  return parseChoice(askedOf(search).metric, communityMetrics(catalogue.metrics));
}

export function overviewMetricId(catalogue: Catalogue, search: URLSearchParams): MetricId | undefined {
  return overviewMetric(catalogue, search)?.value.id;
}

/**
 * Every community on one metric: the completion chart. Its own query, so the first screen reads
 * one metric's rows (500 communities: 500 series rows and 500 targets, not 5,500 and 5,000).
 */
export function overviewCompletionOptions(metricId: MetricId, period: Period) {
  return communityFiguresOptions([metricId], period);
}

/** Every community on every per-community metric: 需要关注, asked for once the first chart is drawn. */
export function overviewCommunityOptions(catalogue: Catalogue, period: Period) {
  return communityFiguresOptions(metricIdsOf(communityMetrics(catalogue.metrics)), period);
}

/**
 * One metric's figures taken from every metric's (same period, same communities): a metric
 * chosen after 需要关注's figures are in shows at once, without a request.
 */
export function completionFromAll(all: CommunityFiguresData | undefined, metricId: MetricId): CommunityFiguresData | undefined {
  if (!all || !all.input.metricIds.includes(metricId)) return undefined;
  return {
    input: { metricIds: [metricId], period: all.input.period },
    communities: all.communities,
    series: { ...all.series, rows: all.series.rows.filter((r) => r.metricId === metricId) },
    targets: { ...all.targets, targets: all.targets.targets.filter((t) => t.metricId === metricId) },
  };
}

export function overviewTotalsOptions(catalogue: Catalogue, period: Period) {
  return allTotalsOptions(metricIdsOf(catalogue.metrics), period);
}

/** The first screen's queries for `period`: the KPI cards and trends, the completion chart of `metricId`, the totals. */
function overviewPanelOptions(catalogue: Catalogue, period: Period, metricId: MetricId | undefined) {
  return [...leadAreas(catalogue).map((group) => areaOptions(group, period)), ...(metricId ? [overviewCompletionOptions(metricId, period)] : []), overviewTotalsOptions(catalogue, period)];
}

/** Starts the requests of the overview's first screen for `period`; panels pick the results up by key. */
export function prefetchOverview(queryClient: QueryClient, catalogue: Catalogue, period: Period, metricId: MetricId | undefined) {
  // A metric chosen once every metric's figures are in: its own are taken from those, not asked for.
  if (metricId) {
    const key = overviewCompletionOptions(metricId, period).queryKey;
    const allKey = overviewCommunityOptions(catalogue, period).queryKey;
    const taken = queryClient.getQueryData(key) === undefined ? completionFromAll(queryClient.getQueryData(allKey), metricId) : undefined;
    if (taken) queryClient.setQueryData(key, taken, { updatedAt: queryClient.getQueryState(allKey)?.dataUpdatedAt });
  }
  // A mixed list: each option keeps its own types where it is built; here only the key and fetcher matter.
  for (const options of overviewPanelOptions(catalogue, period, metricId)) void queryClient.prefetchQuery(options as FetchQueryOptions);
}

/**
 * Fetches the overview (需要关注 included) for the other presets, so choosing one shows its
 * figures at once (the page still refreshes them in the background). Skipped when the user
 * asked to save data.
 */
export function prefetchOverviewPresets(queryClient: QueryClient, catalogue: Catalogue, range: DataRange, current: Period, metricId: MetricId | undefined, user: Viewer) {
  if ((navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData) return;
  for (const period of otherPresetPeriods(current, range)) {
    // Every community's figures only where the user may see them.
    const everyCommunity = canSeeAllCommunities(user, period, range);
    prefetchOverview(queryClient, catalogue, period, everyCommunity ? metricId : undefined);
    if (everyCommunity) void queryClient.prefetchQuery(overviewCommunityOptions(catalogue, period));
  }
}

/**
 * Every request a first load of the overview makes for its first screen (`period`, the completion
 * chart on `metricId`), the shell's included, once each: what GET /overview answers in one
 * response (lib/api/early/answers.ts). 需要关注's figures for every metric are not part of it.
 */
export function overviewRequests(catalogue: Catalogue, period: Period, metricId: MetricId | undefined): ApiRequest[] {
  const all = requestsOf([
    metaOptions(),
    sessionOptions(),
    metricsOptions(),
    communitiesOptions(),
    ...overviewPanelOptions(catalogue, period, metricId),
  ]);
  const seen = new Set<string>();
  return all.filter((r) => {
    const key = JSON.stringify(r);
    return !seen.has(key) && Boolean(seen.add(key));
  });
}
