import type { MetricId, SeriesRow } from '../lib/api/contract';

/** Period totals by metric from a `groupBy=none` response; a metric without a row is missing (null). */
export function totalsByMetric(rows: readonly SeriesRow[]): Map<MetricId, number | null> {
  const totals = new Map<MetricId, number | null>();
  for (const row of rows) if (row.month === undefined && row.communityId === undefined) totals.set(row.metricId, row.value);
  return totals;
}

/** Values by community for one metric from a `groupBy=community` response. */
export function valuesByCommunity(rows: readonly SeriesRow[], metricId: MetricId): Map<string, number | null> {
  const values = new Map<string, number | null>();
  for (const row of rows) if (row.metricId === metricId && typeof row.communityId === 'string') values.set(row.communityId, row.value);
  return values;
}
