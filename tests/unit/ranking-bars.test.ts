// What a ranking's bars and tiles show, as figures and statuses (domain/ranking-bars.ts), and the
// words written beside them (lib/i18n/bar-words.ts).
import { describe, expect, it } from 'vitest';
import { barStatus, limits, measureOf, PHONE_CHART_LIMIT, rankingBarCount, rankingBars, shades } from '../../src/domain/ranking-bars';
import { barFormat, barWords, statusWord } from '../../src/lib/i18n/bar-words';
import { barText } from '../../src/lib/i18n/format';
import { rankingRow } from '../support/ranking-rows';

const row = rankingRow;

describe('a bar’s measure', () => {
  it('is the completion, the value, or the index on a 0–100 scale; missing stays missing', () => {
    const r = row('a', 1, 0.8, { value: 12 });
    expect(measureOf(r, 'completion')).toBe(0.8);
    expect(measureOf(r, 'value')).toBe(12);
    expect(measureOf(r, 'index')).toBe(80);
    expect(measureOf(row('x', null, null), 'index')).toBeNull();
    expect(measureOf(row('x', null, null), 'value')).toBeNull();
  });
});

describe('a completion bar’s status', () => {
  it('is a closed year’s verdict, coloured as on track or far behind', () => {
    expect(barStatus({ pace: 'behind', yearVerdict: 'done' })).toEqual({ kind: 'verdict', verdict: 'done', tone: 'onTrack' });
    expect(barStatus({ pace: 'onTrack', yearVerdict: 'notDone' })).toEqual({ kind: 'verdict', verdict: 'notDone', tone: 'farBehind' });
  });

  it('is otherwise its 序时进度, and none without one', () => {
    expect(barStatus({ pace: 'ahead', yearVerdict: null })).toEqual({ kind: 'pace', pace: 'ahead', tone: 'ahead' });
    expect(barStatus({ pace: null, yearVerdict: null })).toBeNull();
  });

  it('is written with an icon and a word', () => {
    expect(statusWord({ kind: 'pace', pace: 'farBehind', tone: 'farBehind' })).toBe('⚠ 严重滞后');
    expect(statusWord({ kind: 'verdict', verdict: 'done', tone: 'onTrack' })).toBe('✓ 全年完成');
  });
});

describe('ranking bars', () => {
  it('are the ranked communities with a figure, in rank order, the viewer’s own marked', () => {
    const bars = rankingBars([row('a', 1, 1.2, { board: 'red' }), row('b', 2, 0.9), row('x', null, null), row('y', 3, null)], 'completion', 'b');
    expect(bars).toEqual([
      { id: 'a', rank: 1, name: 'a社区', own: false, value: 1.2, board: 'red', status: { kind: 'pace', pace: 'onTrack', tone: 'onTrack' } },
      { id: 'b', rank: 2, name: 'b社区', own: true, value: 0.9, board: null, status: { kind: 'pace', pace: 'behind', tone: 'behind' } },
    ]);
  });

  it('carry a status on completion only', () => {
    expect(rankingBars([row('a', 1, 0.9)], 'index')[0]).toMatchObject({ value: 90, status: null });
    expect(rankingBars([row('a', 1, 0.9, { value: 7 })], 'value')[0]).toMatchObject({ value: 7, status: null });
  });

  it('beyond the limit are the ones furthest behind, or on a phone the 红榜, 本社区 and 黑榜', () => {
    const many = Array.from({ length: 20 }, (_, i) => row(`c${i}`, i + 1, 2 - i / 100, { board: i < 2 ? 'red' : i >= 18 ? 'black' : null }));
    expect(rankingBars(many, 'completion', undefined, PHONE_CHART_LIMIT).map((b) => b.id)).toEqual(many.slice(-PHONE_CHART_LIMIT).map((r) => r.community.id));
    expect(rankingBars(many, 'completion', 'c9', PHONE_CHART_LIMIT, true).map((b) => b.id)).toEqual(['c0', 'c1', 'c9', 'c18', 'c19']);
    // Without boards, the boards option falls back to the ones furthest behind.
    const plain = many.map((r) => ({ ...r, board: null }));
    expect(rankingBars(plain, 'completion', 'zz', PHONE_CHART_LIMIT, true)).toHaveLength(PHONE_CHART_LIMIT);
  });

  it('are counted as drawn', () => {
    const rows = [row('a', 1, 1), row('b', 2, 0.5), row('x', null, null), row('y', 3, null)];
    expect(rankingBarCount(rows, 'completion')).toBe(2);
    expect(rankingBarCount(rows, 'completion', 1)).toBe(1);
  });

  it('are written with 红榜/黑榜 before any status, and 本社区 as a tag', () => {
    const [red, own] = rankingBars([row('a', 1, 1.2, { board: 'red' }), row('b', 2, 0.9, { yearVerdict: 'notDone' })], 'completion', 'b').map(barWords);
    expect(red).toEqual({ id: 'a', rank: 1, label: 'a社区', value: 1.2, note: '★ 红榜', tone: 'onTrack' });
    expect(own).toEqual({ id: 'b', rank: 2, label: 'b社区', tag: '（本社区）', value: 0.9, note: '✗ 未完成', tone: 'farBehind' });
    expect(barText(own)).toBe('2 b社区（本社区）');
    expect(barWords(rankingBars([row('a', 1, 0.5)], 'index')[0])).toMatchObject({ note: '', tone: null });
  });

  it('format their values by measure', () => {
    expect(barFormat('completion')(0.905)).toBe('90.5%');
    expect(barFormat('index')(87.25)).toBe('87.3');
    expect(barFormat('completion')).toBe(barFormat('completion'));
  });
});

describe('tile shades', () => {
  it('run from the lowest ranked figure (0) to the highest (1); unranked rows have none', () => {
    const rows = [row('a', 1, 1.2), row('b', 2, 0.9), row('c', 3, 0.6), row('x', null, null)];
    expect(limits(rows, 'completion')).toEqual({ low: 0.6, high: 1.2 });
    expect(shades(rows, 'completion').map((s) => [s.figure, s.shade === null ? null : Number(s.shade.toFixed(9))])).toEqual([
      [1.2, 1],
      [0.9, 0.5],
      [0.6, 0],
      [null, null],
    ]);
  });

  it('give every tile the top shade when the figures are all equal', () => {
    expect(shades([row('a', 1, 0.5), row('b', 1, 0.5)], 'index').map((s) => s.shade)).toEqual([1, 1]);
  });
});
