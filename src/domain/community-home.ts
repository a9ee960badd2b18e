// A community's own page (the secretary's home): where it stands overall and on each metric,
// how that moved, what the next place would take, and how it compares with the subdistrict.
import type { Community, Metric, Target } from '../lib/api/contract';
import { communityMetrics, offersService } from './catalogue';
import { addMonths, monthOfYear, monthRange, yearOf } from './month';
import { sumPeriod } from './monthly';
import { oncePer } from './once-per';
import { completionRate } from './pace';
import type { Period } from './period';
import { meanOf } from './progress';
import { indexAdvice, type IndexAdvice } from './index-advice';
import { blackStreak, honourBoards, MIN_RANKED_FOR_BOARDS, movement, type Board, type Movement } from './ranking';
import { rankingsOverTime, type PeriodFigures, type RankingSubject } from './ranking-subject';
import { gapToNext, gapToPace, standingOf, type Gap, type Ranking, type Standing } from './standings';
import type { IndexStanding } from './overall-index';
import type { TargetIndex } from './targets';

export interface MetricStandingAtHome {
  metric: Metric;
  standing: Standing;
  /** How many communities are ranked on it. */
  of: number;
  movement: Movement | null;
  /** Mean completion of the communities ranked (未开通 and others apart left out). */
  average: number | null;
  gapToNext: (Gap & { toRank: number }) | null;
  gapToPace: Gap | null;
  /** Whether the metric has a weight in the 综合指数. */
  inIndex: boolean;
  /** Too small a target to rank by completion (the ranking's flag, read defensively until it exists). */
  smallSample: boolean;
}

/** The community on the 综合指数 红黑榜: this period's board and how many periods running it has been on the 黑榜. */
export interface HomeBoards {
  board: Board | null;
  blackStreak: number;
  /** Whether this period had enough ranked communities for a 红黑榜. */
  shown: boolean;
}

export interface CommunityHome {
  index: { standing: IndexStanding; of: number; movement: Movement | null } | null;
  /** Metrics the community offers, in catalogue order. */
  metrics: MetricStandingAtHome[];
  /** Metrics whose service it does not offer. */
  notOffered: Metric[];
  /** Highest completion among its ranked metrics that count in the 综合指数 (small samples left out). */
  best: MetricStandingAtHome | null;
  /** What costs it its 综合指数 place (`indexAdvice`); without an index place above, the lowest completion of the index's metrics. */
  weakest: MetricStandingAtHome | null;
  /** The index place above and what it takes; null for first place or no index. */
  advice: IndexAdvice | null;
  boards: HomeBoards | null;
  /** The period movement compares with (the one of equal length before), if any. */
  previous: Period | null;
}

type History = ReturnType<typeof rankingsOverTime>;

/** Every ranking a community's home reads, over the periods: computed once for all communities. */
export interface HomeRankings {
  metrics: readonly Metric[];
  communities: readonly Community[];
  /** Per community metric (by id), its ranking in each period. */
  byMetric: ReadonlyMap<string, History>;
  index: History;
  /** The periods, oldest first. */
  periods: readonly Period[];
}

/** The community's 综合指数 board this period and its 黑榜 streak over the periods held. */
function indexBoards(history: History, communityId: string): HomeBoards {
  const boards = history.map(({ ranking }) => honourBoards(ranking.ranked.map((s) => ({ item: s.community.id, score: s.score, rank: s.rank }))));
  const own = boards.map((b) => b?.get(communityId) ?? null);
  return { board: own[own.length - 1] ?? null, blackStreak: blackStreak(own), shown: boards[boards.length - 1] !== null };
}

/**
 * From each period's per-community figures (oldest first; the last is the current period, the
 * one before it, if any, the period movement compares with).
 */
export function homeRankings(metrics: readonly Metric[], communities: readonly Community[], targets: readonly Target[], periods: readonly PeriodFigures[]): HomeRankings {
  const rankOver = (subject: RankingSubject) => rankingsOverTime(subject, metrics, communities, targets, periods, 'completion');
  return {
    metrics,
    communities,
    byMetric: new Map(communityMetrics(metrics).map((metric) => [metric.id, rankOver({ kind: 'metric', metric })])),
    index: rankOver({ kind: 'index' }),
    periods: periods.map((p) => p.period),
  };
}

/** The ranked communities' mean completion, once per ranking (every community's home quotes it). */
const averageCompletion = oncePer((ranking: Ranking<Standing>) => meanOf(ranking.ranked.map((s) => s.completion)));

/** One community's home, read from rankings computed once (`homeRankings`); null for an unknown community or no periods. */
export function communityHomeFrom(communityId: string, rankings: HomeRankings): CommunityHome | null {
  const { metrics, communities } = rankings;
  const periods = rankings.periods;
  const community = communities.find((c) => c.id === communityId);
  if (!community || rankings.index.length === 0) return null;
  const moveOf = (history: History) => {
    const now = standingOf(history[history.length - 1].ranking, communityId);
    const before = history.length > 1 ? standingOf(history[history.length - 2].ranking, communityId) : undefined;
    return movement(now?.rank ?? null, before?.rank ?? null, history.length > 1);
  };

  const perMetric = communityMetrics(metrics).filter((m) => offersService(community, m));
  const rows = perMetric.map((metric): MetricStandingAtHome => {
    const history = rankings.byMetric.get(metric.id) as History;
    // A metric's ranking holds metric standings.
    const ranking = history[history.length - 1].ranking as Ranking<Standing>;
    const standing = standingOf(ranking, communityId) as Standing;
    return {
      metric,
      standing,
      of: ranking.ranked.length,
      movement: moveOf(history),
      average: averageCompletion(ranking),
      gapToNext: gapToNext(ranking, communityId, metric, 'completion'),
      gapToPace: gapToPace(standing, metric),
      inIndex: (metric.indexWeight ?? 0) > 0,
      smallSample: standing.smallSample,
    };
  });
  const ranked = rows.filter((r) => r.standing.rank !== null && r.inIndex);
  const byScore = [...ranked].sort((a, b) => (b.standing.score as number) - (a.standing.score as number));

  const indexHistory = rankings.index;
  const indexRanking = indexHistory[indexHistory.length - 1].ranking;
  const indexStanding = standingOf(indexRanking, communityId) as IndexStanding | undefined;
  const weighed = indexStanding && indexStanding.parts.length > 0;
  const current = new Map([...rankings.byMetric].map(([id, history]) => [id, history[history.length - 1].ranking as Ranking<Standing>]));
  const advice = weighed ? indexAdvice(indexRanking as Ranking<IndexStanding>, current, communityId) : null;
  const weakest = advice ? (rows.find((r) => r.metric.id === advice.metric.id) ?? null) : byScore.length > 1 ? byScore[byScore.length - 1] : null;
  // Too few ranked (fewer than a 红黑榜 needs) or too small a target is no 最好 to speak of.
  const best = byScore.find((r) => !r.smallSample && r.of >= MIN_RANKED_FOR_BOARDS && r !== weakest) ?? null;

  return {
    index: weighed ? { standing: indexStanding, of: indexRanking.ranked.length, movement: moveOf(indexHistory) } : null,
    metrics: rows,
    notOffered: communityMetrics(metrics).filter((m) => !offersService(community, m)),
    best,
    weakest,
    advice,
    boards: weighed ? indexBoards(indexHistory, communityId) : null,
    previous: periods.length > 1 ? periods[periods.length - 2] : null,
  };
}

/** One community's home (see `homeRankings`; for many communities, compute those once). */
export function communityHome(communityId: string, metrics: readonly Metric[], communities: readonly Community[], targets: readonly Target[], periods: readonly PeriodFigures[]): CommunityHome | null {
  if (!communities.some((c) => c.id === communityId) || periods.length === 0) return null;
  return communityHomeFrom(communityId, homeRankings(metrics, communities, targets, periods));
}

export interface CompletionTrendRow {
  month: string;
  label: string;
  /** 序时完成率 at the month's end: the year's running total ÷ (year target × months elapsed ÷ 12); the community's, then the subdistrict's. */
  own: number | null;
  subdistrict: number | null;
}

/** How many months a completion trend shows, ending with the period. */
export const TREND_MONTHS = 12;

/** The months a completion trend needs: from January of the year before the period ends (running totals start each January). */
export function completionTrendWindow(period: Period): Period {
  return { from: `${yearOf(period.to) - 1}-01`, to: period.to };
}

/**
 * The twelve months ending with the period: the community's running completion of its year
 * target, month by month, against the subdistrict's. Smoother than single months (a month
 * of three disputes is noise), and what 序时进度 tracks.
 */
export function completionTrend(
  metricId: string,
  communityId: string,
  own: ReadonlyMap<string, number | null>,
  subdistrict: ReadonlyMap<string, number | null>,
  targets: TargetIndex,
  period: Period,
): CompletionTrendRow[] {
  const months = monthRange(addMonths(period.to, -(TREND_MONTHS - 1)), period.to);
  const rate = (monthly: ReadonlyMap<string, number | null>, month: string, who: string | null) => {
    const yearly = targets.year(metricId, yearOf(month), who);
    const total = sumPeriod(monthly, { from: `${yearOf(month)}-01`, to: month });
    return completionRate(total, yearly === null ? null : (yearly * monthOfYear(month)) / 12);
  };
  return months.map((month) => ({
    month,
    label: `${yearOf(month) % 100}年${monthOfYear(month)}月`,
    own: rate(own, month, communityId),
    subdistrict: rate(subdistrict, month, null),
  }));
}

/** Of the months where both have a figure, how many the community was at or above the subdistrict. */
export function monthsAtOrAbove(rows: readonly CompletionTrendRow[]): { compared: number; atOrAbove: number } {
  const both = rows.filter((r) => r.own !== null && r.subdistrict !== null);
  return { compared: both.length, atOrAbove: both.filter((r) => (r.own as number) >= (r.subdistrict as number)).length };
}
