// Progress of a metric against its target: the figures a KPI card, a chart's summary and a
// slide headline all read, so they cannot disagree.
import type { Community, Metric } from '../lib/api/contract';
import { delta, previousIsLastYear, previousPeriod, samePeriodLastYear, type Delta } from './deltas';
import { addMonths, yearOf } from './month';
import { cumulative, sumPeriod } from './monthly';
import { completionRate, isBehindPace, isClosedYear, paceGap, paceRatio, paceStatus, yearVerdict, type PaceStatus, type YearVerdict } from './pace';
import type { Period } from './period';
import { elapsedShareOfYear, periodTarget, type TargetIndex } from './targets';

export interface MetricProgress {
  value: number | null;
  /** The target prorated to the period. */
  target: number | null;
  completion: number | null;
  /** The whole year's target for the year the period ends in. */
  yearTarget: number | null;
  /** Year to date (January to the period's end) over the year's target. */
  yearCompletion: number | null;
  /** Share of that year elapsed at the period's end. */
  elapsedShare: number;
  paceRatio: number | null;
  pace: PaceStatus | null;
  /** 环比 and 同比. */
  vsPrevious: Delta | null;
  vsLastYear: Delta | null;
  /** Whole units short of the prorated target (0 on or ahead of it): "差 140 户". */
  gap: number | null;
  /** The period ends at its year's last month: read yearVerdict (全年完成 / 未完成), not pace. */
  closedYear: boolean;
  yearVerdict: YearVerdict | null;
  /** 环比's period is 同比's (a twelve-month period): show 同比 only. */
  previousIsLastYear: boolean;
  /** The twelve months ending with the period. */
  sparkline: Array<{ month: string; value: number | null }>;
}

/** The months of data a metric's progress needs, to fetch them in one request. */
export function progressWindow(period: Period): Period {
  const previous = previousPeriod(period);
  const lastYear = samePeriodLastYear(period);
  const yearStart = `${yearOf(period.to)}-01`;
  const froms = [previous.from, lastYear.from, addMonths(period.to, -11), yearStart].sort();
  return { from: froms[0], to: period.to };
}

export function metricProgress(
  metric: Pick<Metric, 'id' | 'higherIsBetter'>,
  monthly: ReadonlyMap<string, number | null>,
  targets: TargetIndex,
  period: Period,
  communityId: string | null = null,
): MetricProgress {
  const value = sumPeriod(monthly, period);
  const target = periodTarget(targets, metric.id, period, communityId);
  const year = yearOf(period.to);
  const yearTarget = targets.year(metric.id, year, communityId);
  const yearToDate = sumPeriod(monthly, { from: `${year}-01`, to: period.to });
  const ratio = paceRatio(value, target, metric.higherIsBetter);
  const yearCompletion = completionRate(yearToDate, yearTarget);
  return {
    value,
    target,
    completion: completionRate(value, target),
    yearTarget,
    yearCompletion,
    elapsedShare: elapsedShareOfYear(period.to),
    paceRatio: ratio,
    pace: paceStatus(ratio),
    vsPrevious: delta(value, sumPeriod(monthly, previousPeriod(period))),
    vsLastYear: delta(value, sumPeriod(monthly, samePeriodLastYear(period))),
    gap: paceGap(value, target, metric.higherIsBetter),
    closedYear: isClosedYear(period),
    yearVerdict: yearVerdict(yearCompletion, metric.higherIsBetter),
    previousIsLastYear: previousIsLastYear(period),
    sparkline: cumulative(monthly, { from: addMonths(period.to, -11), to: period.to }).map(({ month, value: v }) => ({ month, value: v })),
  };
}

export interface CommunityProgress {
  community: Community;
  value: number | null;
  target: number | null;
  completion: number | null;
  paceRatio: number | null;
  pace: PaceStatus | null;
  /** In a closed year (pace.ts isClosedYear) 全年完成 / 未完成 replaces 序时进度; null otherwise. */
  yearVerdict: YearVerdict | null;
}

/**
 * Every community's completion of its prorated target, in the order of `communities` (rankings
 * and 需要关注 order them by their own rules).
 */
export function communityProgress(
  metric: Pick<Metric, 'id' | 'higherIsBetter'>,
  communities: readonly Community[],
  values: ReadonlyMap<string, number | null>,
  targets: TargetIndex,
  period: Period,
): CommunityProgress[] {
  const closedYear = isClosedYear(period);
  return communities.map((community) => {
    const value = values.get(community.id) ?? null;
    const target = periodTarget(targets, metric.id, period, community.id);
    const ratio = paceRatio(value, target, metric.higherIsBetter);
    const completion = completionRate(value, target);
    return { community, value, target, completion, paceRatio: ratio, pace: paceStatus(ratio), yearVerdict: closedYear ? yearVerdict(completion, metric.higherIsBetter) : null };
  });
}

/** Mean of the values present; communities without a value do not drag it down. */
export function meanOf(values: ReadonlyArray<number | null>): number | null {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  return present.length ? present.reduce((s, v) => s + v, 0) / present.length : null;
}

export interface CompletionStats {
  /** Mean completion over the communities that have one (未开通 and 无目标 left out). */
  average: number;
  best: CommunityProgress & { completion: number };
  worst: CommunityProgress & { completion: number };
  /** Communities behind 序时进度. */
  behind: number;
  /** Communities short of their target (pace ratio below 1): a closed year's 未完成 (pace.ts yearVerdict). */
  notDone: number;
  /** Communities with a completion. */
  count: number;
}

/** The figures a completion chart's sentence quotes; null when no community has a completion. */
export function completionStats(progress: readonly CommunityProgress[]): CompletionStats | null {
  const ranked = progress.filter((p): p is CommunityProgress & { completion: number } => p.completion !== null).sort((a, b) => b.completion - a.completion);
  if (ranked.length === 0) return null;
  return {
    average: meanOf(ranked.map((p) => p.completion)) as number,
    best: ranked[0],
    worst: ranked[ranked.length - 1],
    behind: ranked.filter((p) => isBehindPace(p.pace)).length,
    notDone: ranked.filter((p) => p.paceRatio !== null && p.paceRatio < 1).length,
    count: ranked.length,
  };
}

/**
 * 样本小: the prorated target is below the metric's catalogue `minTarget`, so a % says little
 * (one dispute on a target of 0.5 reads 200%, none reads 0%). Such a row ranks by count, is left
 * out of the 综合指数 and never leads 需要关注. A metric without `minTarget`, or a row without a
 * target, is never small.
 */
export function isSmallSample(metric: Pick<Metric, 'minTarget'>, target: number | null): boolean {
  return metric.minTarget !== undefined && target !== null && target < metric.minTarget;
}

export interface AttentionItem {
  metric: Metric;
  progress: CommunityProgress;
  /** The row's target is below the metric's `minTarget`: listed after every other lagging row. */
  smallSample: boolean;
}

/**
 * The 需要关注 order, written once: rows with a sample worth a % first, worst pace first; 样本小
 * rows after all of them (a 0% on a target of 1 is not the subdistrict's first concern).
 */
export function attentionOrder(a: AttentionItem, b: AttentionItem): number {
  if (a.smallSample !== b.smallSample) return a.smallSample ? 1 : -1;
  return (a.progress.paceRatio as number) - (b.progress.paceRatio as number);
}

/**
 * The community × metric pairs furthest behind pace, worst first (by `attentionOrder`). At most
 * `perMetric` pairs of one metric, so a metric with small counts cannot fill the whole list.
 */
/** Behind 序时进度; in a closed year, short of (or, for a ceiling, over) the year's target: 未完成. */
export function needsAttention(row: Pick<CommunityProgress, 'pace' | 'yearVerdict'>): boolean {
  return row.yearVerdict ? row.yearVerdict === 'notDone' : isBehindPace(row.pace);
}

export function attentionList(
  byMetric: ReadonlyArray<{ metric: Metric; rows: readonly CommunityProgress[] }>,
  limit = 10,
  perMetric = Number.POSITIVE_INFINITY,
): AttentionItem[] {
  return byMetric
    .flatMap(({ metric, rows }) =>
      rows
        .filter(needsAttention)
        .map((progress) => ({ metric, progress, smallSample: isSmallSample(metric, progress.target) }))
        .sort(attentionOrder)
        .slice(0, perMetric),
    )
    .sort(attentionOrder)
    .slice(0, limit);
}

// issue 24: the overview's one-line verdict.
export interface OverviewVerdict {
  /** Areas with a verdict (a value and a target). */
  total: number;
  /** Behind 序时进度 or, in a closed year, 未完成. */
  behind: number;
  /** The furthest behind (lowest pace ratio), with its gap in units; null when none is behind. */
  worst: { name: string; unit: string; gap: number } | null;
  closedYear: boolean;
}

/** "5 项中 4 项滞后，最落后：走访群众 差 140 户": over each area's lead metric. */
export function overviewVerdict(items: ReadonlyArray<{ name: string; unit: string; progress: MetricProgress }>): OverviewVerdict {
  const judged = items.filter((i) => i.progress.pace !== null);
  const closedYear = items.some((i) => i.progress.closedYear);
  const isBehind = (p: MetricProgress) => (p.closedYear ? p.yearVerdict === 'notDone' : isBehindPace(p.pace));
  const behind = judged.filter((i) => isBehind(i.progress)).sort((a, b) => (a.progress.paceRatio as number) - (b.progress.paceRatio as number));
  const worst = behind[0];
  return {
    total: judged.length,
    behind: behind.length,
    worst: worst ? { name: worst.name, unit: worst.unit, gap: worst.progress.gap ?? 0 } : null,
    closedYear,
  };
}
