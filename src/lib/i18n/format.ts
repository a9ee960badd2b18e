// Every user-facing number and date goes through here (zh-CN, Intl), so a second locale is a table.
import { monthOfYear, yearOf, type MonthString } from '../../domain/month';
import type { Period } from '../../domain/period';
import { LOCALE, TIME_ZONE } from './locale';

const integerFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const decimalFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });
const percentFormat = new Intl.NumberFormat(LOCALE, {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const dateTimeFormat = new Intl.DateTimeFormat(LOCALE, {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: TIME_ZONE,
});

export function formatNumber(value: number): string {
  return Number.isInteger(value) ? integerFormat.format(value) : decimalFormat.format(value);
}

const wholePercentFormat = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 1 });

/** A threshold as a percentage without trailing zeros ("110%", "95%", "82.5%"). */
export function formatWholePercent(ratio: number): string {
  return wholePercentFormat.format(ratio);
}

/** A ratio (0.644) as a percentage with one decimal ("64.4%"). */
export function formatPercent(ratio: number): string {
  return percentFormat.format(ratio);
}

const signedPercentFormat = new Intl.NumberFormat(LOCALE, {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
});

/** A change as "+9.1%" / "-3.0%" / "0.0%". */
export function formatSignedPercent(ratio: number): string {
  return signedPercentFormat.format(ratio);
}

export function formatDateTime(iso: string): string {
  return dateTimeFormat.format(new Date(iso));
}

export function formatMonth(month: MonthString): string {
  return `${yearOf(month)}年${monthOfYear(month)}月`;
}

/** "2020年1—12月", "2021年3月", "2020年11月—2021年2月". */
export function formatPeriod(period: Period): string {
  const fy = yearOf(period.from);
  const ty = yearOf(period.to);
  const fm = monthOfYear(period.from);
  const tm = monthOfYear(period.to);
  if (period.from === period.to) return `${fy}年${fm}月`;
  if (fy === ty) return `${fy}年${fm}—${tm}月`;
  return `${fy}年${fm}月—${ty}年${tm}月`;
}

/** A name cut to `max` characters with an ellipsis, for chart labels (the full name is in the table and the tooltip). */
export function clipName(name: string, max = 12): string {
  const chars = [...name];
  return chars.length <= max ? name : `${chars.slice(0, max - 1).join('')}…`;
}
