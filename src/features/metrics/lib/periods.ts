// Period helpers for the metric page's queries.
import { monthIndex } from '../../../domain/month';
import type { DataRange, Period } from '../../../domain/period';
import { monthsPerYear } from '../../../domain/targets';

/** The calendar years a period touches, oldest first (the targets it needs). */
export function yearsOf(period: Period): number[] {
  return monthsPerYear(period).map((y) => y.year);
}

/** Whether every month of `period` lies in the data's range (a clipped sum would mislead). */
export function coversPeriod(range: DataRange, period: Period): boolean {
  return monthIndex(period.from) >= monthIndex(range.firstMonth) && monthIndex(period.to) <= monthIndex(range.latestMonth);
}
