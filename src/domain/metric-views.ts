// What the metric page shows, from its two bundles (each query's `select`): the subdistrict's
// months (summary and trend) and every community's figures with last year's values (同比).
import type { Metric, MetricId, SeriesRow } from '../lib/api/contract';
import { communityFiguresOf, metricMonths, monthlyFiguresOf, progressOf, rankMetric, type CommunityFiguresSource, type MonthlyFiguresSource } from './figures';
import { isClosedYear } from './pace';
import type { Period } from './period';
import type { MetricProgress } from './progress';
import { rankingRows, type RankingRow } from './ranking-subject';
import { valuesByCommunity } from './series';
import type { TargetIndex } from './targets';

export interface MetricMonthlyView {
  metric: Metric;
  period: Period;
  monthly: Map<string, number | null>;
  targets: TargetIndex;
  progress: MetricProgress;
}

/** The bundle's metric over the period it was asked for (a kept bundle may be the previous metric's); null when the catalogue does not know it. */
export function metricMonthlyView(data: MonthlyFiguresSource & { input: { metricIds: readonly MetricId[]; period: Period } }, metrics: readonly Metric[]): MetricMonthlyView | null {
  const metric = metrics.find((m) => m.id === data.input.metricIds[0]);
  if (!metric) return null;
  const { period } = data.input;
  const figures = monthlyFiguresOf(data);
  return { metric, period, monthly: metricMonths(figures, metric.id), targets: figures.targets, progress: progressOf(figures, metric, period) };
}

export interface MetricCommunitiesView {
  metric: Metric;
  period: Period;
  closedYear: boolean;
  /** Ranked by completion, with 同比 where last year's values are in. */
  rows: RankingRow[];
}

/** Every community on the bundle's metric, ranked, with 同比 from last year's values when the data covers them. */
export function metricCommunitiesView(
  data: CommunityFiguresSource & { input: { metricId: MetricId }; lastYear: { rows: readonly SeriesRow[] } | null },
  metrics: readonly Metric[],
): MetricCommunitiesView | null {
  const metric = metrics.find((m) => m.id === data.input.metricId);
  if (!metric) return null;
  const rows = rankingRows(rankMetric(communityFiguresOf(data), metric), { lastYear: data.lastYear ? valuesByCommunity(data.lastYear.rows, metric.id) : null });
  return { metric, period: data.input.period, closedYear: isClosedYear(data.input.period), rows };
}
