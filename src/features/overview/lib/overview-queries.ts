// The overview's queries in one place: its panels read them, and its route loader starts them
// as soon as the catalogue is known, before the panels have rendered.
import type { QueryClient } from '@tanstack/react-query';
import { communityMetrics, leadAreas, metricIdsOf, type AreaGroup } from '../../../domain/catalogue';
import type { Period } from '../../../domain/period';
import type { Catalogue } from '../../../lib/api/contract';
import { allTotalsOptions, communityFiguresOptions, subdistrictMonthlyOptions } from '../../../lib/api/queries';
import { areaWindow } from '../../../domain/area-trend';

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

/** Starts every request the overview makes for `period`; panels pick the results up by key. */
export function prefetchOverview(queryClient: QueryClient, catalogue: Catalogue, period: Period) {
  for (const group of leadAreas(catalogue)) void queryClient.prefetchQuery(areaOptions(group, period));
  void queryClient.prefetchQuery(overviewCommunityOptions(catalogue, period));
  void queryClient.prefetchQuery(overviewTotalsOptions(catalogue, period));
}
