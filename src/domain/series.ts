import type { MetricId, SeriesRow } from '../lib/api/contract';
import { oncePer } from './once-per';

/** Period totals by metric from a `groupBy=none` response; a metric without a row is missing (null). */
export function totalsByMetric(rows: readonly SeriesRow[]): Map<MetricId, number | null> {
  const totals = new Map<MetricId, number | null>();
  for (const row of rows) if (row.month === undefined && row.communityId === undefined) totals.set(row.metricId, row.value);
  return totals;
}

/** Values by community for one metric from a `groupBy=community` response. */
export function valuesByCommunity(rows: readonly SeriesRow[], metricId: MetricId): ReadonlyMap<string, number | null> {
  return byMetricAndCommunity(rows).get(metricId) ?? NONE;
}

const NONE: ReadonlyMap<string, number | null> = new Map();

/**
 * A response's rows grouped by metric, then community, once per rows array (query data is never
 * mutated): the overview reads every metric of 500 communities' rows, one pass instead of one per metric.
 */
const byMetricAndCommunity = oncePer((rows: readonly SeriesRow[]) => {
  const byMetric = new Map<MetricId, Map<string, number | null>>();
  for (const row of rows) {
    if (typeof row.communityId !== 'string') continue;
    let values = byMetric.get(row.metricId);
    if (!values) byMetric.set(row.metricId, (values = new Map()));
    values.set(row.communityId, row.value);
  }
  return byMetric;
});
