// The overview's queries in one place: its panels read them, its route loader starts them as
// soon as the catalogue is known, and GET /overview answers all of them at once on a first load
// (the mock backend builds that answer from overviewRequests() here).
import type { FetchQueryOptions, QueryClient } from '@tanstack/react-query';
import { areaWindow } from '../../domain/area-trend';
import { communityMetrics, leadAreas, metricIdsOf, type AreaGroup } from '../../domain/catalogue';
import { otherPresetPeriods, type DataRange, type Period } from '../../domain/period';
import type { ApiRequest, Catalogue } from './contract';
import { allTotalsOptions, communitiesOptions, communityFiguresOptions, metaOptions, metricsOptions, requestsOf, sessionOptions, subdistrictMonthlyOptions } from './queries';

/** An area's monthly series and the subdistrict targets: its KPI card and its trend chart share them. */
export function areaOptions(group: Pick<AreaGroup, 'metrics'>, period: Period) {
  return subdistrictMonthlyOptions(metricIdsOf(group.metrics), period, areaWindow(period));
}

/** Every community on every per-community metric: the completion chart and 需要关注. */
export function overviewCommunityOptions(catalogue: Catalogue, period: Period) {
  return communityFiguresOptions(metricIdsOf(communityMetrics(catalogue.metrics)), period);
}

export function overviewTotalsOptions(catalogue: Catalogue, period: Period) {
  return allTotalsOptions(metricIdsOf(catalogue.metrics), period);
}

/** The overview panels' queries for `period`: its KPI cards and trends, the completion chart and 需要关注, the totals. */
function overviewPanelOptions(catalogue: Catalogue, period: Period) {
  return [...leadAreas(catalogue).map((group) => areaOptions(group, period)), overviewCommunityOptions(catalogue, period), overviewTotalsOptions(catalogue, period)];
}

/** Starts every request the overview makes for `period`; panels pick the results up by key. */
export function prefetchOverview(queryClient: QueryClient, catalogue: Catalogue, period: Period) {
  // A mixed list: each option keeps its own types where it is built; here only the key and fetcher matter.
  for (const options of overviewPanelOptions(catalogue, period)) void queryClient.prefetchQuery(options as FetchQueryOptions);
}

/**
 * Fetches the overview for the other presets, so choosing one shows its figures at once (the
 * page still refreshes them in the background). Skipped when the user asked to save data.
 */
export function prefetchOverviewPresets(queryClient: QueryClient, catalogue: Catalogue, range: DataRange, current: Period) {
  if ((navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData) return;
  for (const period of otherPresetPeriods(current, range)) prefetchOverview(queryClient, catalogue, period);
}

/**
 * Every request a first load of the overview makes for `period`, the shell's included, once
 * each: what GET /overview answers in one response (lib/api/early.ts).
 */
export function overviewRequests(catalogue: Catalogue, period: Period): ApiRequest[] {
  const all = requestsOf([
    metaOptions(),
    sessionOptions(),
    metricsOptions(),
    communitiesOptions(),
    ...overviewPanelOptions(catalogue, period),
  ]);
  const seen = new Set<string>();
  return all.filter((r) => {
    const key = JSON.stringify(r);
    return !seen.has(key) && Boolean(seen.add(key));
  });
}
