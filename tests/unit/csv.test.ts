import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOM, csvCell, csvNumber, exportFileName, toCsv, type ExportTable } from '../../src/lib/export/csv';

const table = (over: Partial<ExportTable> = {}): ExportTable => ({
  title: '各社区走访群众完成率',
  periodLabel: '2021年1—6月',
  unit: '户',
  asOf: '2021年6月',
  headers: ['社区', '完成值（户）', '完成率（%）'],
  rows: [
    ['联运社区', 1562, 120.73170731707317],
    ['西门社区', null, null],
  ],
  notes: [null, '未开通'],
  ...over,
});

const lines = (csv: string) => csv.slice(BOM.length).split('\r\n');

describe('CSV for Excel', () => {
  it('starts with a UTF-8 byte-order mark and ends lines with CRLF', () => {
    const csv = toCsv(table());
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(Array.from(new TextEncoder().encode(csv).slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.slice(1).includes('\n') && !/[^\r]\n/.test(csv)).toBe(true);
  });

  it('names the figures, their unit, the period and the as-of month in a header line', () => {
    expect(lines(toCsv(table()))[0]).toBe('各社区走访群众完成率；单位：户；时段：2021年1—6月；数据截至：2021年6月');
    expect(lines(toCsv(table({ unit: undefined, asOf: undefined })))[0]).toBe('各社区走访群众完成率；时段：2021年1—6月');
  });

  it('writes exact figures: no thousands separators, no rounding, 未开通 as an empty cell with a note', () => {
    expect(lines(toCsv(table())).slice(1, 4)).toEqual(['社区,完成值（户）,完成率（%）,备注', '联运社区,1562,120.731707317,', '西门社区,,,未开通']);
  });

  it('adds no 备注 column when no row has a note', () => {
    expect(lines(toCsv(table({ notes: [null, null] })))[1]).toBe('社区,完成值（户）,完成率（%）');
    expect(lines(toCsv(table({ notes: undefined })))[1]).toBe('社区,完成值（户）,完成率（%）');
  });

  it('keeps fractions of prorated figures and drops floating-point noise', () => {
    expect(csvNumber(1747.5)).toBe('1747.5');
    expect(csvNumber(0.1 + 0.2)).toBe('0.3');
    expect(csvNumber(2600)).toBe('2600');
    expect(csvNumber(-3)).toBe('-3');
    expect(csvNumber(Number.NaN)).toBe('');
    expect(csvNumber(Number.POSITIVE_INFINITY)).toBe('');
  });

  it('quotes commas, quotes and line breaks in names', () => {
    expect(csvCell('词林,绣湖')).toBe('"词林,绣湖"');
    expect(csvCell('“西门”社区 "老街"')).toBe('"“西门”社区 ""老街"""');
    expect(csvCell('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvCell('回车\r')).toBe('"回车\r"');
    expect(csvCell('普通社区')).toBe('普通社区');
  });

  it('stops Excel from running a hostile name as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x","点我")')).toBe(`"'=HYPERLINK(""http://x"",""点我"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    // Numbers are figures, never text: a negative number is written as a number.
    expect(csvCell(-5)).toBe('-5');
  });

  it('sees a formula behind leading spaces, tabs and invisible characters, and in full-width signs', () => {
    expect(csvCell('\u200B=1+1')).toBe("'\u200B=1+1");
    expect(csvCell('＝1+1')).toBe("'＝1+1");
    expect(csvCell('＋1')).toBe("'＋1");
    expect(csvCell('－1')).toBe("'－1");
    expect(csvCell('＠SUM(A1)')).toBe("'＠SUM(A1)");
    expect(csvCell(' =1')).toBe("' =1");
    expect(csvCell('\u3000\u00A0@A1')).toBe("'\u3000\u00A0@A1");
    expect(csvCell('\uFEFF\u2060-1')).toBe("'\uFEFF\u2060-1");
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
    expect(csvCell('\t')).toBe("'\t");
    // Text that only contains a sign further on is left alone.
    expect(csvCell('词林=第一')).toBe('词林=第一');
    expect(csvCell(' 词林 ')).toBe(' 词林 ');
  });

  it('guards any text that Excel could read as a formula, and nothing else (property)', () => {
    const invisible = fc.constantFrom(' ', '\t', '\r', '\n', '\u00A0', '\u200B', '\u200C', '\u200D', '\u200E', '\u2060', '\u202E', '\u3000', '\uFEFF');
    const trigger = fc.constantFrom('=', '+', '-', '@', '＝', '＋', '－', '＠');
    const formula = fc.tuple(fc.array(invisible, { maxLength: 4 }), trigger, fc.string()).map(([lead, sign, rest]) => lead.join('') + sign + rest);
    fc.assert(
      fc.property(formula, (text) => {
        // Unquoted, the cell starts with '; quoted, right after the opening quote.
        expect(csvCell(text).replace(/^"/, '').startsWith(`'${text.slice(0, 1)}`)).toBe(true);
      }),
    );
    const plain = fc.string().filter((text) => !/^[\s\p{Cc}\p{Cf}]*[=+\-@＝＋－＠﹦﹢﹣﹫]/u.test(text) && !/^[\t\r]/.test(text));
    fc.assert(
      fc.property(plain, (text) => {
        expect(csvCell(text).replace(/^"|"$/g, '').replace(/""/g, '"')).toBe(text);
      }),
    );
  });

  it('writes null and undefined as empty cells', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(0)).toBe('0');
  });
});

describe('export file names', () => {
  it('is <title>_<period>.<ext>', () => {
    expect(exportFileName('各社区走访群众完成率', '2021年1—6月', 'csv')).toBe('各社区走访群众完成率_2021年1—6月.csv');
  });

  it('replaces characters file systems refuse, and whitespace', () => {
    expect(exportFileName('a/b\\c:d*e?f"g<h>i|j k', '2021年3月', 'png')).toBe('a_b_c_d_e_f_g_h_i_j_k_2021年3月.png');
    expect(exportFileName('..\u0000隐藏\u001f', '', 'csv')).toBe('隐藏.csv');
    expect(exportFileName('', '', 'csv')).toBe('export.csv');
  });

  it('keeps long names within 120 characters before the extension', () => {
    expect(exportFileName('长'.repeat(300), '2021年', 'csv').length).toBe(124);
  });
});

describe('wrapping a sentence for a picture', () => {
  // One unit per character: a line of 5 holds five characters.
  const ctx = { measureText: (s: string) => ({ width: [...s].length }) as TextMetrics };

  it('breaks Chinese between characters, and never starts a line with closing punctuation', async () => {
    const { wrapText } = await import('../../src/lib/export/png');
    expect(wrapText(ctx, '一二三四五六七', 5)).toEqual(['一二三四五', '六七']);
    expect(wrapText(ctx, '一二三四五。六七', 5)).toEqual(['一二三四五。', '六七']);
    expect(wrapText(ctx, '一二三四五），六', 5)).toEqual(['一二三四五），', '六']);
  });
});
