// What the community panels show, from their community-figures bundles (each query's `select`,
// so a panel only lays figures out). The bundle says which metric and period it holds, so kept
// figures (while another metric or period loads) describe themselves.
import type { Metric, MetricId } from '../lib/api/contract';
import { communityMetrics } from './catalogue';
import { communitiesProgress, communityFiguresOf, rankMetric, type CommunityFiguresSource } from './figures';
import { isClosedYear } from './pace';
import type { Period } from './period';
import { attentionList, completionStats, type AttentionItem, type CompletionStats } from './progress';
import { rankingRows, type RankingRow } from './ranking-subject';
import { rankedByCount } from './standings';

/** A community-figures bundle with the metrics it was asked for. */
export type CommunitySource = CommunityFiguresSource & { input: { metricIds: readonly MetricId[] } };

export interface CompletionView {
  metric: Metric;
  period: Period;
  closedYear: boolean;
  /** Ranked by completion of each community's prorated target (or by count for 样本小), the unranked after. */
  rows: RankingRow[];
  stats: CompletionStats | null;
  /** Some row is 样本小: the metric ranks by count this period, and the bars show counts. */
  smallCounts: boolean;
}

/** Every community's completion on the bundle's (first) metric, ranked; null when the catalogue does not know it. */
export function completionView(data: CommunitySource, metrics: readonly Metric[]): CompletionView | null {
  const metric = metrics.find((m) => m.id === data.input.metricIds[0]);
  if (!metric) return null;
  const rows = rankingRows(rankMetric(communityFiguresOf(data), metric));
  const { period } = data.input;
  return { metric, period, closedYear: isClosedYear(period), rows, stats: completionStats(rows), smallCounts: rankedByCount(rows) };
}

export interface AttentionView {
  closedYear: boolean;
  /** The pairs furthest behind, worst first. */
  items: AttentionItem[];
  /** Whether any community has any figure (nobody behind is good news only then). */
  anyFigure: boolean;
}

/** 需要关注: at most `limit` community × metric pairs behind pace, `perMetric` of one metric, over every per-community metric. */
export function attentionView(data: CommunityFiguresSource, metrics: readonly Metric[], limit = 8, perMetric = 2): AttentionView {
  const all = communityFiguresOf(data);
  const byMetric = communityMetrics(metrics).map((metric) => ({ metric, rows: communitiesProgress(all, metric) }));
  return {
    closedYear: isClosedYear(data.input.period),
    items: attentionList(byMetric, limit, perMetric),
    anyFigure: byMetric.some((m) => m.rows.some((r) => r.value !== null)),
  };
}
