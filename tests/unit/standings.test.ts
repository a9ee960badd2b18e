import { describe, expect, it } from 'vitest';
import { boardHistory, HISTORY_ALL_UP_TO, historyFocus, historyPeriods, movementsOf } from '../../src/domain/history';
import { INDEX_CAP, indexRanking, indexScore, indexWeights } from '../../src/domain/overall-index';
import { blackStreak, honourBoards, movement } from '../../src/domain/ranking';
import { gapToNext, gapToPace, metricRanking, ranksById, standingOf, type Ranking } from '../../src/domain/standings';
import { indexTargets } from '../../src/domain/targets';
import type { Community, Metric } from '../../src/lib/api/contract';

const community = (id: string, services = ['visits']): Community => ({ id, name: `${id}社区`, households: 1000, services, tile: { row: 0, col: 0 } });
const visits: Metric = { id: 'visits', name: '走访群众', area: 'visits', unit: '户', higherIsBetter: true, scope: 'community', service: 'visits', definition: '—' };
const complaints: Metric = { ...visits, id: 'complaints', name: '投诉件数', higherIsBetter: false };
const year = { from: '2020-01', to: '2020-12' };

function targetsOf(metricId: string, byCommunity: Record<string, number>) {
  return indexTargets(Object.entries(byCommunity).map(([communityId, value]) => ({ metricId, year: 2020, communityId, value })));
}

function rank(metric: Metric, values: Record<string, number | null>, targets: Record<string, number>, basis: 'completion' | 'value' = 'completion', communities = Object.keys(values).map((id) => community(id))) {
  return metricRanking(metric, communities, new Map(Object.entries(values)), targetsOf(metric.id, targets), year, basis);
}

const summary = (r: Ranking) => [...r.ranked.map((s) => [s.community.id, s.rank]), ...r.apart.map((s) => [s.community.id, s.unranked])];

describe('the ranking rule', () => {
  it('ranks by completion of each community’s own target, not raw size', () => {
    // big: 300 of 600 (50%); small: 90 of 100 (90%)
    const r = rank(visits, { big: 300, small: 90 }, { big: 600, small: 100 });
    expect(summary(r)).toEqual([
      ['small', 1],
      ['big', 2],
    ]);
    expect(summary(rank(visits, { big: 300, small: 90 }, { big: 600, small: 100 }, 'value'))).toEqual([
      ['big', 1],
      ['small', 2],
    ]);
  });

  it('shares a rank between ties (1, 2, 2, 4), also when the ratios are computed from different numbers', () => {
    const r = rank(visits, { a: 130, b: 100, c: 50, d: 10 }, { a: 100, b: 120, c: 60, d: 100 });
    expect(summary(r)).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
      ['d', 4],
    ]);
  });

  it('ranks a single community first, and all tied communities first', () => {
    expect(summary(rank(visits, { only: 5 }, { only: 10 }))).toEqual([['only', 1]]);
    expect(rank(visits, { a: 5, b: 10, c: 1 }, { a: 10, b: 20, c: 2 }).ranked.map((s) => s.rank)).toEqual([1, 1, 1]);
  });

  it('lists apart, with why: not offered, no figure yet, and (by completion) no or zero target', () => {
    const communities = [community('a'), community('ximen', ['grievances']), community('late'), community('zero'), community('none')];
    const r = rank(visits, { a: 10, ximen: null, late: null, zero: 5, none: 7 }, { a: 10, ximen: 10, late: 10, zero: 0 }, 'completion', communities);
    expect(summary(r)).toEqual([
      ['a', 1],
      ['ximen', 'notOffered'],
      ['late', 'noData'],
      ['zero', 'noTarget'],
      ['none', 'noTarget'],
    ]);
    // By value a missing target does not matter, but a missing figure does.
    expect(summary(rank(visits, { a: 10, ximen: null, late: null, zero: 5, none: 7 }, {}, 'value', communities))).toEqual([
      ['a', 1],
      ['none', 2],
      ['zero', 3],
      ['ximen', 'notOffered'],
      ['late', 'noData'],
    ]);
  });

  it('never ranks a reported zero below nothing: zero is a figure, it ranks (last)', () => {
    expect(summary(rank(visits, { a: 0, b: 5 }, { a: 10, b: 10 }))).toEqual([
      ['b', 1],
      ['a', 2],
    ]);
  });

  it('ranks lower-is-better metrics by the inverse: staying further under the ceiling is better', () => {
    // ceiling 100: 50 used → 2.0; 80 used → 1.25; 120 used → 0.83
    const r = rank(complaints, { a: 120, b: 50, c: 80 }, { a: 100, b: 100, c: 100 });
    expect(summary(r)).toEqual([
      ['b', 1],
      ['c', 2],
      ['a', 3],
    ]);
    expect(summary(rank(complaints, { a: 120, b: 50, c: 80 }, {}, 'value'))).toEqual([
      ['b', 1],
      ['c', 2],
      ['a', 3],
    ]);
  });

  it('finds a community’s standing and every rank by id', () => {
    const r = rank(visits, { a: 10, b: null }, { a: 10, b: 10 });
    expect(standingOf(r, 'b')?.unranked).toBe('noData');
    expect(ranksById(r)).toEqual(new Map([['a', 1], ['b', null]]));
  });
});

describe('movement', () => {
  it('says ▲/▼ by how many places, — when unchanged, 新 when it had no rank', () => {
    expect(movement(5, 8)).toEqual({ kind: 'up', places: 3 });
    expect(movement(6, 5)).toEqual({ kind: 'down', places: 1 });
    expect(movement(4, 4)).toEqual({ kind: 'same' });
    expect(movement(2, null)).toEqual({ kind: 'new' });
  });

  it('has none without a rank now or without a period before', () => {
    expect(movement(null, 3)).toBeNull();
    expect(movement(3, null, false)).toBeNull();
  });

  it('compares the last two periods of a history, a community new in the period showing 新', () => {
    // Before: a 100%, b 50%, c no figure. Now: a 50%, b and c 100%.
    const before = rank(visits, { a: 10, b: 5, c: null }, { a: 10, b: 10, c: 10 });
    const now = rank(visits, { a: 5, b: 10, c: 10 }, { a: 10, b: 10, c: 10 });
    const moves = movementsOf([{ ranking: before }, { ranking: now }]);
    // b: 2nd → 1st (tied with c); a: 1st → 3rd.
    expect(moves.get('b')).toEqual({ kind: 'up', places: 1 });
    expect(moves.get('a')).toEqual({ kind: 'down', places: 2 });
    expect(moves.get('c')).toEqual({ kind: 'new' });
    expect(movementsOf([{ ranking: now }]).get('a')).toBeNull();
  });
});

describe('gap to the next place', () => {
  // a 100/100 (100%), b 90/100 (90%), c 80/100, d 80/100 (tied 3rd), e 50/80 (62.5%)
  const values = { a: 100, b: 90, c: 80, d: 80, e: 50 };
  const targets = { a: 100, b: 100, c: 100, d: 100, e: 80 };

  it('by completion: the value that reaches the next community’s completion (a tie counts as reached)', () => {
    const r = rank(visits, values, targets);
    expect(gapToNext(r, 'b', visits, 'completion')).toEqual({ amount: 10, direction: 'more', toRank: 1 });
    // c and d share 3rd; the next place up is b's 90%.
    expect(gapToNext(r, 'c', visits, 'completion')).toEqual({ amount: 10, direction: 'more', toRank: 2 });
    // e needs 80% of its own 80 → 64, i.e. 14 more, to tie with c and d at 3rd.
    expect(gapToNext(r, 'e', visits, 'completion')).toEqual({ amount: 14, direction: 'more', toRank: 3 });
  });

  it('rounds a fractional need up to whole units', () => {
    const r = rank(visits, { a: 2, b: 1 }, { a: 3, b: 2 });
    // a: 66.7%; b needs 2/3 × 2 = 1.33 → 2 households, 1 more
    expect(gapToNext(r, 'b', visits, 'completion')).toEqual({ amount: 1, direction: 'more', toRank: 1 });
  });

  it('has none for first place, for ties at first place, and for communities without a rank', () => {
    const r = rank(visits, { a: 10, b: 10, c: 5, x: null }, { a: 10, b: 10, c: 10, x: 10 });
    expect(gapToNext(r, 'a', visits, 'completion')).toBeNull();
    expect(gapToNext(r, 'b', visits, 'completion')).toBeNull();
    expect(gapToNext(r, 'x', visits, 'completion')).toBeNull();
    expect(gapToNext(r, 'c', visits, 'completion')).toEqual({ amount: 5, direction: 'more', toRank: 1 });
  });

  it('by value: the difference to the next value', () => {
    const r = rank(visits, values, targets, 'value');
    expect(gapToNext(r, 'e', visits, 'value')).toEqual({ amount: 30, direction: 'more', toRank: 3 });
  });

  it('for lower-is-better metrics: how much lower to go', () => {
    // ceiling 100: b 50 (2.0) first; a 80 (1.25) needs ≤ 50 → 30 less.
    const r = rank(complaints, { a: 80, b: 50 }, { a: 100, b: 100 });
    expect(gapToNext(r, 'a', complaints, 'completion')).toEqual({ amount: 30, direction: 'less', toRank: 1 });
    expect(gapToNext(rank(complaints, { a: 80, b: 50 }, {}, 'value'), 'a', complaints, 'value')).toEqual({ amount: 30, direction: 'less', toRank: 1 });
  });
});

describe('gap to 序时进度', () => {
  it('is what is missing to the prorated target, in whole units', () => {
    expect(gapToPace({ value: 1608, target: 1747.5 }, visits)).toEqual({ amount: 140, direction: 'more' });
    expect(gapToPace({ value: 1800, target: 1747.5 }, visits)).toBeNull();
    expect(gapToPace({ value: 120, target: 100 }, complaints)).toEqual({ amount: 20, direction: 'less' });
    expect(gapToPace({ value: null, target: 100 }, visits)).toBeNull();
    expect(gapToPace({ value: 5, target: 0 }, visits)).toBeNull();
  });
});

describe('综合指数', () => {
  const m = (id: string, indexWeight?: number, scope: Metric['scope'] = 'community'): Metric => ({ ...visits, id, service: undefined, indexWeight, scope });

  it('weighs the metrics the catalogue gives a weight', () => {
    expect(indexWeights([m('a', 3), m('b'), m('c', 0), m('d', 1, 'centre'), m('e', 1)]).map((w) => [w.metric.id, w.weight])).toEqual([
      ['a', 3],
      ['e', 1],
    ]);
  });

  it('is the weighted mean of completions, each capped at 120%', () => {
    const { score, parts } = indexScore([
      { metric: m('a'), weight: 3, completion: 0.8 },
      { metric: m('b'), weight: 1, completion: 2.5 },
    ]);
    expect(score).toBeCloseTo((3 * 0.8 + 1 * INDEX_CAP) / 4, 12);
    expect(parts.map((p) => [p.counted, p.share])).toEqual([
      [0.8, 0.75],
      [INDEX_CAP, 0.25],
    ]);
  });

  it('leaves out a metric a community does not offer and renormalises the weights, never counting it as zero', () => {
    const { score, parts } = indexScore([
      { metric: m('a'), weight: 3, completion: 0.9 },
      { metric: m('cases'), weight: 1, completion: null },
    ]);
    expect(score).toBeCloseTo(0.9, 12);
    expect(parts[1]).toMatchObject({ counted: null, share: 0 });
    expect(parts[0].share).toBe(1);
    expect(indexScore([{ metric: m('a'), weight: 1, completion: null }]).score).toBeNull();
  });

  it('ranks communities by it; one with nothing to count is listed apart', () => {
    const a = { ...visits, id: 'a', indexWeight: 1, service: undefined };
    const cases = { ...visits, id: 'cases', indexWeight: 1, service: 'case_station' };
    const communities = [community('pilot', ['visits', 'case_station']), community('plain'), community('empty')];
    const ranked = (metric: Metric, values: Record<string, number | null>, targets: Record<string, number>) => ({
      metric,
      weight: metric.indexWeight as number,
      ranking: metricRanking(metric, communities, new Map(Object.entries(values)), targetsOf(metric.id, targets), year),
    });
    const r = indexRanking(communities, [ranked(a, { pilot: 50, plain: 90, empty: null }, { pilot: 100, plain: 100, empty: 100 }), ranked(cases, { pilot: 150, plain: null, empty: null }, { pilot: 100 })]);
    // pilot: (0.5 + min(1.5, 1.2)) / 2 = 0.85; plain: 0.9 (cases not offered: left out).
    expect(r.ranked.map((s) => [s.community.id, s.rank, Number(s.score.toFixed(4))])).toEqual([
      ['plain', 1, 0.9],
      ['pilot', 2, 0.85],
    ]);
    expect(r.apart.map((s) => [s.community.id, s.unranked])).toEqual([['empty', 'noData']]);
  });
});

describe('红黑榜', () => {
  const scored = (scores: number[]) => {
    const r = rank(
      visits,
      Object.fromEntries(scores.map((s, i) => [`c${i}`, s])),
      Object.fromEntries(scores.map((_, i) => [`c${i}`, 100])),
    );
    return honourBoards(r.ranked.map((s) => ({ item: s.community.id, score: s.score, rank: s.rank })));
  };

  it('puts the top three on the 红榜 and the bottom three on the 黑榜', () => {
    const boards = scored([90, 80, 70, 60, 50, 40, 30]);
    expect(Object.fromEntries(boards ?? [])).toEqual({ c0: 'red', c1: 'red', c2: 'red', c4: 'black', c5: 'black', c6: 'black' });
  });

  it('keeps ties together on a board', () => {
    const boards = scored([90, 80, 70, 70, 60, 50, 40, 30]);
    expect([...(boards ?? [])].filter(([, b]) => b === 'red').map(([id]) => id)).toEqual(['c0', 'c1', 'c2', 'c3']);
  });

  it('has no boards when too few communities are ranked for them to be apart', () => {
    expect(scored([90, 80, 70])).toBeNull();
    expect(scored([90, 80, 70, 60, 50])).toBeNull();
    expect(scored([90, 80, 70, 60, 50, 40])).not.toBeNull();
  });

  it('counts periods running on the 黑榜 up to the latest', () => {
    expect(blackStreak(['black', 'black', null, 'black', 'black'])).toBe(2);
    expect(blackStreak(['black', 'black', 'black', 'red'])).toBe(0);
    expect(blackStreak([null, 'black'])).toBe(1);
    expect(blackStreak([])).toBe(0);
  });

  it('warns of 连续两期黑榜 over a history', () => {
    const communities = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => community(id));
    const ranking = (values: number[]) => rank(visits, Object.fromEntries(values.map((v, i) => [communities[i].id, v])), Object.fromEntries(communities.map((c) => [c.id, 100])), 'completion', communities);
    const history = boardHistory(communities, [
      { period: { from: '2020-07', to: '2020-12' }, ranking: ranking([6, 5, 4, 3, 2, 1]) },
      { period: { from: '2021-01', to: '2021-06' }, ranking: ranking([1, 6, 5, 4, 3, 2]) },
    ]);
    expect(history.boardsShown).toEqual([true, true]);
    // e: 5th of 6, then 4th of 6 with only two below: on the 黑榜 both times; so is f.
    expect(history.rows.find((r) => r.community.id === 'e')?.cells.map((c) => [c.rank, c.board])).toEqual([
      [5, 'black'],
      [4, 'black'],
    ]);
    expect(history.warnings.map((r) => r.community.id)).toEqual(['e', 'f']);
    expect(history.rows.find((r) => r.community.id === 'a')?.blackStreak).toBe(1);
  });
});

describe('the 红黑榜 grid of a long list', () => {
  const cell = (board: 'red' | 'black' | null) => ({ period: { from: '2021-01', to: '2021-06' }, rank: 1, board });
  const row = (id: string, boards: Array<'red' | 'black' | null>) => ({ community: community(id), cells: boards.map(cell), blackStreak: 0 });

  it('lists every community while the list is short', () => {
    const rows = Array.from({ length: HISTORY_ALL_UP_TO }, (_, i) => row(`c${i}`, [null, null]));
    expect(historyFocus(rows)).toHaveLength(HISTORY_ALL_UP_TO);
  });

  it('keeps the communities on a board in any period, and the viewer’s own, once the list is long', () => {
    const rows = Array.from({ length: HISTORY_ALL_UP_TO + 1 }, (_, i) => row(`c${i}`, [null, null]));
    rows[3] = row('red-once', ['red', null]);
    rows[7] = row('black-now', [null, 'black']);
    expect(historyFocus(rows, 'c20').map((r) => r.community.id)).toEqual(['red-once', 'black-now', 'c20']);
  });
});

describe('history periods', () => {
  const range = { firstMonth: '2019-01', latestMonth: '2021-06' };

  it('is the period and the five before it of equal length, oldest first', () => {
    expect(historyPeriods({ from: '2021-04', to: '2021-06' }, range)).toEqual([
      { from: '2020-01', to: '2020-03' },
      { from: '2020-04', to: '2020-06' },
      { from: '2020-07', to: '2020-09' },
      { from: '2020-10', to: '2020-12' },
      { from: '2021-01', to: '2021-03' },
      { from: '2021-04', to: '2021-06' },
    ]);
  });

  it('stops where the data starts', () => {
    expect(historyPeriods({ from: '2020-01', to: '2020-12' }, range)).toEqual([
      { from: '2019-01', to: '2019-12' },
      { from: '2020-01', to: '2020-12' },
    ]);
  });
});
