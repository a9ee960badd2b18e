import { useMemo, useState, type ReactNode } from 'react';

export interface Column<Row> {
  key: string;
  header: string;
  /** Cell content; the row header column uses <th scope="row">. */
  render: (row: Row) => ReactNode;
  /** Makes the column sortable; null values always sort last. */
  sortValue?: (row: Row) => number | string | null;
  numeric?: boolean;
  rowHeader?: boolean;
}

interface DataTableProps<Row> {
  caption: string;
  columns: ReadonlyArray<Column<Row>>;
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  rowClassName?: (row: Row) => string | undefined;
  initialSort?: { key: string; direction: 'ascending' | 'descending' };
  captionVisible?: boolean;
}

/** A table of exact figures; columns with a sortValue sort by clicking their header. */
export function DataTable<Row>({ caption, columns, rows, rowKey, rowClassName, initialSort, captionVisible }: DataTableProps<Row>) {
  const [sort, setSort] = useState(initialSort ?? null);
  const sorted = useMemo(() => {
    const column = sort && columns.find((c) => c.key === sort.key);
    if (!sort || !column?.sortValue) return rows;
    const valueOf = column.sortValue;
    const factor = sort.direction === 'ascending' ? 1 : -1;
    return [...rows].sort((a, b) => {
      const va = valueOf(a);
      const vb = valueOf(b);
      if (va === null || vb === null) return va === vb ? 0 : va === null ? 1 : -1;
      return (va < vb ? -1 : va > vb ? 1 : 0) * factor;
    });
  }, [rows, columns, sort]);

  return (
    <div className="table-scroll">
      <table className="table">
        <caption className={captionVisible ? 'table__caption' : 'visually-hidden'}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => {
              const direction = sort?.key === c.key ? sort.direction : undefined;
              return (
                <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined} aria-sort={c.sortValue ? (direction ?? 'none') : undefined}>
                  {c.sortValue ? (
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() => setSort({ key: c.key, direction: direction === 'descending' ? 'ascending' : 'descending' })}
                    >
                      {c.header}
                      <span aria-hidden="true">{direction === 'ascending' ? ' ↑' : direction === 'descending' ? ' ↓' : ' ↕'}</span>
                    </button>
                  ) : (
                    c.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={rowKey(row)} className={rowClassName?.(row)}>
              {columns.map((c) =>
                c.rowHeader ? (
                  <th key={c.key} scope="row">
                    {c.render(row)}
                  </th>
                ) : (
                  <td key={c.key} className={c.numeric ? 'num' : undefined}>
                    {c.render(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
