// A month's figures from the import sheet (issue 26): the cells of the template in, the figures
// to write or every problem out, each naming its cell (C7). The server reads the workbook and
// hands the cells here; the words for each problem live in lib/i18n/sheet-import.ts.
// Rules: non-negative whole numbers; a rate's numerator not above its denominator; a month that
// is not in the future; a community leaves a service it does not offer empty (未开通 is not 0);
// an unknown community or metric column means the sheet is not our template.
import { MAX_FIGURE, type Catalogue, type Community, type Metric, type MetricId } from '../lib/api/contract';
import { isValidMonth, monthIndex } from './month';

/** What a cell holds once read: a number, some text, or nothing. */
export type CellValue = number | string | null;

/** Where the template puts things (rows and columns from 1, as the sheet numbers them). */
export const SHEET_LAYOUT = { titleRow: 1, monthRow: 2, monthColumn: 2, headerRow: 4, firstDataRow: 5, nameColumn: 1 } as const;

export type SheetProblem =
  | { code: 'bad-month'; cell: string; raw: string }
  | { code: 'future-month'; cell: string; month: string; latest: string }
  | { code: 'month-mismatch'; cell: string; month: string; expected: string }
  | { code: 'no-columns'; cell: string }
  | { code: 'unknown-column'; cell: string; raw: string }
  | { code: 'duplicate-column'; cell: string; metricId: MetricId }
  | { code: 'unknown-community'; cell: string; raw: string }
  | { code: 'duplicate-community'; cell: string; communityId: string }
  | { code: 'not-a-count'; cell: string; metricId: MetricId; raw: string }
  | { code: 'too-large'; cell: string; metricId: MetricId; raw: string }
  | { code: 'not-offered'; cell: string; metricId: MetricId; communityId: string; raw: string }
  | { code: 'above-pair'; cell: string; metricId: MetricId; value: number; pairId: MetricId; pairValue: number };

/** Problems that mean the sheet is not the template (its cells are not read further). */
const TEMPLATE_CODES: ReadonlySet<SheetProblem['code']> = new Set(['no-columns', 'unknown-column', 'duplicate-column', 'unknown-community', 'duplicate-community']);
export const isTemplateProblem = (problem: SheetProblem) => TEMPLATE_CODES.has(problem.code);

export interface SheetFigure {
  cell: string;
  communityId: string;
  metricId: MetricId;
  value: number;
}

export interface SheetReading {
  /** The sheet's month when it is a valid one, else null. */
  month: string | null;
  /** The figures of non-empty cells, in sheet order (an empty cell is not reported: missing, not zero). */
  figures: SheetFigure[];
  problems: SheetProblem[];
  /** The sheet is not the template: an unknown community or column. */
  wrongTemplate: boolean;
}

export interface SheetContext {
  catalogue: Catalogue;
  communities: readonly Pick<Community, 'id' | 'name' | 'services'>[];
  /** The month the user chose: the sheet's own must be the same. */
  expectedMonth: string;
  /** The current month in the subdistrict's zone: later months are refused. */
  currentMonth: string;
  /** A metric's column header (名称（单位）), as the template writes it. */
  metricHeader: (metric: Metric) => string;
  /** What the template writes in a cell of a service the community does not offer (未开通): read as empty there. */
  notOfferedMark: string;
}

/** 1 → A, 26 → Z, 27 → AA. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export const cellAddress = (row: number, column: number) => `${columnLetters(column)}${row}`;

/** A cell address in sheet order (row by row, then column), for sorting: C7 before A8. */
export function cellOrder(address: string): number {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) return Number.MAX_SAFE_INTEGER;
  const column = [...match[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return Number(match[2]) * 20_000 + column;
}

/** The metrics the template has a column for: every per-community metric, in catalogue order. */
export const sheetMetrics = (catalogue: Catalogue) => catalogue.metrics.filter((m) => m.scope === 'community');

/** Whether a community offers a metric's service (the template greys and locks the cells where not). */
export const offers = (community: Pick<Community, 'services'>, metric: Metric) => metric.service === undefined || community.services.includes(metric.service);

const text = (value: CellValue) => (value === null ? '' : String(value).trim());

/** A count from a cell: a whole number ≥ 0 (digits in text too), or why not. */
function countOf(value: CellValue): number | 'not-a-count' | 'too-large' {
  const n = typeof value === 'number' ? value : /^\d+$/.test(text(value)) ? Number(text(value)) : NaN;
  if (!Number.isInteger(n) || n < 0) return 'not-a-count';
  return n > MAX_FIGURE ? 'too-large' : n;
}

/**
 * Reads the template's cells: `rows[r - 1][c - 1]` is the cell at row r, column c.
 * Returns the figures and every problem; nothing may be written while there is any problem.
 */
export function readSheet(rows: readonly (readonly CellValue[])[], context: SheetContext): SheetReading {
  const at = (row: number, column: number): CellValue => rows[row - 1]?.[column - 1] ?? null;
  const problems: SheetProblem[] = [];
  const L = SHEET_LAYOUT;

  // The month cell.
  const monthCell = cellAddress(L.monthRow, L.monthColumn);
  const rawMonth = text(at(L.monthRow, L.monthColumn));
  let month: string | null = null;
  if (!isValidMonth(rawMonth)) problems.push({ code: 'bad-month', cell: monthCell, raw: rawMonth });
  else if (monthIndex(rawMonth) > monthIndex(context.currentMonth)) problems.push({ code: 'future-month', cell: monthCell, month: rawMonth, latest: context.currentMonth });
  else if (rawMonth !== context.expectedMonth) problems.push({ code: 'month-mismatch', cell: monthCell, month: rawMonth, expected: context.expectedMonth });
  else month = rawMonth;

  // The header row: each non-empty header is a metric's, once.
  const byHeader = new Map(sheetMetrics(context.catalogue).map((m) => [context.metricHeader(m), m]));
  const width = Math.max(0, ...rows.map((r) => r.length));
  const columns = new Map<number, Metric>();
  for (let column = L.nameColumn + 1; column <= width; column++) {
    const cell = cellAddress(L.headerRow, column);
    const header = text(at(L.headerRow, column));
    const metric = byHeader.get(header);
    const hasValues = rows.slice(L.firstDataRow - 1).some((r) => text(r[column - 1] ?? null) !== '');
    if (!metric) {
      if (header !== '' || hasValues) problems.push({ code: 'unknown-column', cell, raw: header });
    } else if ([...columns.values()].includes(metric)) problems.push({ code: 'duplicate-column', cell, metricId: metric.id });
    else columns.set(column, metric);
  }
  if (columns.size === 0 && !problems.some(isTemplateProblem)) problems.push({ code: 'no-columns', cell: cellAddress(L.headerRow, L.nameColumn + 1) });

  // The name column: each non-empty row is a community's, once.
  const byName = new Map(context.communities.map((c) => [c.name, c]));
  const seen = new Set<string>();
  const communityRows: Array<{ row: number; community: Pick<Community, 'id' | 'name' | 'services'> }> = [];
  for (let row = L.firstDataRow; row <= rows.length; row++) {
    const cell = cellAddress(row, L.nameColumn);
    const name = text(at(row, L.nameColumn));
    if (name === '' && (rows[row - 1] ?? []).every((v) => text(v) === '')) continue;
    const community = byName.get(name);
    if (!community) problems.push({ code: 'unknown-community', cell, raw: name });
    else if (seen.has(community.id)) problems.push({ code: 'duplicate-community', cell, communityId: community.id });
    else {
      seen.add(community.id);
      communityRows.push({ row, community });
    }
  }
  if (problems.some(isTemplateProblem)) return { month, figures: [], problems, wrongTemplate: true };

  // The cells.
  const figures: SheetFigure[] = [];
  for (const { row, community } of communityRows) {
    const inRow = new Map<MetricId, SheetFigure>();
    for (const [column, metric] of columns) {
      const value = at(row, column);
      if (text(value) === '') continue;
      const cell = cellAddress(row, column);
      const raw = text(value);
      if (!offers(community, metric)) {
        if (raw === context.notOfferedMark) continue;
        problems.push({ code: 'not-offered', cell, metricId: metric.id, communityId: community.id, raw });
        continue;
      }
      const count = countOf(value);
      if (count === 'not-a-count' || count === 'too-large') problems.push({ code: count, cell, metricId: metric.id, raw });
      else inRow.set(metric.id, { cell, communityId: community.id, metricId: metric.id, value: count });
    }
    for (const rate of context.catalogue.rates) {
      const part = inRow.get(rate.numeratorId);
      const whole = inRow.get(rate.denominatorId);
      if (part && whole && part.value > whole.value) problems.push({ code: 'above-pair', cell: part.cell, metricId: part.metricId, value: part.value, pairId: whole.metricId, pairValue: whole.value });
    }
    figures.push(...inRow.values());
  }
  return { month, figures, problems, wrongTemplate: false };
}
