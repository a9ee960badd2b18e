// What /rankings (and a secretary's home) rank: one metric, or the 综合指数 over the weighed
// metrics, for one period or for each period of a history.
import type { Community, Metric, SeriesRow, Target } from '../lib/api/contract';
import { delta, type Delta } from './deltas';
import { indexRanking, indexWeights, type IndexPart, type IndexStanding } from './overall-index';
import type { PaceStatus, YearVerdict } from './pace';
import { honourBoards, type Board, type Movement } from './ranking';
import type { Period } from './period';
import { communityFigures, rankMetric } from './figures';
import { type RankingBasis, type Ranking, type Standing, type Unranked } from './standings';
import { indexTargets, type TargetIndex } from './targets';

/** `?metric=index` */
export const INDEX_ID = 'index';

export type RankingSubject = { kind: 'index' } | { kind: 'metric'; metric: Metric };

export type SubjectStanding = Standing | IndexStanding;

export interface PeriodFigures {
  period: Period;
  /** A `groupBy=community` series for the period. */
  rows: readonly SeriesRow[];
}

/** The metrics a subject needs figures for. */
export function subjectMetrics(subject: RankingSubject, metrics: readonly Metric[]): Metric[] {
  return subject.kind === 'metric' ? [subject.metric] : indexWeights(metrics).map((w) => w.metric);
}

function rankOnce(subject: RankingSubject, metrics: readonly Metric[], communities: readonly Community[], targets: TargetIndex, figures: PeriodFigures, basis: RankingBasis): Ranking<SubjectStanding> {
  const all = communityFigures(figures.period, communities, figures.rows, targets);
  const byMetric = (metric: Metric, b: RankingBasis) => rankMetric(all, metric, b);
  if (subject.kind === 'metric') return byMetric(subject.metric, basis);
  return indexRanking(
    communities,
    indexWeights(metrics).map(({ metric, weight }) => ({ metric, weight, ranking: byMetric(metric, 'completion') })),
  );
}

/** The subject's ranking in each period, oldest first. The index is always by completion. */
export function rankingsOverTime(
  subject: RankingSubject,
  metrics: readonly Metric[],
  communities: readonly Community[],
  targets: readonly Target[],
  periods: readonly PeriodFigures[],
  basis: RankingBasis,
): Array<{ period: Period; ranking: Ranking<SubjectStanding> }> {
  const index = indexTargets(targets);
  return periods.map((figures) => ({ period: figures.period, ranking: rankOnce(subject, metrics, communities, index, figures, basis) }));
}

export function isIndexStanding(s: SubjectStanding): s is IndexStanding {
  return 'parts' in s;
}

/** One row of a ranking table: a community's standing with what the page adds to it. */
export interface RankingRow {
  community: Community;
  rank: number | null;
  unranked: Unranked | null;
  /** The compared score (completion, value or index; higher is better). */
  score: number | null;
  value: number | null;
  target: number | null;
  completion: number | null;
  paceRatio: number | null;
  pace: PaceStatus | null;
  /** A closed year's 全年完成 / 未完成 in place of the pace; null otherwise (and for the index). */
  yearVerdict: YearVerdict | null;
  movement: Movement | null;
  board: Board | null;
  vsLastYear: Delta | null;
  /** 综合指数 parts; null for a metric's ranking. */
  parts: IndexPart[] | null;
  /** 样本小: the target is below the metric's `minTarget`, ranked by count (always false for the index). */
  smallSample: boolean;
}

export interface RowExtras {
  movements?: ReadonlyMap<string, Movement | null>;
  boards?: ReadonlyMap<string, Board> | null;
  /** Values of the same period last year (同比); absent: none shown. */
  lastYear?: ReadonlyMap<string, number | null> | null;
}

/** Ranked communities first (in rank order), then those listed apart. */
export function rankingRows(ranking: Ranking<SubjectStanding>, extras: RowExtras = {}): RankingRow[] {
  return [...ranking.ranked, ...ranking.apart].map((s) => {
    const index = isIndexStanding(s);
    const value = index ? null : s.value;
    return {
      community: s.community,
      rank: s.rank,
      unranked: s.unranked,
      score: s.score,
      value,
      target: index ? null : s.target,
      completion: index ? null : s.completion,
      paceRatio: index ? null : s.paceRatio,
      pace: index ? null : s.pace,
      yearVerdict: index ? null : s.yearVerdict,
      movement: extras.movements?.get(s.community.id) ?? null,
      board: extras.boards?.get(s.community.id) ?? null,
      vsLastYear: extras.lastYear ? delta(value, extras.lastYear.get(s.community.id) ?? null) : null,
      parts: index ? s.parts : null,
      smallSample: index ? false : s.smallSample,
    };
  });
}

/** The 红黑榜 of a ranking, or null when too few are ranked for it. */
export function boardsOf(ranking: Ranking<SubjectStanding>): Map<string, Board> | null {
  return honourBoards(ranking.ranked.map((s) => ({ item: s.community.id, score: s.score, rank: s.rank })));
}
