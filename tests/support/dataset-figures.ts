// Expected figures computed straight from a dataset's monthly arrays (not through the app's
// functions), so a test can compare what the page shows with the data behind it.
import type { Dataset } from '../../mocks/data/generate';
import type { MetricId } from '../../src/lib/api/contract';
import { sampleDataset } from './msw-server';

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
