// Months are 'YYYY-MM' strings; arithmetic goes through a month index (year * 12 + month - 1).

export type MonthString = string;

/** 'YYYY-MM', month 01–12: the contract checks API months against it too. */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export function monthIndex(month: MonthString): number {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return year * 12 + (m - 1);
}

export function monthFromIndex(index: number): MonthString {
  const year = Math.floor(index / 12);
  const m = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
}

export function addMonths(month: MonthString, delta: number): MonthString {
  return monthFromIndex(monthIndex(month) + delta);
}

/** Number of months from `from` to `to`, both included. */
export function monthsInclusive(from: MonthString, to: MonthString): number {
  return monthIndex(to) - monthIndex(from) + 1;
}

export function monthRange(from: MonthString, to: MonthString): MonthString[] {
  const out: MonthString[] = [];
  for (let i = monthIndex(from); i <= monthIndex(to); i++) out.push(monthFromIndex(i));
  return out;
}

export function yearOf(month: MonthString): number {
  return Number(month.slice(0, 4));
}

export function monthOfYear(month: MonthString): number {
  return Number(month.slice(5, 7));
}

export function isValidMonth(value: string | null | undefined): value is MonthString {
  return typeof value === 'string' && MONTH_PATTERN.test(value);
}
