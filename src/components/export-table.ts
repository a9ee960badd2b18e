import type { ExportTable } from '../lib/export/csv';
import { wholeTarget } from '../domain/targets';
import { exactHeader } from '../lib/i18n/strings';
import { columnHeader, type Column } from './data-table';

export interface ExportMeta {
  title: string;
  periodLabel: string;
  unit?: string;
  asOf?: string;
}

/**
 * The rows shown, as exact figures under the columns' headers: ratios as percentages
 * (93.7712…, header "（%）"), counts unrounded, no figure as an empty cell with the row's note.
 * A whole-units column (a target) carries the screen's rounding, then its exact figure beside it.
 */
export function toExportTable<Row>(rows: readonly Row[], columns: ReadonlyArray<Column<Row>>, meta: ExportMeta, note?: (row: Row) => string | null): ExportTable {
  return {
    ...meta,
    headers: columns.flatMap((c) => (c.wholeUnits ? [columnHeader(c, true), columnHeader({ ...c, header: exactHeader(c.header) }, true)] : [columnHeader(c, true)])),
    rows: rows.map((row) =>
      columns.flatMap((c) => {
        const value = c.value(row);
        if (c.wholeUnits) return typeof value === 'number' ? [wholeTarget(value), value] : [value, value];
        return [typeof value === 'number' && c.percent ? value * 100 : value];
      }),
    ),
    notes: note ? rows.map(note) : undefined,
  };
}

/**
 * Whether any row has a figure (targets and other references do not count): without one a
 * panel shows its empty state, never an empty chart, and exports nothing.
 */
export function hasFigures<Row>(rows: readonly Row[], columns: ReadonlyArray<Column<Row>>): boolean {
  return rows.some((row) => columns.some((c) => !c.rowHeader && !c.reference && typeof c.value(row) === 'number'));
}
