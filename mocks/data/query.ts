// Server-side aggregation of the mock backend: what a real backend's SQL GROUP BY would do.
import type { GroupBy, MetricId, SeriesRow, Target, TargetLevel } from '../../src/lib/api/contract';
import { monthIndex } from '../../src/domain/month';
import type { Dataset } from './generate';

export interface SeriesParams {
  metrics: readonly MetricId[];
  from: string;
  to: string;
  groupBy: GroupBy;
  communities?: readonly string[];
}

/**
 * Sum of series[start..end]; null when the series is missing (service not offered) or no month
 * of the range is reported (NaN: a month an approved report added, not yet reported here), as
 * SQL's sum over no rows.
 */
function sumRange(series: Float64Array | null, start: number, end: number): number | null {
  if (!series) return null;
  let total = 0;
  let reported = false;
  for (let i = start; i <= end; i++) {
    if (Number.isNaN(series[i])) continue;
    total += series[i];
    reported = true;
  }
  return reported ? total : null;
}

function addNullable(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return a + b;
}

export function querySeries(dataset: Dataset, params: SeriesParams): SeriesRow[] {
  const base = monthIndex(dataset.months[0]);
  const start = Math.max(0, monthIndex(params.from) - base);
  const end = Math.min(dataset.months.length - 1, monthIndex(params.to) - base);
  const wanted = params.communities ? new Set(params.communities) : null;
  const picked = dataset.communities.map((c, i) => ({ c, i })).filter(({ c }) => !wanted || wanted.has(c.id));
  const byMonth = params.groupBy === 'month' || params.groupBy === 'month,community';
  const byCommunity = params.groupBy === 'community' || params.groupBy === 'month,community';
  const rows: SeriesRow[] = [];

  for (const metricId of params.metrics) {
    const { byCommunity: series, centre } = dataset.values[metricId];
    // Each output cell covers one month (when grouped by month) or the whole range.
    const cells: Array<[number, number]> = [];
    if (byMonth) for (let m = start; m <= end; m++) cells.push([m, m]);
    else if (start <= end) cells.push([start, end]);

    for (const [s, e] of cells) {
      const month = byMonth ? dataset.months[s] : undefined;
      if (centre) {
        rows.push({ metricId, ...(month && { month }), ...(byCommunity && { communityId: null }), value: sumRange(centre, s, e) });
      } else if (byCommunity) {
        for (const { c, i } of picked) rows.push({ metricId, ...(month && { month }), communityId: c.id, value: sumRange(series[i], s, e) });
      } else {
        let total: number | null = null;
        for (const { i } of picked) total = addNullable(total, sumRange(series[i], s, e));
        rows.push({ metricId, ...(month && { month }), value: total });
      }
    }
    if (cells.length === 0 && !byMonth && !byCommunity) rows.push({ metricId, value: null });
  }
  return rows;
}

export function queryTargets(dataset: Dataset, years: number[], metrics?: MetricId[], level?: TargetLevel): Target[] {
  const wantedYears = new Set(years);
  const wantedMetrics = metrics ? new Set(metrics) : null;
  return dataset.targets.filter(
    (t) =>
      wantedYears.has(t.year) &&
      (!wantedMetrics || wantedMetrics.has(t.metricId)) &&
      (!level || (level === 'subdistrict') === (t.communityId === null)),
  );
}
