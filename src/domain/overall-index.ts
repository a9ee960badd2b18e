// 综合指数: one score per community over the main metrics' completion, so a meeting can rank
// communities overall. Each completion is capped, so one metric cannot carry a community; a
// metric a community does not offer (or has no figure or target for) is left out and the
// weights of the others renormalised, never counted as zero. A 样本小 row (target below the
// metric's `minTarget`) is left out the same way: a 200% on a target of 1 must not lift the index.
import type { Community, Metric } from '../lib/api/contract';
import { rankCommunities, type RankedCommunity, type Ranking, type Standing } from './standings';

/** A completion above this counts as this much (120%). */
export const INDEX_CAP = 1.2;

/** The metrics the index weighs, with their weights (the catalogue's `indexWeight`). */
export function indexWeights(metrics: readonly Metric[]): Array<{ metric: Metric; weight: number }> {
  return metrics.filter((m) => m.scope === 'community' && (m.indexWeight ?? 0) > 0).map((metric) => ({ metric, weight: metric.indexWeight as number }));
}

export interface IndexPart {
  metric: Metric;
  weight: number;
  /** The completion counted (capped); null: left out. */
  counted: number | null;
  /** The weight's share after renormalising over the parts counted (0 when left out). */
  share: number;
}

export interface IndexStanding extends RankedCommunity {
  parts: IndexPart[];
}

/**
 * Σ weight × min(completion, cap) ÷ Σ weight over the metrics a community has a completion
 * for. null when it has none. `byMetric` holds each weighed metric's standings (completion basis).
 */
export function indexScore(parts: ReadonlyArray<{ metric: Metric; weight: number; completion: number | null }>): { score: number | null; parts: IndexPart[] } {
  // +∞ is a lower-is-better metric at 0 (the best there is): it counts, capped like any other.
  const usable = (c: number | null): c is number => c !== null && !Number.isNaN(c) && c !== Number.NEGATIVE_INFINITY;
  const counted = parts.filter((p) => usable(p.completion));
  const total = counted.reduce((s, p) => s + p.weight, 0);
  const score = total > 0 ? counted.reduce((s, p) => s + p.weight * Math.min(p.completion as number, INDEX_CAP), 0) / total : null;
  return {
    score,
    parts: parts.map((p) => {
      const used = usable(p.completion);
      return { metric: p.metric, weight: p.weight, counted: used ? Math.min(p.completion as number, INDEX_CAP) : null, share: used && total > 0 ? p.weight / total : 0 };
    }),
  };
}

/** Every community's 综合指数 and rank, from each weighed metric's ranking by completion. */
export function indexRanking(communities: readonly Community[], weighed: ReadonlyArray<{ metric: Metric; weight: number; ranking: Ranking<Standing> }>): Ranking<IndexStanding> {
  const byMetric = weighed.map(({ metric, weight, ranking }) => ({
    metric,
    weight,
    // The completion (pace ratio), not the ranking's score: a metric with 样本小 rows ranks by count.
    completion: new Map([...ranking.ranked, ...ranking.apart].map((s) => [s.community.id, s.unranked === null && !s.smallSample ? s.paceRatio : null])),
  }));
  const standings = communities.map((community): IndexStanding => {
    const { score, parts } = indexScore(byMetric.map((m) => ({ metric: m.metric, weight: m.weight, completion: m.completion.get(community.id) ?? null })));
    return { community, score, rank: null, unranked: score === null ? 'noData' : null, parts };
  });
  return rankCommunities(standings);
}
