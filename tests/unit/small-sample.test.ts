// Issue 24 item 6: small counts (样本小). A prorated target below the metric's `minTarget` ranks
// by count, is flagged, is left out of the 综合指数 and never leads 需要关注.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexRanking } from '../../src/domain/overall-index';
import { attentionList, communityProgress, isSmallSample } from '../../src/domain/progress';
import { boardsOf, rankingRows } from '../../src/domain/ranking-subject';
import { gapToNext, metricRanking } from '../../src/domain/standings';
import { isBehindPace } from '../../src/domain/pace';
import { indexTargets } from '../../src/domain/targets';
import type { Community, Metric } from '../../src/lib/api/contract';

const community = (id: string): Community => ({ id, name: `${id}社区`, households: 1000, services: ['grievances'], tile: { row: 0, col: 0 } });
const disputes: Metric = { id: 'disputes_mediated', name: '化解矛盾纠纷', area: 'grievances', unit: '个', higherIsBetter: true, scope: 'community', service: 'grievances', definition: '—', indexWeight: 1, minTarget: 5 };
const problems: Metric = { ...disputes, id: 'problems_solved', name: '解决群众问题', minTarget: undefined, indexWeight: 2 };
const year = { from: '2020-01', to: '2020-12' };

function targetsOf(metricId: string, byCommunity: Record<string, number>) {
  return indexTargets(Object.entries(byCommunity).map(([communityId, value]) => ({ metricId, year: 2020, communityId, value })));
}
const rank = (metric: Metric, values: Record<string, number>, targets: Record<string, number>) =>
  metricRanking(metric, Object.keys(values).map(community), new Map(Object.entries(values)), targetsOf(metric.id, targets), year);

describe('样本小 (small counts)', () => {
  it('is a target below the catalogue minimum, never a metric without one or a row without a target', () => {
    expect(isSmallSample(disputes, 1)).toBe(true);
    expect(isSmallSample(disputes, 5)).toBe(false);
    expect(isSmallSample(disputes, null)).toBe(false);
    expect(isSmallSample(problems, 1)).toBe(false);
  });

  it('ranks a metric with small targets by count: no 200% ties on 红榜, the flag on the row', () => {
    // Targets of 1: a..d 2 each (200%), e 1 (100%), f 0; by count a..d still tie, but g with 3 of a target of 6 (50%) leads.
    const r = rank(disputes, { a: 2, b: 2, c: 2, d: 2, e: 1, f: 0, g: 3 }, { a: 1, b: 1, c: 1, d: 1, e: 1, f: 1, g: 6 });
    expect(r.ranked.map((s) => [s.community.id, s.rank, s.smallSample])).toEqual([
      ['g', 1, false],
      ['a', 2, true],
      ['b', 2, true],
      ['c', 2, true],
      ['d', 2, true],
      ['e', 6, true],
      ['f', 7, true],
    ]);
    const rows = rankingRows(r, { boards: boardsOf(r) });
    expect(rows.find((x) => x.community.id === 'g')?.board).toBe('red');
    expect(rows.every((x) => x.smallSample === (x.community.id !== 'g'))).toBe(true);
    // The gap to the next place is in counts too: f needs 1 more to tie e.
    expect(gapToNext(r, 'f', disputes, 'completion')).toEqual({ amount: 1, direction: 'more', toRank: 6 });
  });

  it('leaves a 样本小 row out of the 综合指数 (weights renormalised), so 200% on a target of 1 does not lift it', () => {
    const cs = ['a', 'b'].map(community);
    const d = rank(disputes, { a: 2, b: 0 }, { a: 1, b: 1 });
    const p = rank(problems, { a: 50, b: 90 }, { a: 100, b: 100 });
    const idx = indexRanking(cs, [
      { metric: disputes, weight: 1, ranking: d },
      { metric: problems, weight: 2, ranking: p },
    ]);
    expect(idx.ranked.map((s) => [s.community.id, s.score])).toEqual([
      ['b', 0.9],
      ['a', 0.5],
    ]);
    expect(idx.ranked[0].parts.find((x) => x.metric.id === disputes.id)?.counted).toBeNull();
  });

  it('never ranks a 样本小 row by %, and never lets it head 需要关注 while a lagging row with a real sample exists (property)', () => {
    const row = fc.record({ value: fc.integer({ min: 0, max: 40 }), target: fc.integer({ min: 1, max: 40 }), metric: fc.boolean() });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), (rows) => {
        const ids = rows.map((_, i) => `c${i}`);
        const values = Object.fromEntries(rows.map((r, i) => [ids[i], r.value]));
        const targets = Object.fromEntries(rows.map((r, i) => [ids[i], r.target]));
        const ranking = rank(disputes, values, targets);
        const small = rows.some((r) => r.target < 5);
        // Ranked by count whenever any row is small: scores are the counts.
        if (small) for (const s of ranking.ranked) expect(s.score).toBe(s.value);
        // 需要关注 over two metrics: rows with metric=true are disputes (minTarget 5), the others problems.
        const cs = ids.map(community);
        const byMetric = [disputes, problems].map((m) => {
          const mine = ids.filter((_, i) => rows[i].metric === (m === disputes));
          return { metric: m, rows: communityProgress(m, cs.filter((c) => mine.includes(c.id)), new Map(Object.entries(values)), targetsOf(m.id, targets), year) };
        });
        const list = attentionList(byMetric, 8);
        const lagging = byMetric.flatMap(({ metric, rows: rs }) => rs.filter((r) => isBehindPace(r.pace)).map((r) => isSmallSample(metric, r.target)));
        if (lagging.some((s) => !s)) expect(list[0].smallSample).toBe(false);
        // Every small row comes after every non-small one.
        const firstSmall = list.findIndex((x) => x.smallSample);
        if (firstSmall >= 0) expect(list.slice(firstSmall).every((x) => x.smallSample)).toBe(true);
      }),
    );
  });
});
