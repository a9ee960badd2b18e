// The one adapter from bundle data to the figures the maths reads: the same answers as the maths called by hand.
import { describe, expect, it } from 'vitest';
import { communitiesProgress, communityFiguresOf, metricMonths, monthlyFiguresOf, progressOf, rankMetric } from '../../src/domain/figures';
import { monthlyValues } from '../../src/domain/monthly';
import { communityProgress, metricProgress } from '../../src/domain/progress';
import { valuesByCommunity } from '../../src/domain/series';
import { metricRanking } from '../../src/domain/standings';
import { indexTargets } from '../../src/domain/targets';
import type { Community, Metric, SeriesRow, Target } from '../../src/lib/api/contract';

const metric = { id: 'visits', higherIsBetter: true } as unknown as Metric;
const communities = [
  { id: 'a', name: '甲', services: [] },
  { id: 'b', name: '乙', services: [] },
] as unknown as Community[];
const period = { from: '2021-01', to: '2021-06' };
const communityRows = [
  { metricId: 'visits', communityId: 'a', value: 60 },
  { metricId: 'visits', communityId: 'b', value: 30 },
] as unknown as SeriesRow[];
const communityTargets = [
  { metricId: 'visits', year: 2021, communityId: 'a', value: 120 },
  { metricId: 'visits', year: 2021, communityId: 'b', value: 120 },
] as unknown as Target[];
const monthRows = [
  { metricId: 'visits', month: '2021-01', value: 10 },
  { metricId: 'visits', month: '2021-02', value: 20 },
] as unknown as SeriesRow[];
const subdistrictTargets = [{ metricId: 'visits', year: 2021, communityId: null, value: 240 }] as unknown as Target[];

const bundle = { input: { period }, communities: { communities }, series: { rows: communityRows }, targets: { targets: communityTargets } };

describe('figures from bundle data', () => {
  it('ranks a metric as metricRanking does, a over b', () => {
    const ranking = rankMetric(communityFiguresOf(bundle), metric);
    expect(ranking).toEqual(metricRanking(metric, communities, valuesByCommunity(communityRows, 'visits'), indexTargets(communityTargets), period));
    expect(ranking.ranked.map((s) => [s.community.id, s.rank])).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
  });

  it('gives every community’s progress as communityProgress does', () => {
    const progress = communitiesProgress(communityFiguresOf(bundle), metric);
    expect(progress).toEqual(communityProgress(metric, communities, valuesByCommunity(communityRows, 'visits'), indexTargets(communityTargets), period));
    expect(progress.map((p) => p.completion)).toEqual([1, 0.5]);
  });

  it('measures a metric’s monthly progress as metricProgress does', () => {
    const figures = monthlyFiguresOf({ series: { rows: monthRows }, targets: { targets: subdistrictTargets } });
    expect(metricMonths(figures, 'visits')).toEqual(monthlyValues(monthRows, 'visits'));
    const progress = progressOf(figures, metric, { from: '2021-01', to: '2021-02' });
    expect(progress).toEqual(metricProgress(metric, monthlyValues(monthRows, 'visits'), indexTargets(subdistrictTargets), { from: '2021-01', to: '2021-02' }));
    expect(progress.value).toBe(30);
    expect(progress.target).toBe(40);
  });
});
