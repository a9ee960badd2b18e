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

// Label widths are estimated, never measured: measuring a string in the DOM forces a layout each
// time (components/charts/plain-text.tsx). CJK and full-width characters take 1 em, most ASCII
// about 0.55 em (the zh-CN sans fonts: a–z 0.53, digits 0.55, A–Z 0.63, m and w up to 0.93).
/** Marks (accents, variation selectors) and format characters (zero-width space and joiner, BOM). */
const ZERO_WIDTH = /[\p{M}\p{Cf}]/u;
const WIDE_ASCII = /[A-Z@%&#]/;
const WIDEST_ASCII = /[MWmw]/;

/**
 * A character's estimated width in hundredths of an em (whole numbers, so sums are exact): ASCII
 * ≈ 55 (capitals 70, M W m w 95), marks and zero-width 0, anything else 100.
 */
function charWidth(char: string): number {
  if (char.charCodeAt(0) < 0x80) return WIDEST_ASCII.test(char) ? 95 : WIDE_ASCII.test(char) ? 70 : 55;
  return ZERO_WIDTH.test(char) ? 0 : 100;
}

const widthOf = (text: string) => {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
};

/** The estimated width of a line of text, in em. */
export function textWidthEm(text: string): number {
  return widthOf(text) / 100;
}

/** A ranking bar's rank as written before its name ("3 "), none where the bars are not a ranking. */
export const rankPrefix = (row: { rank?: number }) => (row.rank === undefined ? '' : `${row.rank} `);

/** A bar's name in full, with its rank and tag ("3 三挺路社区（本社区）"): a chart's tooltip and a slide's CSV. */
export function barText(row: { rank?: number; label: string; tag?: string }): string {
  return `${rankPrefix(row)}${row.label}${row.tag ?? ''}`;
}

/** Text cut with … to fit `room` em by textWidthEm (the … takes 1 em); empty when not even … fits. */
export function clipToWidth(text: string, room: number): string {
  const limit = Math.floor(room * 100 + 1e-6);
  if (widthOf(text) <= limit) return text;
  if (limit < 100) return '';
  let width = 100;
  let kept = '';
  for (const char of text) {
    width += charWidth(char);
    if (width > limit) break;
    kept += char;
  }
  // No joiner or space left dangling before the ….
  return `${kept.replace(/[\u200D\s]+$/u, '')}…`;
}
