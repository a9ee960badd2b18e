// CSV for Excel: UTF-8 with a byte-order mark (so Excel reads Chinese), CRLF lines, exact figures.

/** The numbers behind a chart, ready to write: what CSV (and the PNG's caption) export. */
export interface ExportTable {
  title: string;
  periodLabel: string;
  /** The figures' unit, named in the header line when the table has one. */
  unit?: string;
  /** "2021年6月" (data as of). */
  asOf?: string;
  headers: string[];
  rows: Array<Array<number | string | null>>;
  /** A note per row (e.g. 未开通); a 备注 column is added when any row has one. */
  notes?: Array<string | null>;
}

export const BOM = '\uFEFF';
export const NOTE_HEADER = '备注';

/**
 * A cell Excel could run as a formula is prefixed with ': one starting with a tab or CR, or with
 * = + - @ (or their full-width ＝ ＋ － ＠ and small ﹦ ﹢ ﹣ ﹫, which Excel reads the same) after any
 * run of whitespace and invisible characters (a zero-width space, a BOM, a bidi control).
 */
const FORMULA_START = /^(?:[\t\r]|[\s\p{Cc}\p{Cf}]*[=+\-@＝＋－＠﹦﹢﹣﹫])/u;

/** A figure as written: exact, no thousands separators, no float noise (0.1 + 0.2 → 0.3). */
export function csvNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  return String(Number(value.toPrecision(12)));
}

export function csvCell(value: number | string | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return csvNumber(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The header line: what the figures are, their unit, the period and the as-of month. */
export function csvTitleLine(table: Pick<ExportTable, 'title' | 'unit' | 'periodLabel' | 'asOf'>): string {
  const parts = [table.title, table.unit ? `单位：${table.unit}` : null, `时段：${table.periodLabel}`, table.asOf ? `数据截至：${table.asOf}` : null];
  return parts.filter((p): p is string => p !== null).join('；');
}

export function toCsv(table: ExportTable): string {
  const withNotes = table.notes?.some((n) => n) ?? false;
  const lines: Array<Array<number | string | null>> = [[csvTitleLine(table)], withNotes ? [...table.headers, NOTE_HEADER] : table.headers];
  table.rows.forEach((row, i) => lines.push(withNotes ? [...row, table.notes?.[i] ?? null] : row));
  return BOM + lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** `<title>_<period>.<ext>` with characters no file system or browser refuses. */
export function exportFileName(title: string, periodLabel: string, extension: string): string {
  // eslint-disable-next-line no-control-regex
  const safe = (s: string) => s.replace(/[\u0000-\u001f\u007f\\/:*?"<>|\s]+/g, '_').replace(/^[._]+|[._]+$/g, '');
  const base = [safe(title), safe(periodLabel)].filter(Boolean).join('_').slice(0, 120) || 'export';
  return `${base}.${extension}`;
}
