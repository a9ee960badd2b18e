// The overview's queries in one place: its panels read them, and its route loader starts them
// as soon as the catalogue is known, before the panels have rendered.
import type { QueryClient } from '@tanstack/react-query';
import { AREAS, METRIC_IDS, type Area, type Metric } from '../../../lib/api/contract';
import { seriesOptions, targetsOptions } from '../../../lib/api/queries';
import { yearsOf, type Period } from '../../../domain/period';
import { communityMetricIds, overviewWindow } from './overview-data';

export function areaSeriesQuery(area: Area, metrics: readonly Metric[], period: Period) {
  const window = overviewWindow(period);
  const ids = metrics.filter((m) => m.area === area).map((m) => m.id);
  return seriesOptions({ metrics: ids, from: window.from, to: window.to, groupBy: 'month' });
}

export function subdistrictTargetsQuery(period: Period) {
  return targetsOptions({ years: yearsOf(overviewWindow(period)), level: 'subdistrict' });
}

export function communitySeriesQuery(metrics: readonly Metric[], period: Period) {
  return seriesOptions({ metrics: communityMetricIds(metrics), from: period.from, to: period.to, groupBy: 'community' });
}

export function communityTargetsQuery(period: Period) {
  return targetsOptions({ years: yearsOf(period), level: 'community' });
}

export function allTotalsQuery(period: Period) {
  return seriesOptions({ metrics: METRIC_IDS, from: period.from, to: period.to, groupBy: 'none' });
}

/** Starts every request the overview makes for `period`; panels pick the results up by key. */
export function prefetchOverview(queryClient: QueryClient, metrics: readonly Metric[], period: Period) {
  for (const area of AREAS) void queryClient.prefetchQuery(areaSeriesQuery(area, metrics, period));
  void queryClient.prefetchQuery(subdistrictTargetsQuery(period));
  void queryClient.prefetchQuery(communitySeriesQuery(metrics, period));
  void queryClient.prefetchQuery(communityTargetsQuery(period));
  void queryClient.prefetchQuery(allTotalsQuery(period));
}
