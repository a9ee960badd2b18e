import { addMonths, monthsInclusive } from './month';
import type { Period } from './period';

/** 环比: the period of equal length just before. */
export function previousPeriod(period: Period): Period {
  const length = monthsInclusive(period.from, period.to);
  return { from: addMonths(period.from, -length), to: addMonths(period.to, -length) };
}

/** 同比: the same months one year earlier. */
export function samePeriodLastYear(period: Period): Period {
  return { from: addMonths(period.from, -12), to: addMonths(period.to, -12) };
}

export interface Delta {
  absolute: number;
  /** Relative change; null when the base is zero. */
  relative: number | null;
}

/** Change from `base` to `current`; null when either is missing. */
export function delta(current: number | null, base: number | null): Delta | null {
  if (current === null || base === null) return null;
  return { absolute: current - base, relative: base === 0 ? null : (current - base) / base };
}

export type DeltaTone = 'good' | 'bad' | 'neutral';

/** Whether a change is good news depends on whether higher is better. */
export function deltaTone(change: Delta | null, higherIsBetter: boolean): DeltaTone {
  if (!change || change.absolute === 0) return 'neutral';
  return change.absolute > 0 === higherIsBetter ? 'good' : 'bad';
}

// issue 24: 环比 of a whole year is the previous year, the same figure as 同比: show 同比 only.
/** True when 环比's period (the previous equal-length one) is 同比's (a period of twelve months). */
export function previousIsLastYear(period: Period): boolean {
  const previous = previousPeriod(period);
  const lastYear = samePeriodLastYear(period);
  return previous.from === lastYear.from && previous.to === lastYear.to;
}
