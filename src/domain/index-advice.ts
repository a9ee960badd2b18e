// What costs a community its place in the 综合指数, and what would win the next one: the advice a
// secretary's page and a round slide give. Pure; the words are lib/i18n's.
import type { Metric } from '../lib/api/contract';
import { INDEX_CAP, type IndexPart, type IndexStanding } from './overall-index';
import { tieKey } from './ranking';
import { placeAbove, standingOf, type Ranking, type Standing } from './standings';

export interface IndexAdvice {
  /** The place above, and the index (0–1, shown × 100 as 分) it takes to reach it. */
  toRank: number;
  points: number;
  /**
   * The weighed metric that costs the most against the place above: its weight share × how far
   * its counted completion is below theirs. With no shortfall on any, the one with most room.
   */
  metric: Metric;
  /**
   * How much of that metric alone reaches the place above, in its unit (more, or less for a
   * lower-is-better one); null when its cap (120%) stops it short.
   */
  amount: number | null;
  direction: 'more' | 'less';
}

/** A margin over floating-point noise where the maths estimates (the check that follows is exact). */
const EPS = 1e-9;

/**
 * The index a community would have with `value` on `part`'s metric (its other parts as they are):
 * only that part's counted completion changes, its share stays.
 */
function scoreWith(me: IndexStanding, part: IndexPart, standing: Standing, metric: Metric, value: number): number {
  const target = standing.target as number;
  const ratio = metric.higherIsBetter ? value / target : value === 0 ? Number.POSITIVE_INFINITY : target / value;
  const counted = Math.min(ratio, INDEX_CAP);
  return (me.score as number) + part.share * (counted - (part.counted as number));
}

/**
 * The whole units of `part`'s metric that lift `me` to `score` or above, or null when the cap (or
 * nothing left to cut) stops it. Worked out, then checked by the same arithmetic the index uses.
 */
function unitsToReach(me: IndexStanding, part: IndexPart, standing: Standing, score: number): number | null {
  const { metric } = part;
  const value = standing.value as number;
  const target = standing.target as number;
  const needed = (part.counted as number) + (score - (me.score as number)) / part.share;
  if (needed > INDEX_CAP + EPS) return null;
  // Reached as the ranking compares scores: equal at 12 significant digits is a tie, which shares the place.
  const reaches = (v: number) => tieKey(scoreWith(me, part, standing, metric, v)) >= tieKey(score);
  let amount = metric.higherIsBetter ? Math.max(1, Math.ceil(needed * target - value - EPS)) : Math.max(1, Math.ceil(value - target / needed - EPS));
  // Rounding may leave it a unit short: add units until the index says it reaches.
  for (let i = 0; i < 3 && !reaches(metric.higherIsBetter ? value + amount : value - amount); i++) amount++;
  if (!metric.higherIsBetter && value - amount < 0) return null;
  return reaches(metric.higherIsBetter ? value + amount : value - amount) ? amount : null;
}

/**
 * The advice for `communityId` in an index ranking, from each weighed metric's own ranking (by
 * completion; they hold each community's value and prorated target). Null for first place or a
 * community without an index.
 */
export function indexAdvice(index: Ranking<IndexStanding>, byMetric: ReadonlyMap<string, Ranking<Standing>>, communityId: string): IndexAdvice | null {
  const me = standingOf(index, communityId);
  const next = placeAbove(index, communityId);
  if (!me || me.score === null || !next) return null;
  const counted = me.parts.filter((p) => p.counted !== null && p.share > 0);
  if (counted.length === 0) return null;
  const theirs = new Map(next.parts.map((p) => [p.metric.id, p.counted]));
  const shortfall = (p: IndexPart) => p.share * Math.max(0, (theirs.get(p.metric.id) ?? 0) - (p.counted as number));
  const room = (p: IndexPart) => p.share * (INDEX_CAP - (p.counted as number));
  // The largest shortfall; ties (and no shortfall at all) by the most room, then catalogue order.
  const weakest = counted.reduce((best, p) => {
    const d = shortfall(p) - shortfall(best);
    if (Math.abs(d) > EPS) return d > 0 ? p : best;
    return room(p) > room(best) + EPS ? p : best;
  });
  const standing = standingOf(byMetric.get(weakest.metric.id) ?? { ranked: [], apart: [] }, communityId);
  const amount = standing && standing.value !== null && standing.target !== null && standing.target > 0 ? unitsToReach(me, weakest, standing, next.score) : null;
  return { toRank: next.rank, points: next.score - me.score, metric: weakest.metric, amount, direction: weakest.metric.higherIsBetter ? 'more' : 'less' };
}
