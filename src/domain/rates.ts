import type { Area, MetricId } from '../lib/api/contract';
import { ratio } from './ratio';

export interface RateDefinition {
  id: 'solve_rate' | 'on_time_rate';
  area: Area;
  label: string;
  numerator: MetricId;
  denominator: MetricId;
}

/** Rates the dashboard shows as percentages rather than counts. */
export const RATES: readonly RateDefinition[] = [
  { id: 'solve_rate', area: 'grievances', label: '问题解决率', numerator: 'problems_solved', denominator: 'matters_collected' },
  { id: 'on_time_rate', area: 'cases', label: '按期办结率', numerator: 'centre_cases_on_time', denominator: 'centre_cases' },
];

export function rateValue(rate: RateDefinition, totals: ReadonlyMap<MetricId, number | null>): number | null {
  return ratio(totals.get(rate.numerator), totals.get(rate.denominator));
}
