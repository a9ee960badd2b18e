// Expected figures computed straight from a dataset's monthly arrays (not through the app's
// functions), so a test can compare what the page shows with the data behind it.
import type { Dataset } from '../../mocks/data/generate';
import type { MetricId } from '../../src/lib/api/contract';
import { sampleDataset } from './sample-dataset';

/** Sum of a metric over months `from`..`to` (YYYY-MM): one community's, or the subdistrict's (null); null where not offered. */
export function figureOf(metricId: MetricId, communityId: string | null, from: string, to: string, dataset: Dataset = sampleDataset): number | null {
  const start = dataset.months.indexOf(from);
  const end = dataset.months.indexOf(to);
  if (start < 0 || end < 0) throw new Error(`months ${from}..${to} are outside the dataset`);
  const { byCommunity, centre } = dataset.values[metricId];
  const sum = (series: Float64Array) => series.slice(start, end + 1).reduce((s, v) => s + v, 0);
  if (communityId !== null) {
    const series = byCommunity[dataset.communities.findIndex((c) => c.id === communityId)];
    return series ? sum(series) : null;
  }
  if (centre) return sum(centre);
  return byCommunity.reduce((s, series) => (series ? s + sum(series) : s), 0);
}

export const zhNumber = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 });

/** A community's (or the subdistrict's, null) target for a metric and year. */
export function targetOf(metricId: MetricId, year: number, communityId: string | null, dataset: Dataset = sampleDataset): number | null {
  return dataset.targets.find((t) => t.metricId === metricId && t.year === year && t.communityId === communityId)?.value ?? null;
}

/**
 * Completion of each community offering the metric over months of one year (value ÷ year target ×
 * months ÷ 12), best first: the ranking rule, computed here from the raw arrays.
 */
export function completionRanking(metricId: MetricId, from: string, to: string, dataset: Dataset = sampleDataset): Array<{ id: string; name: string; value: number; completion: number; rank: number }> {
  const months = Number(to.slice(5)) - Number(from.slice(5)) + 1;
  const year = Number(from.slice(0, 4));
  const rows = dataset.communities
    .map((c) => ({ id: c.id, name: c.name, value: figureOf(metricId, c.id, from, to, dataset), target: targetOf(metricId, year, c.id, dataset) }))
    .filter((r): r is { id: string; name: string; value: number; target: number } => r.value !== null && r.target !== null && r.target > 0)
    .map((r) => ({ id: r.id, name: r.name, value: r.value, completion: r.value / ((r.target * months) / 12) }))
    .sort((a, b) => b.completion - a.completion);
  return rows.map((r) => ({ ...r, rank: rows.findIndex((o) => o.completion.toPrecision(12) === r.completion.toPrecision(12)) + 1 }));
}
