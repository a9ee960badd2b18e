// The slides of the deck, built from one snapshot: each with its title, a headline written
// from the data, and the rows of its one big chart. Pure: the deck renders what this returns.
import { isClosedYear } from '../../../domain/pace';
import { areaTrendRows, yearToDateOf, type AreaTrendRow } from '../../../domain/area-trend';
import { communityMetrics, leadAreas } from '../../../domain/catalogue';
import { communityHomeFrom, homeRankings } from '../../../domain/community-home';
import { movementsOf } from '../../../domain/history';
import { communityFigures, metricMonths, monthlyFigures, progressOf, rankMetric } from '../../../domain/figures';
import { periodTotals } from '../../../domain/monthly';
import { buildAreaSummaries, type AreaSummary } from '../../../domain/area-summaries';
import type { Period } from '../../../domain/period';
import { attentionList, completionStats, type MetricProgress } from '../../../domain/progress';
import { barStatus, rankingBars } from '../../../domain/ranking-bars';
import { boardsOf, rankingRows, rankingsOverTime, type RankingRow } from '../../../domain/ranking-subject';
import { BLACK_STREAK_WARNING, type Board } from '../../../domain/ranking';
import type { Catalogue, Community, MetaResponse, Metric } from '../../../lib/api/contract';
import { barText, formatDateTime, formatMonth, formatNumber, formatPercent, formatPeriod } from '../../../lib/i18n/format';
import { attentionHeadline, boardsHeadline, chartedAdvice, completionSentence, gapToNextSentence, gapWords, movementText, progressSentence, roundFacts, roundHeadline } from '../../../lib/i18n/sentences';
import { INDEX_NAME, PACE_LABELS, PACE_REFERENCE, YEAR_VERDICT_LABELS } from '../../../lib/i18n/strings';
import { barWords, statusWord, type WordedBar } from '../../../lib/i18n/bar-words';
import type { ExportTable } from '../../../lib/export/csv';
import type { DeckData } from '../api';

/** A completion bar's colour (as a pace) and word (序时进度, or a closed year's 全年完成 / 未完成); none: far behind. */
function statusOf(r: Parameters<typeof barStatus>[0]): Pick<WordedBar, 'tone' | 'note'> {
  const status = barStatus(r);
  return status ? { tone: status.tone, note: statusWord(status) } : { tone: 'farBehind', note: '' };
}

export type SlideKind = 'title' | 'area' | 'completion' | 'boards' | 'attention' | 'round';

interface SlideBase {
  /** Stable across snapshots: what the chooser remembers. */
  id: string;
  kind: SlideKind;
  title: string;
  /** Written from the data; the slide's one sentence. */
  headline: string;
}

export interface TitleSlide extends SlideBase {
  kind: 'title';
  subtitle: string;
  asOf: string;
}

export interface AreaSlide extends SlideBase {
  kind: 'area';
  unit: string;
  /** The slide's one message: the lead figure with its unit, and the gap in units (or the year's verdict). */
  figure: { value: string; unit: string; gap: string } | null;
  /** The area's other figures beside it (收集民生实事 452 项, 按期办结率 100.0%…). */
  extras: string[];
  /** null: 本期无数据 (no empty chart). */
  rows: AreaTrendRow[] | null;
}

export interface BarsSlide extends SlideBase {
  kind: 'completion' | 'boards' | 'attention';
  bars: WordedBar[];
  measure: 'completion' | 'index';
  reference?: { value: number; label: string } | null;
  /** The boards slide: 红榜 and 黑榜 with movement, written beside the chart. */
  boards?: { red: BoardEntry[]; black: BoardEntry[] } | null;
}

export interface BoardEntry {
  name: string;
  rank: number;
  movement: string;
  warned: boolean;
}

export interface RoundSlide extends SlideBase {
  kind: 'round';
  community: Community;
  /** Per area: the lead metric's completion against 序时 (100%). */
  bars: WordedBar[];
  facts: string[];
}

export type Slide = TitleSlide | AreaSlide | BarsSlide | RoundSlide;

/** The round is one chooser entry for all its slides. */
export const ROUND_ID = 'round';
export const roundSlideId = (communityId: string) => `${ROUND_ID}:${communityId}`;

function periodsOf(data: DeckData): Array<{ period: Period; rows: DeckData['periods'][number]['rows'] }> {
  return data.periods.map((series, i) => ({ period: data.input.periods[i], rows: series.rows }));
}

/** Every slide the snapshot supports, in the default order (the community round last). */
export function buildSlides(data: DeckData, catalogue: Catalogue, meta: MetaResponse): Slide[] {
  const period = data.input.period;
  const periodLabel = formatPeriod(period);
  const communities = data.communities.communities;
  const slides: Slide[] = [
    {
      id: 'title',
      kind: 'title',
      title: `${meta.subdistrict.name}工作进度`,
      subtitle: `${meta.subdistrict.city} · ${periodLabel}`,
      headline: `${periodLabel}各项工作进展`,
      asOf: `数据截至 ${formatMonth(meta.latestMonth)}（更新于 ${formatDateTime(meta.updatedAt)}）`,
    },
  ];

  const subdistrict = monthlyFigures(data.monthly.rows, data.subdistrictTargets.targets);
  const summaries = buildAreaSummaries(catalogue, periodTotals(data.monthly.rows, period));
  for (const group of leadAreas(catalogue)) {
    const monthly = metricMonths(subdistrict, group.lead.id);
    const progress = progressOf(subdistrict, group.lead, period);
    const ytd = progressOf(subdistrict, group.lead, yearToDateOf(period));
    slides.push({
      id: `area:${group.area.id}`,
      kind: 'area',
      title: group.area.name,
      unit: group.lead.unit,
      figure: progress.value === null ? null : { value: formatNumber(progress.value), unit: group.lead.unit, gap: areaGapText(progress, group.lead.unit) },
      extras: areaExtras(summaries.find((a) => a.area.id === group.area.id), group.lead),
      headline: progressSentence({ periodLabel, metricName: group.lead.name, unit: group.lead.unit, progress }),
      rows: progress.value === null ? null : areaTrendRows(monthly, ytd.yearTarget, period),
    });
  }

  const periods = periodsOf(data);
  // Every ranking the slides read, computed once (the round reads each community's standing in them).
  const homes = homeRankings(catalogue.metrics, communities, data.communityTargets.targets, periods);
  const lead = leadAreas(catalogue).find((g) => g.lead.scope === 'community')?.lead ?? communityMetrics(catalogue.metrics)[0];
  if (lead) {
    const history = homes.byMetric.get(lead.id) ?? rankingsOverTime({ kind: 'metric', metric: lead }, catalogue.metrics, communities, data.communityTargets.targets, periods, 'completion');
    const rows = rankingRows(history[history.length - 1].ranking);
    const stats = completionStats(rows);
    const bars = rankingBars(rows, 'completion').map(barWords);
    slides.push({
      id: 'completion',
      kind: 'completion',
      title: `各社区${lead.name}完成率`,
      headline: completionSentence(`${periodLabel}各社区${lead.name}完成率`, stats, bars.length, isClosedYear(periods[periods.length - 1].period)),
      bars,
      measure: 'completion',
      reference: stats && { value: stats.average, label: `平均 ${formatPercent(stats.average)}` },
    });
  }

  const indexHistory = homes.index;
  const indexRanking = indexHistory[indexHistory.length - 1].ranking;
  if (indexRanking.ranked.length > 0) {
    const boards = boardsOf(indexRanking);
    const before = indexHistory.length > 1 ? boardsOf(indexHistory[indexHistory.length - 2].ranking) : null;
    const rows = rankingRows(indexRanking, { movements: movementsOf(indexHistory), boards });
    const entry = (r: RankingRow, board: Board): BoardEntry => ({
      name: r.community.name,
      rank: r.rank as number,
      movement: movementText(r.movement).symbol,
      warned: board === 'black' && before?.get(r.community.id) === 'black',
    });
    const on = (board: Board) => rows.filter((r) => r.board === board).map((r) => entry(r, board));
    const red = on('red');
    const black = on('black');
    slides.push({
      id: 'boards',
      kind: 'boards',
      title: `${INDEX_NAME}红黑榜`,
      headline: boardsHeadline(periodLabel, boards ? { red: red.map((e) => e.name), black: black.map((e) => e.name), warned: black.filter((e) => e.warned).map((e) => e.name) } : null, BLACK_STREAK_WARNING),
      bars: rankingBars(rows, 'index').map(barWords),
      measure: 'index',
      boards: boards ? { red, black } : null,
    });
  }

  const current = periods[periods.length - 1];
  const currentFigures = communityFigures(current.period, communities, current.rows, data.communityTargets.targets);
  const attention = attentionList(
    communityMetrics(catalogue.metrics).map((metric) => {
      const ranking = rankMetric(currentFigures, metric);
      return { metric, rows: [...ranking.ranked, ...ranking.apart] };
    }),
    10,
    2,
  );
  slides.push({
    id: 'attention',
    kind: 'attention',
    title: '需要关注',
    headline: attentionHeadline(
      periodLabel,
      attention.map((a) => ({ community: a.progress.community.name, metric: a.metric.name, completion: a.progress.completion as number })),
      isClosedYear(current.period),
    ),
    bars: attention.map((a) => ({
      id: `${a.progress.community.id}:${a.metric.id}`,
      label: `${a.progress.community.name.replace(/社区$/, '')}·${a.metric.name}`,
      value: a.progress.completion as number,
      ...statusOf(a.progress),
    })),
    measure: 'completion',
    reference: PACE_REFERENCE,
  });

  const round = communities
    .map((community) => ({ community, home: communityHomeFrom(community.id, homes) }))
    .filter((r): r is { community: Community; home: NonNullable<typeof r.home> } => r.home !== null);
  for (const { community, home } of byIndexRank(round, (r) => r.home.index?.standing.rank ?? null)) {
    const areaBars = leadAreas(catalogue)
      .map((g) => home.metrics.find((m) => m.metric.id === g.lead.id))
      .filter((m): m is NonNullable<typeof m> => m !== undefined && m.standing.completion !== null)
      .map((m) => ({
        id: m.metric.id,
        label: m.metric.name,
        value: m.standing.completion as number,
        ...statusOf(m.standing),
      }));
    const weakest = chartedWeakest(home.weakest, home.metrics.filter((m) => areaBars.some((b) => b.id === m.metric.id)));
    slides.push({
      id: roundSlideId(community.id),
      kind: 'round',
      title: community.name,
      community,
      headline: roundHeadline({
        rank: home.index?.standing.rank ?? null,
        of: home.index?.of ?? 0,
        move: home.index?.movement ?? null,
        weakest: weakest && { name: weakest.metric.name, completion: weakest.standing.completion as number, next: chartedAdvice(gapToNextSentence(weakest.gapToNext, weakest.metric.unit)) },
      }),
      bars: areaBars,
      facts: roundFacts({
        rank: home.index?.standing.rank ?? null,
        of: home.index?.of ?? 0,
        move: home.index?.movement ?? null,
        weakest: weakest && { name: weakest.metric.name, completion: weakest.standing.completion as number, next: chartedAdvice(gapToNextSentence(weakest.gapToNext, weakest.metric.unit)) },
        notOffered: home.notOffered.map((m) => m.name),
      }),
    });
  }
  return slides;
}

/** "差 140 户 · 序时进度滞后"; in a closed year "全年完成" or "未完成 · 差 140 户". */
function areaGapText(progress: MetricProgress, unit: string): string {
  const verdict = progress.closedYear && progress.yearVerdict != null ? YEAR_VERDICT_LABELS[progress.yearVerdict] : progress.pace !== null ? `序时进度${PACE_LABELS[progress.pace]}` : '';
  return [gapWords(progress.gap, unit), verdict].filter(Boolean).join(' · ');
}

/** The area's figures besides its lead: its other metrics (not a rate's numerator) and its rates, for the period. */
function areaExtras(summary: AreaSummary | undefined, lead: Metric): string[] {
  if (!summary) return [];
  const numerators = new Set(summary.rates.map((r) => r.rate.numeratorId));
  return [
    ...summary.metrics.filter((m) => m.metric !== lead && m.value !== null && !numerators.has(m.metric.id)).map((m) => `${m.metric.name} ${formatNumber(m.value as number)} ${m.metric.unit}`),
    ...summary.rates.filter((r) => r.value !== null).map((r) => `${r.rate.name} ${formatPercent(r.value as number)}`),
  ];
}

/** The round in 综合指数 order: first place first, communities without a rank last (stable otherwise). */
export function byIndexRank<T>(items: readonly T[], rankOf: (item: T) => number | null): T[] {
  // Array sort is stable: equal ranks keep their order.
  const key = (item: T) => rankOf(item) ?? 1e9;
  return [...items].sort((a, b) => key(a) - key(b));
}

/**
 * The weakest metric a round slide names: the community's weakest (what costs its index place)
 * when the slide charts it; otherwise the charted metric with the lowest completion, so the
 * advice speaks of a bar the room can see. null when nothing charted has a completion.
 */
export function chartedWeakest<T extends { metric: { id: string }; standing: { completion: number | null } }>(weakest: T | null, charted: readonly T[]): T | null {
  if (weakest && charted.some((c) => c.metric.id === weakest.metric.id)) return weakest;
  const withCompletion = charted.filter((c) => c.standing.completion !== null);
  return withCompletion.reduce<T | null>((low, c) => (low === null || (c.standing.completion as number) < (low.standing.completion as number) ? c : low), null);
}

/** The numbers behind a slide's chart, for its CSV. */
export function slideTable(slide: Slide, periodLabel: string, asOf: string): ExportTable {
  const base = { title: slide.title, periodLabel, asOf };
  switch (slide.kind) {
    case 'title':
      return { ...base, headers: ['标题', '说明'], rows: [[slide.title, slide.subtitle]] };
    case 'area':
      return {
        ...base,
        unit: slide.unit,
        headers: ['月份', `当月（${slide.unit}）`, `累计（${slide.unit}）`, `序时累计目标（${slide.unit}）`],
        rows: (slide.rows ?? []).map((r) => [r.month, r.value, r.cumulative, r.target]),
      };
    default:
      return {
        ...base,
        headers: ['项目', slide.kind === 'boards' ? `${INDEX_NAME}` : '完成率（%）', '状态'],
        rows: slide.bars.map((b) => [barText(b), slide.kind === 'boards' ? b.value : b.value * 100, b.note]),
      };
  }
}

/** Titles of the slides whose headline a new snapshot changed (new slides count as changed). */
export function changedSlides(before: readonly Slide[], after: readonly Slide[]): string[] {
  const old = new Map(before.map((s) => [s.id, s.headline]));
  return after.filter((s) => old.get(s.id) !== s.headline).map((s) => s.title);
}

/**
 * The slides laid out (drawn, hidden but the current): the current one, and the neighbours of
 * the slide the deck has settled on. A step therefore shows a slide drawn already and draws
 * the next neighbour afterwards (`settled` trails `current` by a painted frame).
 */
export function mountedSlides(current: number, settled: number, count: number): number[] {
  const wanted = new Set([current, settled - 1, settled, settled + 1]);
  return [...wanted].filter((i) => i >= 0 && i < count).sort((a, b) => a - b);
}
