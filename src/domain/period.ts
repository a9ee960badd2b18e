import { addMonths, isValidMonth, monthIndex, monthOfYear, yearOf, type MonthString } from './month';
import { PARAM } from './url-params';

export interface Period {
  from: MonthString;
  to: MonthString;
}

export interface DataRange {
  firstMonth: MonthString;
  latestMonth: MonthString;
}

export const PRESET_IDS = ['thisMonth', 'thisQuarter', 'yearToDate', 'lastYear'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

/** A preset period relative to the latest month with data. */
export function presetPeriod(preset: PresetId, latestMonth: MonthString): Period {
  const year = yearOf(latestMonth);
  switch (preset) {
    case 'thisMonth':
      return { from: latestMonth, to: latestMonth };
    case 'thisQuarter': {
      const quarterStart = Math.floor((monthOfYear(latestMonth) - 1) / 3) * 3;
      return { from: addMonths(`${year}-01`, quarterStart), to: latestMonth };
    }
    case 'yearToDate':
      return { from: `${year}-01`, to: latestMonth };
    case 'lastYear':
      return { from: `${year - 1}-01`, to: `${year - 1}-12` };
  }
}

export function defaultPeriod(range: DataRange): Period {
  return clampPeriod(presetPeriod('yearToDate', range.latestMonth), range);
}

export function samePeriod(a: Period, b: Period): boolean {
  return a.from === b.from && a.to === b.to;
}

function clampMonth(month: MonthString, range: DataRange): MonthString {
  if (monthIndex(month) < monthIndex(range.firstMonth)) return range.firstMonth;
  if (monthIndex(month) > monthIndex(range.latestMonth)) return range.latestMonth;
  return month;
}

/** Keeps a period inside the months that have data, with from <= to. */
export function clampPeriod(period: Period, range: DataRange): Period {
  let from = clampMonth(period.from, range);
  let to = clampMonth(period.to, range);
  if (monthIndex(from) > monthIndex(to)) [from, to] = [to, from];
  return { from, to };
}

/**
 * The presets' periods as the pages will read them (clamped to the data), once each, without
 * `current`: where a user is most likely to go next from `current`.
 */
export function otherPresetPeriods(current: Period, range: DataRange): Period[] {
  const out: Period[] = [];
  for (const preset of PRESET_IDS) {
    const period = clampPeriod(presetPeriod(preset, range.latestMonth), range);
    if (!samePeriod(period, current) && !out.some((p) => samePeriod(p, period))) out.push(period);
  }
  return out;
}

/**
 * Reads `from`/`to` from URL search params. Missing or malformed values fall back to the
 * default period; out-of-range values are clamped. `corrected` says the URL should be rewritten.
 */
export function periodFromSearch(
  params: URLSearchParams,
  range: DataRange,
): { period: Period; corrected: boolean } {
  const from = params.get(PARAM.from);
  const to = params.get(PARAM.to);
  if (!isValidMonth(from) || !isValidMonth(to)) {
    return { period: defaultPeriod(range), corrected: from !== null || to !== null };
  }
  const period = clampPeriod({ from, to }, range);
  return { period, corrected: !samePeriod(period, { from, to }) };
}

export function withPeriod(params: URLSearchParams, period: Period): URLSearchParams {
  const next = new URLSearchParams(params);
  next.set(PARAM.from, period.from);
  next.set(PARAM.to, period.to);
  return next;
}

/** The calendar years a period touches, oldest first (the targets it needs). */
export function yearsOf(period: Period): number[] {
  const years: number[] = [];
  for (let y = yearOf(period.from); y <= yearOf(period.to); y++) years.push(y);
  return years;
}

/** Whether every month of `period` lies in the data's range (a clipped sum would mislead). */
export function coversPeriod(range: DataRange, period: Period): boolean {
  return monthIndex(period.from) >= monthIndex(range.firstMonth) && monthIndex(period.to) <= monthIndex(range.latestMonth);
}
