import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { wholeTarget } from '../domain/targets';
import { formatNumber, formatPercent } from '../lib/i18n/format';
import { LOCALE } from '../lib/i18n/locale';
import { showAllRows, tableRowsNote } from '../lib/i18n/sentences';
import { onPrint, printing } from '../lib/on-print';

/**
 * A column of figures: the exact value (what sorting and exports use) and how it reads. One
 * spec serves the table, the CSV and the sort, so they cannot disagree.
 */
export interface Column<Row> {
  key: string;
  header: string;
  /** Unit of the column's figures, in the header ("完成值（户）") and the CSV header. */
  unit?: string;
  /** The exact figure; null: none (the cell shows `missing`). */
  value: (row: Row) => number | string | null;
  /** A ratio shown as a percentage (0.938 → "93.8%"), exported as a percentage number. */
  percent?: boolean;
  /** How a figure reads; default: zh-CN number (percent for ratios), text as is. */
  format?: (value: number | string, row: Row) => string;
  /** A rich cell (a link, a badge); default: the formatted text. */
  render?: (row: Row) => ReactNode;
  /** What a cell without a figure says; default "—". */
  missing?: (row: Row) => string;
  rowHeader?: boolean;
  /** A reference figure (a target), not data: a table of references alone counts as empty. */
  reference?: boolean;
  /**
   * A target: shown and exported in whole units (domain/targets.ts wholeTarget), the export
   * adding the exact figure in a column beside it ("序时目标（精确）（户）").
   */
  wholeUnits?: boolean;
  /** What sorting compares when it is not the figure itself (e.g. a badge sorted by its ratio). */
  sortValue?: (row: Row) => number | string | null;
  /** Sortable by clicking its header; default true. */
  sortable?: boolean;
}

export interface SortState {
  key: string;
  direction: 'ascending' | 'descending';
}

const collator = new Intl.Collator(LOCALE);

export function isNumericColumn<Row>(column: Column<Row>, rows: readonly Row[]): boolean {
  return rows.some((r) => typeof column.value(r) === 'number');
}

/** Header text with its unit: "完成值（户）", "完成率（%）" for exports of ratios. */
export function columnHeader<Row>(column: Pick<Column<Row>, 'header' | 'unit' | 'percent'>, forExport = false): string {
  const unit = column.percent && forExport ? '%' : column.unit;
  return unit ? `${column.header}（${unit}）` : column.header;
}

/** The text a cell reads, or null when it has no figure. */
export function cellText<Row>(column: Column<Row>, row: Row): string | null {
  const value = column.value(row);
  if (value === null) return null;
  if (column.format) return column.format(value, row);
  if (typeof value === 'number' && column.wholeUnits) return formatNumber(wholeTarget(value));
  if (typeof value === 'number') return column.percent ? formatPercent(value) : formatNumber(value);
  return value;
}

/** Rows sorted by a column's exact values; rows without a figure always last; stable otherwise. */
export function sortRows<Row>(rows: readonly Row[], columns: ReadonlyArray<Column<Row>>, sort: SortState | null): readonly Row[] {
  const column = sort && columns.find((c) => c.key === sort.key);
  if (!sort || !column) return rows;
  const factor = sort.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: (column.sortValue ?? column.value)(row) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
      const order = typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value : collator.compare(String(a.value), String(b.value));
      return order * factor || a.index - b.index;
    })
    .map((x) => x.row);
}

export function nextSort(current: SortState | null, key: string): SortState {
  return { key, direction: current?.key === key && current.direction === 'descending' ? 'ascending' : 'descending' };
}

interface DataTableProps<Row> {
  caption: string;
  columns: ReadonlyArray<Column<Row>>;
  /** Rows in display order (see sortRows); the table never reorders them itself. */
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  rowClassName?: (row: Row) => string | undefined;
  sort: SortState | null;
  onSort: (key: string) => void;
  captionVisible?: boolean;
  /**
   * A long table (500 communities) lists its first `limit` rows in the current order, and the
   * `pinned` ones wherever they fall (the viewer's own community), until asked for all; a print
   * shows all. Its exports always hold every row.
   */
  limit?: number;
  pinned?: (row: Row) => boolean;
  /** The words under a cut table (default: the first rows in the current order). */
  limitWords?: LimitWords;
}

export interface LimitWords {
  note: (shown: number, total: number) => string;
  showAll: (total: number) => string;
}

const FIRST_ROWS: LimitWords = { note: tableRowsNote, showAll: showAllRows };

/** The rows a table lists: all, or the first `limit` and the pinned ones until expanded or printed. */
function useShownRows<Row>(rows: readonly Row[], limit: number | undefined, pinned: ((row: Row) => boolean) | undefined) {
  const [expanded, setExpanded] = useState(printing);
  const cut = limit !== undefined && !expanded && rows.length > limit;
  useEffect(() => {
    if (!cut) return;
    return onPrint(() => setExpanded(true));
  }, [cut]);
  const shown = cut ? rows.filter((row, i) => i < limit || pinned?.(row)) : rows;
  return { shown, expand: cut ? () => setExpanded(true) : null };
}

/** A table of exact figures; sortable columns sort by clicking their header (aria-sort says how). */
export function DataTable<Row>({ caption, columns, rows, rowKey, rowClassName, sort, onSort, captionVisible, limit, pinned, limitWords = FIRST_ROWS }: DataTableProps<Row>) {
  const numeric = useMemo(() => new Set(columns.filter((c) => isNumericColumn(c, rows)).map((c) => c.key)), [columns, rows]);
  const { shown, expand } = useShownRows(rows, limit, pinned);
  const cell = (c: Column<Row>, row: Row) => {
    if (c.render) return c.render(row);
    const text = cellText(c, row);
    return text === null ? <span className="muted">{c.missing?.(row) ?? '—'}</span> : text;
  };
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className={captionVisible ? 'table__caption' : 'visually-hidden'}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => {
              const sortable = c.sortable !== false;
              const direction = sort?.key === c.key ? sort.direction : undefined;
              return (
                <th key={c.key} scope="col" className={numeric.has(c.key) ? 'num' : undefined} aria-sort={sortable ? (direction ?? 'none') : undefined}>
                  {sortable ? (
                    <button type="button" className="sort-button" onClick={() => onSort(c.key)}>
                      {columnHeader(c)}
                      <span aria-hidden="true">{direction === 'ascending' ? ' ↑' : direction === 'descending' ? ' ↓' : ' ↕'}</span>
                    </button>
                  ) : (
                    columnHeader(c)
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={rowKey(row)} className={rowClassName?.(row)}>
              {columns.map((c) =>
                c.rowHeader ? (
                  <th key={c.key} scope="row">
                    {cell(c, row)}
                  </th>
                ) : (
                  <td key={c.key} className={numeric.has(c.key) ? 'num' : undefined} data-label={columnHeader(c)}>
                    {cell(c, row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {expand && (
        <p className="table__more">
          {limitWords.note(shown.length, rows.length)}
          <button type="button" className="button button--small" onClick={expand}>
            {limitWords.showAll(rows.length)}
          </button>
        </p>
      )}
    </div>
  );
}
