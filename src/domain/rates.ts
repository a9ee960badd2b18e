import type { MetricId, Rate } from '../lib/api/contract';
import { ratio } from './ratio';

/** A catalogue rate (e.g. 问题解决率) over period totals; null when either side is missing or the denominator is 0. */
export function rateValue(rate: Pick<Rate, 'numeratorId' | 'denominatorId'>, totals: ReadonlyMap<MetricId, number | null>): number | null {
  return ratio(totals.get(rate.numeratorId), totals.get(rate.denominatorId));
}
