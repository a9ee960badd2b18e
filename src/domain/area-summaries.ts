import { AREAS, type Area, type Metric, type MetricId } from '../lib/api/contract';
import { RATES, rateValue, type RateDefinition } from './rates';

export interface AreaSummary {
  area: Area;
  metrics: Array<{ metric: Metric; value: number | null }>;
  rates: Array<{ rate: RateDefinition; value: number | null }>;
}

/** The catalogue's metrics grouped by area in a fixed order, each with its period total. */
export function buildAreaSummaries(metrics: readonly Metric[], totals: ReadonlyMap<MetricId, number | null>): AreaSummary[] {
  return AREAS.map((area) => ({
    area,
    metrics: metrics.filter((m) => m.area === area).map((metric) => ({ metric, value: totals.get(metric.id) ?? null })),
    rates: RATES.filter((r) => r.area === area).map((rate) => ({ rate, value: rateValue(rate, totals) })),
  })).filter((s) => s.metrics.length > 0);
}

export function hasAnyValue(summaries: readonly AreaSummary[]): boolean {
  return summaries.some((s) => s.metrics.some((m) => m.value !== null));
}
