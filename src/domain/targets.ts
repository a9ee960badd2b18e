import type { MetricId, Target } from '../lib/api/contract';
import { monthIndex, monthOfYear, yearOf } from './month';
import { oncePer } from './once-per';
import type { Period } from './period';

/** Looks up targets by metric, year and community (null: subdistrict-wide). */
export interface TargetIndex {
  year(metricId: MetricId, year: number, communityId: string | null): number | null;
}

/** One index per targets list, however many rankings read it. */
export const indexTargets: (targets: readonly Target[]) => TargetIndex = oncePer((targets) => buildIndex(targets));

/** By metric, year and community ('' for the subdistrict): lookups with no key string built per call (500 communities × 11 metrics on the overview). */
function buildIndex(targets: readonly Target[]): TargetIndex {
  const byMetric = new Map<MetricId, Map<number, Map<string, number>>>();
  for (const t of targets) {
    let byYear = byMetric.get(t.metricId);
    if (!byYear) byMetric.set(t.metricId, (byYear = new Map()));
    let byCommunity = byYear.get(t.year);
    if (!byCommunity) byYear.set(t.year, (byCommunity = new Map()));
    byCommunity.set(t.communityId ?? '', t.value);
  }
  return {
    year: (metricId, year, communityId) => byMetric.get(metricId)?.get(year)?.get(communityId ?? '') ?? null,
  };
}

/** Months of `period` that fall in each calendar year it touches. */
export function monthsPerYear(period: Period): Array<{ year: number; months: number }> {
  const out: Array<{ year: number; months: number }> = [];
  for (let year = yearOf(period.from); year <= yearOf(period.to); year++) {
    const start = Math.max(monthIndex(period.from), year * 12);
    const end = Math.min(monthIndex(period.to), year * 12 + 11);
    out.push({ year, months: end - start + 1 });
  }
  return out;
}

/** monthsPerYear of the period asked for last: a ranking asks for the same period once per community. */
let lastYears: { from: string; to: string; years: ReadonlyArray<{ year: number; months: number }> } | null = null;
function yearsOf(period: Period): ReadonlyArray<{ year: number; months: number }> {
  if (lastYears?.from !== period.from || lastYears.to !== period.to) lastYears = { from: period.from, to: period.to, years: monthsPerYear(period) };
  return lastYears.years;
}

/**
 * The target for a period, prorated evenly by month from yearly targets (a period across a
 * year boundary takes its share of each year). null when any year it touches has no target.
 */
export function periodTarget(index: TargetIndex, metricId: MetricId, period: Period, communityId: string | null = null): number | null {
  let total = 0;
  for (const { year, months } of yearsOf(period)) {
    const yearly = index.year(metricId, year, communityId);
    if (yearly === null) return null;
    total += (yearly * months) / 12;
  }
  return total;
}

/** Share of the calendar year elapsed at the end of `month` (June: 0.5). */
export function elapsedShareOfYear(month: string): number {
  return monthOfYear(month) / 12;
}

/** The even-pace cumulative target at the end of each month of a year: yearly × m / 12. */
export function cumulativeTargetLine(yearlyTarget: number, year: number): Array<{ month: string; target: number }> {
  return Array.from({ length: 12 }, (_, i) => ({
    month: `${year}-${String(i + 1).padStart(2, '0')}`,
    target: (yearlyTarget * (i + 1)) / 12,
  }));
}

// issue 24: one rounding rule for targets shown or exported (whole units; exports add the exact figure).
/** A target as shown on screen and in exports: whole units, half up (1,747.5 → 1,748). */
export function wholeTarget(target: number): number {
  return Math.round(target);
}
