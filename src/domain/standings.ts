// The ranking rule, written once: every page that ranks communities calls these.
// By default communities are ranked by completion of their own prorated target (fair to size;
// for a lower-is-better metric the inverse), or by raw value when asked. Ties share a rank.
// A community that does not offer the service, has no figure yet, or (by completion) has no
// target is not ranked: it is listed apart, with why.
// Small counts (样本小): when any community's prorated target is below the metric's catalogue
// `minTarget`, a % is noise (0% / 200% on targets of 0.5–1), so that period's ranking of the
// metric is by count (value) for every community, and the small rows carry `smallSample`.
import type { Community, Metric } from '../lib/api/contract';
import { offersService } from './catalogue';
import type { Delta } from './deltas';
import { oncePer } from './once-per';
import { noPaceReason } from './pace';
import { communityProgress, isSmallSample, type CommunityProgress } from './progress';
import { rankWithTies } from './ranking';
import type { Period } from './period';
import type { TargetIndex } from './targets';

export const RANKING_BASES = ['completion', 'value'] as const;
export type RankingBasis = (typeof RANKING_BASES)[number];
export const DEFAULT_RANKING_BASIS: RankingBasis = 'completion';

/** Why a community has no rank. */
export type Unranked = 'notOffered' | 'noData' | 'noTarget';

export interface RankedCommunity {
  community: Community;
  /** What the rule compares, oriented so that higher is better; null: not ranked. */
  score: number | null;
  rank: number | null;
  /** null when ranked; otherwise why not. */
  unranked: Unranked | null;
}

export interface Standing extends CommunityProgress, RankedCommunity {
  /** 样本小: the target is below the metric's `minTarget` (see `isSmallSample`). */
  smallSample: boolean;
  /** 同比, where a page shows it. */
  vsLastYear?: Delta | null;
}

export interface Ranking<S extends RankedCommunity = Standing> {
  /** Ranked communities, best first (ties in catalogue order). */
  ranked: Array<S & { score: number; rank: number }>;
  /** Communities without a rank, listed apart. */
  apart: S[];
}

/** Ranks what has a score; everything else goes apart. */
export function rankCommunities<S extends RankedCommunity>(items: readonly S[]): Ranking<S> {
  const scored = rankWithTies(items, (s) => (s.unranked === null ? s.score : null));
  const ranked: Array<S & { score: number; rank: number }> = [];
  const apart: S[] = [];
  for (const { item, rank } of scored) {
    if (rank === null) apart.push({ ...item, rank: null, unranked: item.unranked ?? 'noData' });
    else ranked.push({ ...item, rank, score: item.score as number });
  }
  return { ranked, apart };
}

/** The score a basis compares: completion (pace ratio, already inverted for lower-is-better) or the value. */
export function scoreOf(progress: CommunityProgress, metric: Pick<Metric, 'higherIsBetter'>, basis: RankingBasis): number | null {
  if (basis === 'completion') return progress.paceRatio;
  if (progress.value === null) return null;
  return metric.higherIsBetter ? progress.value : -progress.value;
}

function unrankedReason(progress: CommunityProgress, metric: Pick<Metric, 'service'>, basis: RankingBasis): Unranked | null {
  if (!offersService(progress.community, metric)) return 'notOffered';
  const missing = noPaceReason(progress.value, progress.target);
  // Ranking by value needs a value only; by completion, a target too.
  return missing === 'noData' || basis === 'completion' ? missing : null;
}

/** Every community's standing on one metric for a period, by the rule. */
export function metricRanking(
  metric: Pick<Metric, 'id' | 'higherIsBetter' | 'service' | 'minTarget'>,
  communities: readonly Community[],
  values: ReadonlyMap<string, number | null>,
  targets: TargetIndex,
  period: Period,
  basis: RankingBasis = DEFAULT_RANKING_BASIS,
): Ranking {
  // In the catalogue's community order: ties keep it.
  const progress = communityProgress(metric, communities, values, targets, period).map((p) => ({
    ...p,
    smallSample: offersService(p.community, metric) && isSmallSample(metric, p.target),
  }));
  // One scale per table: a single 样本小 row turns the metric's ranking to counts.
  const used: RankingBasis = rankedByCount(progress) ? 'value' : basis;
  const standings = progress.map((p): Standing => {
    const unranked = unrankedReason(p, metric, used);
    return { ...p, score: unranked ? null : scoreOf(p, metric, used), rank: null, unranked };
  });
  return rankCommunities(standings);
}

/** One 样本小 row turns a metric's ranking (that period's) to counts: true for such rows. */
export function rankedByCount(rows: ReadonlyArray<{ smallSample: boolean }>): boolean {
  return rows.some((r) => r.smallSample);
}

/** The basis a metric's ranking actually used: by count when any row is 样本小, else the one asked for. */
export function basisUsed(ranking: Ranking, asked: RankingBasis): RankingBasis {
  return rankedByCount(ranking.ranked) || rankedByCount(ranking.apart) ? 'value' : asked;
}

/**
 * A ranking's communities by id (its standing, and its place in `ranked`), built once per
 * ranking: a deck's round reads every community's standing in every ranking, and a search per
 * read made that quadratic (2.4 s at 500 communities, 4× CPU). Rankings are never changed after
 * `rankCommunities` makes them.
 */
const indexOf = oncePer((ranking: Ranking<RankedCommunity>) => {
  const byId = new Map<string, RankedCommunity>();
  const place = new Map<string, number>();
  ranking.ranked.forEach((s, i) => {
    if (byId.has(s.community.id)) return;
    byId.set(s.community.id, s);
    place.set(s.community.id, i);
  });
  for (const s of ranking.apart) if (!byId.has(s.community.id)) byId.set(s.community.id, s);
  return { byId, place };
});

/** A community's standing in a ranking, ranked or not. */
export function standingOf<S extends RankedCommunity>(ranking: Ranking<S>, communityId: string): S | undefined {
  return indexOf(ranking).byId.get(communityId) as S | undefined;
}

/** Ranks by community id (null where not ranked). */
export function ranksById(ranking: Ranking<RankedCommunity>): Map<string, number | null> {
  return new Map([...ranking.ranked.map((s) => [s.community.id, s.rank] as const), ...ranking.apart.map((s) => [s.community.id, null] as const)]);
}

export interface Gap {
  /** In the metric's unit, always > 0. */
  amount: number;
  /** 'more': do this much more; 'less': bring it down by this much (lower-is-better metrics). */
  direction: 'more' | 'less';
}

/** Whole units: a fraction of a household still needs one more visit. */
const up = (x: number) => Math.ceil(x - 1e-9);
const down = (x: number) => Math.floor(x + 1e-9);

/**
 * The place just above a ranked community: the closest score above its own (a tie counts as
 * reached, since ties share the rank). None for first place or a community without a rank.
 */
export function placeAbove<S extends RankedCommunity>(ranking: Ranking<S>, communityId: string): (S & { score: number; rank: number }) | null {
  const at = indexOf(ranking).place.get(communityId);
  if (at === undefined) return null;
  const { ranked } = ranking;
  const me = ranked[at];
  // `ranked` is best first and ties share a rank: the closest score above is in the tie group
  // just before this community's (its lowest score; the first of equals).
  let j = at - 1;
  while (j >= 0 && ranked[j].rank === me.rank) j--;
  if (j < 0) return null;
  let next = ranked[j];
  for (let k = j - 1; k >= 0 && ranked[k].rank === next.rank; k--) if (ranked[k].score <= next.score) next = ranked[k];
  return next;
}

/**
 * How much more (or less) of the metric lifts a community to the next place up: to the score
 * of the closest community above (a tie counts as reached, since ties share the rank). None
 * for first place or a community without a rank.
 */
export function gapToNext(ranking: Ranking, communityId: string, metric: Pick<Metric, 'higherIsBetter'>, basis: RankingBasis): (Gap & { toRank: number }) | null {
  const me = standingOf(ranking, communityId);
  const next = placeAbove(ranking, communityId);
  if (!me || !next || me.value === null) return null;
  let gap: Gap;
  if (basisUsed(ranking, basis) === 'value') {
    const amount = Math.abs((next.value as number) - me.value);
    gap = { amount, direction: metric.higherIsBetter ? 'more' : 'less' };
  } else if (metric.higherIsBetter) {
    gap = { amount: up(next.score * (me.target as number) - me.value), direction: 'more' };
  } else {
    gap = { amount: me.value - down((me.target as number) / next.score), direction: 'less' };
  }
  return { ...gap, toRank: next.rank };
}

/** How far a community (or the subdistrict) is from its prorated target, 序时进度; null when there or without a target. */
export function gapToPace(progress: Pick<CommunityProgress, 'value' | 'target'>, metric: Pick<Metric, 'higherIsBetter'>): Gap | null {
  const { value, target } = progress;
  if (value === null || target === null || target <= 0) return null;
  if (metric.higherIsBetter) return value >= target ? null : { amount: up(target - value), direction: 'more' };
  return value <= target ? null : { amount: up(value - target), direction: 'less' };
}
