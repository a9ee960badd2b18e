// What a community's home shows, from its bundles (each query's `select`): its standing over the
// 红黑榜 record's periods, and one metric's monthly completion against the subdistrict.
import type { Community, Metric, MetricId, SeriesRow, Target } from '../lib/api/contract';
import { communityHome, completionTrend, type CommunityHome, type CompletionTrendRow } from './community-home';
import { metricMonths, monthlyFiguresOf } from './figures';
import type { Period } from './period';

export interface HomeView {
  home: CommunityHome;
  /** The period the standing is for (the record's last). */
  period: Period;
}

/** The community's standing on every per-community metric and the index; null when the community or the periods are missing. */
export function homeView(
  data: { input: { periods: readonly Period[] }; communities: { communities: readonly Community[] }; targets: { targets: readonly Target[] }; periods: ReadonlyArray<{ rows: readonly SeriesRow[] }> },
  metrics: readonly Metric[],
  communityId: string,
): HomeView | null {
  const { periods } = data.input;
  const home = communityHome(
    communityId,
    metrics,
    data.communities.communities,
    data.targets.targets,
    data.periods.map((series, i) => ({ period: periods[i], rows: series.rows })),
  );
  return home && { home, period: periods[periods.length - 1] };
}

export interface CompletionTrendView {
  metric: Metric;
  /** The months asked for (the chart starts at its first row). */
  window: Period;
  rows: CompletionTrendRow[];
}

/** The bundle's metric month by month: the community's 序时完成率 beside the subdistrict's; null when the catalogue does not know it. */
export function completionTrendView(
  data: { input: { metricId: MetricId; window: Period }; own: { rows: readonly SeriesRow[] }; subdistrict: { rows: readonly SeriesRow[] }; targets: { targets: readonly Target[] } },
  metrics: readonly Metric[],
  communityId: string,
): CompletionTrendView | null {
  const metric = metrics.find((m) => m.id === data.input.metricId);
  if (!metric) return null;
  const own = monthlyFiguresOf({ series: data.own, targets: data.targets });
  const subdistrict = metricMonths(monthlyFiguresOf({ series: data.subdistrict, targets: data.targets }), metric.id);
  const rows = completionTrend(metric.id, communityId, metricMonths(own, metric.id), subdistrict, own.targets, data.input.window);
  return { metric, window: data.input.window, rows };
}
