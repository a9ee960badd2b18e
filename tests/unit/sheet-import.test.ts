import { describe, expect, it } from 'vitest';
import { cellAddress, cellOrder, columnLetters, readSheet, sheetMetrics, SHEET_LAYOUT, type CellValue } from '../../src/domain/sheet-import';
import { metricHeader, SHEET_WORDS, sheetProblemText } from '../../src/lib/i18n/sheet-import';
import { sampleCatalogue } from '../../mocks/data/catalogue';
import { SAMPLE_COMMUNITIES } from '../../mocks/data/communities';

const catalogue = sampleCatalogue();
const metrics = sheetMetrics(catalogue);
const context = { catalogue, communities: SAMPLE_COMMUNITIES, expectedMonth: '2021-06', currentMonth: '2021-07', metricHeader, notOfferedMark: SHEET_WORDS.notOffered };
const names = {
  metric: (id: string) => catalogue.metrics.find((m) => m.id === id)?.name ?? id,
  community: (id: string) => SAMPLE_COMMUNITIES.find((c) => c.id === id)?.name ?? id,
};

/** The template's cells as the server hands them: month, headers, one row per community (未开通 empty). */
function sheet(month: CellValue = '2021-06', fill: (communityId: string, metricId: string) => CellValue = () => 5): CellValue[][] {
  const rows: CellValue[][] = [['稠城街道各社区工作数据 2021年6月'], ['月份', month], [], ['社区', ...metrics.map(metricHeader)]];
  for (const c of SAMPLE_COMMUNITIES) rows.push([c.name, ...metrics.map((m) => (m.service && !c.services.includes(m.service) ? null : fill(c.id, m.id)))]);
  return rows;
}
const texts = (rows: CellValue[][]) => readSheet(rows, context).problems.map((p) => sheetProblemText(p, names));
/** Row and column of a community's metric in the template. */
const where = (communityId: string, metricId: string) => ({
  row: SHEET_LAYOUT.firstDataRow + SAMPLE_COMMUNITIES.findIndex((c) => c.id === communityId),
  column: 2 + metrics.findIndex((m) => m.id === metricId),
});
const put = (rows: CellValue[][], communityId: string, metricId: string, value: CellValue) => {
  const { row, column } = where(communityId, metricId);
  rows[row - 1][column - 1] = value;
  return cellAddress(row, column);
};

describe('cell addresses', () => {
  it('names columns as a spreadsheet does', () => {
    expect([1, 3, 26, 27, 52, 100].map(columnLetters)).toEqual(['A', 'C', 'Z', 'AA', 'AZ', 'CV']);
    expect(cellAddress(7, 3)).toBe('C7');
    expect(['A8', 'C7', 'AA7', 'B7'].sort((a, b) => cellOrder(a) - cellOrder(b))).toEqual(['B7', 'C7', 'AA7', 'A8']);
  });
});

describe('readSheet: a good sheet', () => {
  it('gives every filled cell as a figure and leaves empty cells out (missing, not zero)', () => {
    const rows = sheet('2021-06', (c, m) => (c === 'cilin' && m === 'visits' ? null : m === 'problems_solved' ? 3 : 7));
    const reading = readSheet(rows, context);
    expect(reading.problems).toEqual([]);
    expect(reading.month).toBe('2021-06');
    expect(reading.figures.find((f) => f.communityId === 'cilin' && f.metricId === 'visits')).toBeUndefined();
    expect(reading.figures.find((f) => f.communityId === 'cilin' && f.metricId === 'matters_collected')).toEqual({ cell: 'C10', communityId: 'cilin', metricId: 'matters_collected', value: 7 });
    // 20 communities × 10 metrics, − 2 × 2 parking cells of 西门 and 孝子祠, + 3 pilots' community cases, − the one left empty.
    expect(reading.figures).toHaveLength(20 * 10 - 4 + 3 - 1);
  });

  it('takes digits typed as text, and a month typed with spaces', () => {
    const rows = sheet(' 2021-06 ');
    const cell = put(rows, 'cilin', 'visits', ' 12 ');
    const reading = readSheet(rows, context);
    expect(reading.problems).toEqual([]);
    expect(reading.figures.find((f) => f.cell === cell)?.value).toBe(12);
  });
});

describe('readSheet: each kind of bad cell is named', () => {
  it('a count that is words, negative or a fraction', () => {
    const rows = sheet();
    const words = put(rows, 'cilin', 'matters_collected', '十二');
    const negative = put(rows, 'xiuhu', 'visits', -3);
    const fraction = put(rows, 'ximen', 'cables_cleared', 2.5);
    expect(words).toBe('C10');
    expect(texts(rows)).toEqual([`C10：收集民生实事须为非负整数，现为"十二"`, `B11：走访群众须为非负整数，现为"-3"`, `H14：清剪户外零星飞线须为非负整数，现为"2.5"`]);
    expect(negative).toBe('B11');
    expect(fraction).toBe('H14');
  });

  it('an absurd count', () => {
    const rows = sheet();
    put(rows, 'cilin', 'visits', 2e9);
    expect(texts(rows)).toEqual([`B10：走访群众大得不合理，现为"2000000000"`]);
  });

  it('more solved than collected, on the solved cell', () => {
    const rows = sheet();
    put(rows, 'cilin', 'matters_collected', 4);
    put(rows, 'cilin', 'problems_solved', 6);
    expect(texts(rows)).toEqual(['D10：解决群众问题（6）不能多于收集民生实事（4）']);
  });

  it('a figure for a service the community does not offer (未开通 must stay empty, even 0)', () => {
    const rows = sheet();
    put(rows, 'ximen', 'parking_spaces', 0);
    put(rows, 'huangyuan', 'community_cases', 3);
    put(rows, 'xiaozici', 'parking_markings', '未开通');
    put(rows, 'cilin', 'visits', '未开通');
    expect(texts(rows)).toEqual([
      `L5：篁园社区未开通社区下沉办件，此格须留空，现为"3"`,
      `B10：走访群众须为非负整数，现为"未开通"`,
      `F14：西门社区未开通新增停车位，此格须留空，现为"0"`,
    ]);
  });

  it('a month in the future, not a month, or not the month chosen', () => {
    expect(texts(sheet('2021-08'))).toEqual(['B2：2021年8月尚未到来，最晚可导入2021年7月']);
    expect(texts(sheet('六月'))).toEqual([`B2：月份须为 YYYY-MM（如 2021-06），现为"六月"`]);
    expect(texts(sheet(null))).toEqual([`B2：月份须为 YYYY-MM（如 2021-06），现为""`]);
    expect(texts(sheet('2021-05'))).toEqual(['B2：表中月份为2021年5月，与所选的2021年6月不符']);
    expect(readSheet(sheet('2021-05'), context).month).toBeNull();
  });
});

describe('readSheet: a sheet that is not the template', () => {
  it('an unknown metric column, an unlabelled one with figures, a repeated one', () => {
    const rows = sheet();
    rows[3][2] = '收集民生实事';
    rows[3].push(metricHeader(metrics[0]));
    rows[10].push(null, 9);
    const reading = readSheet(rows, context);
    expect(reading.wrongTemplate).toBe(true);
    expect(reading.figures).toEqual([]);
    expect(reading.problems.map((p) => sheetProblemText(p, names))).toEqual([
      `模板不对：C4 的列"收集民生实事"不在指标目录中，请重新下载模板`,
      '模板不对：M4 的列“走访群众”重复',
      '模板不对：N4 没有列名，但下面有数字',
    ]);
  });

  it('an unknown or repeated community', () => {
    const rows = sheet();
    rows[5][0] = '不存在社区';
    rows.push([SAMPLE_COMMUNITIES[0].name, 1]);
    expect(texts(rows)).toEqual([`模板不对：A6 的社区"不存在社区"不存在`, '模板不对：A25 的社区“篁园社区”出现了两次']);
  });

  it('no metric columns at all', () => {
    expect(readSheet([['x'], ['月份', '2021-06'], [], ['社区']], context)).toMatchObject({ wrongTemplate: true, problems: [{ code: 'no-columns', cell: 'B4' }] });
  });

  it('skips empty rows between communities', () => {
    const rows = sheet();
    rows.splice(8, 0, [null, '', null]);
    expect(readSheet(rows, context).problems).toEqual([]);
  });
});

