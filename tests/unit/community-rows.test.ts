import { describe, expect, it } from 'vitest';
import { indexTargets } from '../../src/domain/targets';
import type { Community } from '../../src/lib/api/contract';
import { communityMetricRows, hasCommunityData } from '../../src/domain/community-rows';
import { coversPeriod, yearsOf } from '../../src/domain/period';

const community = (id: string, name: string): Community => ({ id, name, households: 1000, services: ['visits'], tile: { row: 0, col: 0 } });
const communities = [community('xiuhu', '绣湖社区'), community('binwang', '宾王社区'), community('cilin', '词林社区'), community('ximen', '西门社区')];
const targets = indexTargets([
  { metricId: 'visits', year: 2020, communityId: 'xiuhu', value: 240 },
  { metricId: 'visits', year: 2020, communityId: 'binwang', value: 120 },
  { metricId: 'visits', year: 2020, communityId: 'cilin', value: 200 },
  { metricId: 'visits', year: 2020, communityId: null, value: 9999 },
]);
const period = { from: '2020-01', to: '2020-06' };
const metric = { id: 'visits', higherIsBetter: true } as const;

describe('communityMetricRows', () => {
  const rows = communityMetricRows({
    metric,
    communities,
    values: new Map([
      ['xiuhu', 100],
      ['binwang', 100],
      ['cilin', 130],
      ['ximen', null],
    ]),
    lastYearValues: new Map([
      ['xiuhu', 80],
      ['binwang', 0],
      ['cilin', 130],
      ['ximen', null],
    ]),
    targets,
    period,
  });

  it('lists communities in rank order, ties sharing a rank, 未开通 last without a rank', () => {
    expect(rows.map((r) => [r.community.id, r.rank])).toEqual([
      ['cilin', 1],
      ['xiuhu', 2],
      ['binwang', 2],
      ['ximen', null],
    ]);
  });

  it('prorates each community’s own target and derives completion and 序时进度', () => {
    const byId = new Map(rows.map((r) => [r.community.id, r]));
    expect(byId.get('xiuhu')).toMatchObject({ value: 100, target: 120, pace: 'behind' });
    expect(byId.get('xiuhu')?.completion).toBeCloseTo(100 / 120);
    expect(byId.get('binwang')).toMatchObject({ target: 60, completion: 100 / 60, pace: 'ahead' });
    expect(byId.get('cilin')).toMatchObject({ target: 100, completion: 1.3, pace: 'ahead' });
    expect(byId.get('ximen')).toMatchObject({ value: null, target: null, completion: null, paceRatio: null, pace: null });
  });

  it('compares with the same period last year', () => {
    const byId = new Map(rows.map((r) => [r.community.id, r.vsLastYear]));
    expect(byId.get('xiuhu')).toEqual({ absolute: 20, relative: 0.25 });
    expect(byId.get('binwang')).toEqual({ absolute: 100, relative: null });
    expect(byId.get('cilin')).toEqual({ absolute: 0, relative: 0 });
    expect(byId.get('ximen')).toBeNull();
  });

  it('has no 同比 when last year is not available', () => {
    const without = communityMetricRows({ metric, communities, values: new Map([['xiuhu', 5]]), lastYearValues: null, targets, period });
    expect(without.every((r) => r.vsLastYear === null)).toBe(true);
  });

  it('ranks lower-is-better metrics with the smallest value first', () => {
    const lower = communityMetricRows({ metric: { id: 'visits', higherIsBetter: false }, communities, values: new Map([['xiuhu', 3], ['binwang', 1]]), lastYearValues: null, targets, period });
    expect(lower.slice(0, 2).map((r) => [r.community.id, r.rank])).toEqual([
      ['binwang', 1],
      ['xiuhu', 2],
    ]);
  });

  it('says whether any community has a value', () => {
    expect(hasCommunityData(rows)).toBe(true);
    expect(hasCommunityData(communityMetricRows({ metric, communities, values: new Map(), lastYearValues: null, targets, period }))).toBe(false);
  });
});

describe('period helpers', () => {
  it('lists the years a period touches', () => {
    expect(yearsOf({ from: '2020-11', to: '2021-02' })).toEqual([2020, 2021]);
    expect(yearsOf({ from: '2020-01', to: '2020-12' })).toEqual([2020]);
  });

  it('says whether the data covers a period entirely', () => {
    const range = { firstMonth: '2019-01', latestMonth: '2021-06' };
    expect(coversPeriod(range, { from: '2019-01', to: '2019-12' })).toBe(true);
    expect(coversPeriod(range, { from: '2018-12', to: '2019-06' })).toBe(false);
    expect(coversPeriod(range, { from: '2021-01', to: '2021-07' })).toBe(false);
  });
});
