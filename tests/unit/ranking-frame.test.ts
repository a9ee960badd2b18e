import { describe, expect, it } from 'vitest';
import { PACE_COLORS, PALETTE, sequentialColor, textOn } from '../../src/components/charts/palette';
import { rankingBarCount, rankingBarRows, rankingTiles } from '../../src/components/ranking-frame';
import { RANKING_CHART_LIMIT } from '../../src/domain/ranking-bars';
import { shortName } from '../../src/components/tile-map';
import { rankingRow } from '../support/ranking-rows';

const row = rankingRow;

describe('ranking bars', () => {
  it('label each bar with rank and name, colour it by 序时进度 and write the status beside it', () => {
    const bars = rankingBarRows([row('a', 1, 1.2, { board: 'red' }), row('b', 2, 0.9), row('x', null, null)], 'completion', 'b');
    expect(bars).toEqual([
      { id: 'a', rank: 1, label: 'a社区', value: 1.2, color: PACE_COLORS.onTrack, note: '★ 红榜' },
      { id: 'b', rank: 2, label: 'b社区', tag: '（本社区）', value: 0.9, color: PACE_COLORS.behind, note: '▼ 滞后' },
    ]);
  });

  it('write a closed year’s 全年完成 / 未完成 beside a bar, not 序时进度, coloured by it', () => {
    const bars = rankingBarRows([row('a', 1, 1.02, { yearVerdict: 'done' }), row('b', 2, 0.97, { yearVerdict: 'notDone' })], 'completion');
    expect(bars.map((b) => [b.note, b.color])).toEqual([
      ['✓ 全年完成', PACE_COLORS.onTrack],
      ['✗ 未完成', PACE_COLORS.farBehind],
    ]);
  });

  it('draw values and the index in one colour, the index on a 0–100 scale', () => {
    const bars = rankingBarRows([row('a', 1, 0.97)], 'index');
    expect(bars[0]).toMatchObject({ value: 97, color: PALETTE.primary, note: '' });
    expect(rankingBarRows([row('a', 1, 0.97)], 'value')[0]).toMatchObject({ value: 97 });
  });

  it(`keep the ${RANKING_CHART_LIMIT} furthest behind when there are more (the table has them all)`, () => {
    const many = Array.from({ length: RANKING_CHART_LIMIT + 5 }, (_, i) => row(`c${i}`, i + 1, 2 - i / 100));
    const bars = rankingBarRows(many, 'completion');
    expect(bars).toHaveLength(RANKING_CHART_LIMIT);
    expect(bars[0].id).toBe('c5');
  });

  it('count as many bars as they draw, for the sentence that says how many are shown', () => {
    const many = [...Array.from({ length: 14 }, (_, i) => row(`c${i}`, i + 1, 2 - i / 100)), row('x', null, null), row('y', 15, null)];
    for (const [measure, limit] of [['completion', 30], ['completion', 12], ['index', 12], ['value', 100]] as const) {
      expect(rankingBarCount(many, measure, limit), `${measure} ≤ ${limit}`).toBe(rankingBarRows(many, measure, undefined, limit).length);
    }
    expect(rankingBarCount(many, 'completion', 12)).toBe(12);
    expect(rankingBarCount(many, 'completion', 30)).toBe(14);
  });
});

describe('ranking tiles', () => {
  it('shade ranked tiles from the lowest to the highest figure and say why the others have none', () => {
    const tiles = rankingTiles([row('a', 1, 1.2), row('b', 2, 0.9), row('c', 3, 0.6), row('x', null, null)], 'completion', 'c');
    expect(tiles.map((t) => [t.id, t.shade === null ? null : Number(t.shade.toFixed(9)), t.text, t.own])).toEqual([
      ['a', 1, '120.0%', false],
      ['b', 0.5, '90.0%', false],
      ['c', 0, '60.0%', true],
      ['x', null, '未开通', false],
    ]);
  });

  it('give a single ranked tile the top shade', () => {
    expect(rankingTiles([row('a', 1, 0.5)], 'completion')[0].shade).toBe(1);
  });

  it('write short names', () => {
    expect(shortName('词林社区')).toBe('词林');
    expect(shortName('社区')).toBe('社区');
  });
});

describe('the sequential scale', () => {
  it('runs from dark purple to yellow (viridis) and clamps', () => {
    expect(sequentialColor(0)).toBe('#440154');
    expect(sequentialColor(1)).toBe('#fde725');
    expect(sequentialColor(-3)).toBe('#440154');
    expect(sequentialColor(7)).toBe('#fde725');
    expect(sequentialColor(Number.NaN)).toBe('#440154');
    expect(sequentialColor(0.5)).toBe('#21918c');
  });

  it('picks the text colour that reads on the fill', () => {
    expect(textOn('#440154')).toBe('#ffffff');
    expect(textOn('#fde725')).toBe('#000000');
    expect(textOn('#21918c')).toBe('#000000');
  });
});
