import type { Area, Catalogue, Metric, MetricId, Rate } from '../lib/api/contract';
import { areaGroups } from './catalogue';
import { rateValue } from './rates';

export interface AreaSummary {
  area: Area;
  metrics: Array<{ metric: Metric; value: number | null }>;
  rates: Array<{ rate: Rate; value: number | null }>;
}

/** The catalogue's metrics grouped by area in catalogue order, each with its period total. */
export function buildAreaSummaries(catalogue: Catalogue, totals: ReadonlyMap<MetricId, number | null>): AreaSummary[] {
  return areaGroups(catalogue)
    .filter((g) => g.metrics.length > 0)
    .map(({ area, metrics, rates }) => ({
      area,
      metrics: metrics.map((metric) => ({ metric, value: totals.get(metric.id) ?? null })),
      rates: rates.map((rate) => ({ rate, value: rateValue(rate, totals) })),
    }));
}

export function hasAnyValue(summaries: readonly AreaSummary[]): boolean {
  return summaries.some((s) => s.metrics.some((m) => m.value !== null));
}
