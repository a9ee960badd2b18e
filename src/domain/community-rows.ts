// Rows of the metric page's per-community table: value, prorated target, completion, 序时进度,
// rank and 同比 for every community, in rank order.
import { delta, type Delta } from './deltas';
import type { Period } from './period';
import { communityProgress, type CommunityProgress } from './progress';
import { rankWithTies } from './ranking';
import type { TargetIndex } from './targets';
import type { Community, Metric } from '../lib/api/contract';

/** A community's progress (value null: 未开通) plus its rank and 同比. */
export interface CommunityMetricRow extends CommunityProgress {
  /** Competition rank by value ("1, 2, 2, 4"); null without a value, never 0. */
  rank: number | null;
  /** 同比: against the same period last year; null when either value is missing. */
  vsLastYear: Delta | null;
}

export interface CommunityRowsInput {
  metric: Pick<Metric, 'id' | 'higherIsBetter'>;
  communities: readonly Community[];
  values: ReadonlyMap<string, number | null>;
  /** Values for the same period last year; null when that period is not (fully) in the data. */
  lastYearValues: ReadonlyMap<string, number | null> | null;
  targets: TargetIndex;
  period: Period;
}

export function communityMetricRows({ metric, communities, values, lastYearValues, targets, period }: CommunityRowsInput): CommunityMetricRow[] {
  const progress = new Map(communityProgress(metric, communities, values, targets, period).map((p) => [p.community.id, p]));
  return rankWithTies(communities, (c) => values.get(c.id) ?? null, metric.higherIsBetter).map(({ item: community, value, rank }) => {
    const p = progress.get(community.id);
    return {
      community,
      value,
      target: p?.target ?? null,
      completion: p?.completion ?? null,
      paceRatio: p?.paceRatio ?? null,
      pace: p?.pace ?? null,
      rank,
      vsLastYear: lastYearValues ? delta(value, lastYearValues.get(community.id) ?? null) : null,
    };
  });
}

/** Whether any community has a value: without one, the period has no data for the table. */
export function hasCommunityData(rows: readonly CommunityMetricRow[]): boolean {
  return rows.some((r) => r.value !== null);
}
