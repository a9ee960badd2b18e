// The 综合指数 advice (domain/index-advice.ts): whatever the figures, following it by the amount it
// states moves the community up at least one place, with everything else as it was.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { homeRankings } from '../../src/domain/community-home';
import { indexAdvice } from '../../src/domain/index-advice';
import { INDEX_CAP, indexWeights, type IndexStanding } from '../../src/domain/overall-index';
import { standingOf, type Ranking, type Standing } from '../../src/domain/standings';
import type { Community, Metric, SeriesRow, Target } from '../../src/lib/api/contract';
import { sampleDataset } from '../support/sample-dataset';
import { querySeries } from '../../mocks/data/query';

const PERIOD = { from: '2021-01', to: '2021-06' };

const metricOf = (id: string, weight: number, higherIsBetter: boolean, service?: string): Metric => ({
  id,
  name: id,
  area: 'a',
  unit: '个',
  higherIsBetter,
  scope: 'community',
  definition: id,
  indexWeight: weight,
  ...(service && { service }),
});

interface World {
  metrics: Metric[];
  communities: Community[];
  targets: Target[];
  rows: SeriesRow[];
}

/** Rankings of a world: every weighed metric's and the index, for the period. */
function rank(world: World) {
  const home = homeRankings(world.metrics, world.communities, world.targets, [{ period: PERIOD, rows: world.rows }]);
  const byMetric = new Map([...home.byMetric].map(([id, history]) => [id, history[0].ranking as Ranking<Standing>]));
  return { index: home.index[0].ranking as Ranking<IndexStanding>, byMetric };
}

/** The same world with one community's value of one metric moved by `delta`. */
function moved(world: World, communityId: string, metricId: string, delta: number): World {
  return { ...world, rows: world.rows.map((r) => (r.communityId === communityId && r.metricId === metricId ? { ...r, value: (r.value as number) + delta } : r)) };
}

const worldArb: fc.Arbitrary<World> = fc
  .record({
    weights: fc.array(fc.record({ weight: fc.integer({ min: 1, max: 5 }), higher: fc.integer({ min: 0, max: 4 }).map((n) => n > 0), pilot: fc.integer({ min: 0, max: 3 }).map((n) => n === 0) }), { minLength: 1, maxLength: 4 }),
    size: fc.integer({ min: 2, max: 14 }),
    seed: fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 300 })), { minLength: 14 * 4, maxLength: 14 * 4 }),
    pilots: fc.integer({ min: 1, max: 14 }),
  })
  .map(({ weights, size, seed, pilots }) => {
    const metrics = weights.map((w, i) => metricOf(`m${i}`, w.weight, w.higher, w.pilot ? 'pilot' : undefined));
    const communities: Community[] = Array.from({ length: size }, (_, i) => ({ id: `c${i}`, name: `c${i}`, households: 100, services: i < pilots ? ['pilot'] : [], tile: { row: 0, col: i } }));
    const targets: Target[] = [];
    const rows: SeriesRow[] = [];
    metrics.forEach((m, j) =>
      communities.forEach((c, i) => {
        const [value, target] = seed[(i * 4 + j) % seed.length];
        const offered = !m.service || c.services.includes(m.service);
        targets.push({ metricId: m.id, year: 2021, communityId: c.id, value: target * 2 });
        rows.push({ metricId: m.id, communityId: c.id, value: offered ? value : null });
      }),
    );
    return { metrics, communities, targets, rows };
  });

describe('the 综合指数 advice', () => {
  it('moves the community up at least one place when followed by the amount it states, other figures fixed', () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        const { index, byMetric } = rank(world);
        for (const me of index.ranked) {
          const advice = indexAdvice(index, byMetric, me.community.id);
          if (me.rank === 1) {
            expect(advice).toBeNull();
            continue;
          }
          if (!advice) continue;
          // It names a metric that counts in the index, and the place just above.
          expect(indexWeights(world.metrics).map((w) => w.metric.id)).toContain(advice.metric.id);
          expect(advice.toRank).toBeLessThan(me.rank);
          expect(advice.points).toBeGreaterThan(0);
          const sign = advice.direction === 'more' ? 1 : -1;
          if (advice.amount === null) {
            // The cap stops it: even at 120% that metric alone does not reach the place above.
            const part = me.parts.find((p) => p.metric.id === advice.metric.id);
            expect((part?.counted ?? 0) + advice.points / (part?.share ?? 1)).toBeGreaterThan(INDEX_CAP - 1e-9);
            continue;
          }
          expect(Number.isInteger(advice.amount) && advice.amount > 0).toBe(true);
          const after = standingOf(rank(moved(world, me.community.id, advice.metric.id, sign * advice.amount)).index, me.community.id);
          expect(after?.rank, `${me.community.id} +${advice.amount} ${advice.metric.id}`).toBeLessThan(me.rank);
          // And it is the least that does: one unit less leaves it where it was.
          if (advice.amount > 1) {
            const short = standingOf(rank(moved(world, me.community.id, advice.metric.id, sign * (advice.amount - 1))).index, me.community.id);
            expect(short?.rank).toBeGreaterThanOrEqual(me.rank);
          }
        }
      }),
      { numRuns: 300, seed: 20210701 },
    );
  });

  it('names the metric that costs the most against the place above, weight for weight', () => {
    // c1 is level with c0 on m0 and far behind on m1 (weight 1): m1 costs it the place.
    const metrics = [metricOf('m0', 3, true), metricOf('m1', 1, true)];
    const communities: Community[] = ['c0', 'c1'].map((id, i) => ({ id, name: id, households: 1, services: [], tile: { row: 0, col: i } }));
    const targets: Target[] = metrics.flatMap((m) => communities.map((c) => ({ metricId: m.id, year: 2021, communityId: c.id, value: 200 })));
    const values: Record<string, [number, number]> = { c0: [100, 100], c1: [100, 40] };
    const rows: SeriesRow[] = metrics.flatMap((m, j) => communities.map((c) => ({ metricId: m.id, communityId: c.id, value: values[c.id][j] })));
    const { index, byMetric } = rank({ metrics, communities, targets, rows });
    const advice = indexAdvice(index, byMetric, 'c1');
    expect(advice?.metric.id).toBe('m1');
    expect(advice?.toRank).toBe(1);
    // 60 of m1 (prorated target 100) is the whole gap: (1.0 − 0.4) × 1/4 = 0.15 of the index.
    expect(advice?.points).toBeCloseTo(0.15, 10);
    expect(advice?.amount).toBe(60);
  });

  it('on the sample data, 词林 is told about a metric of the index, in units that lift it', () => {
    const figures = querySeries(sampleDataset, { metrics: sampleDataset.metrics.map((m) => m.id), from: PERIOD.from, to: PERIOD.to, groupBy: 'community' });
    const world = { metrics: sampleDataset.metrics, communities: sampleDataset.communities, targets: sampleDataset.targets, rows: figures };
    const { index, byMetric } = rank(world);
    const before = standingOf(index, 'cilin');
    const advice = indexAdvice(index, byMetric, 'cilin');
    expect(advice).not.toBeNull();
    if (!advice?.amount || !before?.rank) return;
    expect(advice.metric.indexWeight).toBeGreaterThan(0);
    const after = standingOf(rank(moved(world, 'cilin', advice.metric.id, advice.amount)).index, 'cilin');
    expect(after?.rank).toBeLessThan(before.rank);
  });
});
