// Bundle data → the figures the maths reads, in one place: every page ranks a metric and
// measures its progress through these, so no two callers build the same arguments apart.
import type { Community, Metric, SeriesRow, Target } from '../lib/api/contract';
import { monthlyValues } from './monthly';
import type { Period } from './period';
import { communityProgress, metricProgress, type CommunityProgress, type MetricProgress } from './progress';
import { valuesByCommunity } from './series';
import { metricRanking, type Ranking, type RankingBasis } from './standings';
import { indexTargets, type TargetIndex } from './targets';

/** Every community's values over one period (a `groupBy=community` series) with their targets. */
export interface CommunityFigures {
  period: Period;
  communities: readonly Community[];
  rows: readonly SeriesRow[];
  targets: TargetIndex;
}

/** Subdistrict (or one community's) monthly values (a `groupBy=month` series) with their targets. */
export interface MonthlyFigures {
  rows: readonly SeriesRow[];
  targets: TargetIndex;
}

/** What a community-figures bundle holds (lib/api/queries.ts communityFiguresOptions). */
export interface CommunityFiguresSource {
  input: { period: Period };
  communities: { communities: readonly Community[] };
  series: { rows: readonly SeriesRow[] };
  targets: { targets: readonly Target[] };
}

/** What a monthly bundle holds: a series and its targets. */
export interface MonthlyFiguresSource {
  series: { rows: readonly SeriesRow[] };
  targets: { targets: readonly Target[] };
}

export function communityFigures(period: Period, communities: readonly Community[], rows: readonly SeriesRow[], targets: readonly Target[] | TargetIndex): CommunityFigures {
  return { period, communities, rows, targets: 'year' in targets ? targets : indexTargets(targets) };
}

export function communityFiguresOf(data: CommunityFiguresSource): CommunityFigures {
  return communityFigures(data.input.period, data.communities.communities, data.series.rows, data.targets.targets);
}

export function monthlyFigures(rows: readonly SeriesRow[], targets: readonly Target[]): MonthlyFigures {
  return { rows, targets: indexTargets(targets) };
}

export function monthlyFiguresOf(data: MonthlyFiguresSource): MonthlyFigures {
  return monthlyFigures(data.series.rows, data.targets.targets);
}

/** Every community's standing on `metric` (domain/standings.ts metricRanking). */
export function rankMetric(figures: CommunityFigures, metric: Pick<Metric, 'id' | 'higherIsBetter' | 'service' | 'minTarget'>, basis?: RankingBasis): Ranking {
  return metricRanking(metric, figures.communities, valuesByCommunity(figures.rows, metric.id), figures.targets, figures.period, basis);
}

/** Every community's progress on `metric`, unranked. */
export function communitiesProgress(figures: CommunityFigures, metric: Pick<Metric, 'id' | 'higherIsBetter'>): CommunityProgress[] {
  return communityProgress(metric, figures.communities, valuesByCommunity(figures.rows, metric.id), figures.targets, figures.period);
}

/** The month-by-month values of one metric. */
export function metricMonths(figures: MonthlyFigures, metricId: string): Map<string, number | null> {
  return monthlyValues(figures.rows, metricId);
}

/** A metric's progress over `period` against the targets (domain/progress.ts metricProgress). */
export function progressOf(figures: MonthlyFigures, metric: Pick<Metric, 'id' | 'higherIsBetter'>, period: Period, communityId: string | null = null): MetricProgress {
  return metricProgress(metric, metricMonths(figures, metric.id), figures.targets, period, communityId);
}
