import { describe, expect, it } from 'vitest';
import { cellText, columnHeader, nextSort, sortRows, type Column } from '../../src/components/data-table';
import { hasFigures, toExportTable } from '../../src/components/export-table';

interface Row {
  name: string;
  value: number | null;
  target: number | null;
  completion: number | null;
}

const rows: Row[] = [
  { name: '绣湖社区', value: 100, target: 120, completion: 100 / 120 },
  { name: '宾王社区', value: 1562, target: 1747.5, completion: 1562 / 1747.5 },
  { name: '西门社区', value: null, target: null, completion: null },
  { name: '词林社区', value: 100, target: 80, completion: 1.25 },
];

const columns: Column<Row>[] = [
  { key: 'name', header: '社区', rowHeader: true, value: (r) => r.name },
  { key: 'value', header: '完成值', unit: '户', value: (r) => r.value },
  { key: 'target', header: '序时目标', unit: '户', reference: true, value: (r) => r.target, format: (v) => String(Math.round(Number(v))) },
  { key: 'completion', header: '完成率', percent: true, value: (r) => r.completion },
];

const names = (list: readonly Row[]) => list.map((r) => r.name);

describe('sortRows', () => {
  it('leaves the order alone without a sort', () => {
    expect(sortRows(rows, columns, null)).toBe(rows);
  });

  it('sorts numbers both ways, rows without a figure always last, ties in their original order', () => {
    expect(names(sortRows(rows, columns, { key: 'value', direction: 'descending' }))).toEqual(['宾王社区', '绣湖社区', '词林社区', '西门社区']);
    expect(names(sortRows(rows, columns, { key: 'value', direction: 'ascending' }))).toEqual(['绣湖社区', '词林社区', '宾王社区', '西门社区']);
  });

  it('sorts names by zh-CN collation (pinyin): 宾王, 词林, 西门, 绣湖', () => {
    expect(names(sortRows(rows, columns, { key: 'name', direction: 'ascending' }))).toEqual(['宾王社区', '词林社区', '西门社区', '绣湖社区']);
  });

  it('sorts by a column’s sortValue when it has one', () => {
    const byTargetGap: Column<Row> = { key: 'gap', header: '差距', value: (r) => (r.value === null ? null : `${r.value}`), sortValue: (r) => (r.target === null || r.value === null ? null : r.target - r.value) };
    expect(names(sortRows(rows, [byTargetGap], { key: 'gap', direction: 'descending' }))).toEqual(['宾王社区', '绣湖社区', '词林社区', '西门社区']);
  });

  it('turns a header click into descending first, then ascending', () => {
    expect(nextSort(null, 'value')).toEqual({ key: 'value', direction: 'descending' });
    expect(nextSort({ key: 'value', direction: 'descending' }, 'value')).toEqual({ key: 'value', direction: 'ascending' });
    expect(nextSort({ key: 'value', direction: 'ascending' }, 'completion')).toEqual({ key: 'completion', direction: 'descending' });
  });
});

describe('cell text and headers', () => {
  it('formats numbers for reading, ratios as percentages, and says nothing for a missing figure', () => {
    expect(cellText(columns[1], rows[1])).toBe('1,562');
    expect(cellText(columns[2], rows[1])).toBe('1748');
    expect(cellText(columns[3], rows[3])).toBe('125.0%');
    expect(cellText(columns[1], rows[2])).toBeNull();
  });

  it('puts the unit in the header, and % for exported ratios', () => {
    expect(columnHeader(columns[1])).toBe('完成值（户）');
    expect(columnHeader(columns[3])).toBe('完成率');
    expect(columnHeader(columns[3], true)).toBe('完成率（%）');
  });
});

describe('toExportTable', () => {
  it('exports the rows given, in their order, with exact figures and notes', () => {
    const sorted = sortRows(rows, columns, { key: 'completion', direction: 'descending' });
    const table = toExportTable(sorted, columns, { title: '各社区走访群众完成率', periodLabel: '2021年1—6月', unit: '户' }, (r) => (r.value === null ? '未开通' : null));
    expect(table.headers).toEqual(['社区', '完成值（户）', '序时目标（户）', '完成率（%）']);
    expect(table.rows.map((r) => r[0])).toEqual(['词林社区', '宾王社区', '绣湖社区', '西门社区']);
    expect(table.rows[1]).toEqual(['宾王社区', 1562, 1747.5, (1562 / 1747.5) * 100]);
    expect(table.rows[3]).toEqual(['西门社区', null, null, null]);
    expect(table.notes).toEqual([null, null, null, '未开通']);
  });
});

describe('hasFigures', () => {
  it('is true when a row has a figure', () => {
    expect(hasFigures(rows, columns)).toBe(true);
  });

  it('does not count targets, names or text: a table of references alone is empty', () => {
    const empty = rows.map((r) => ({ ...r, value: null, completion: null }));
    expect(hasFigures(empty, columns)).toBe(false);
    expect(hasFigures([], columns)).toBe(false);
  });

  it('counts a reported zero as a figure', () => {
    expect(hasFigures([{ name: 'x', value: 0, target: null, completion: null }], columns)).toBe(true);
  });
});
