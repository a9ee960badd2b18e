import { describe, expect, it } from 'vitest';
import { indexTargets } from '../../src/domain/targets';
import { metricTrendRows } from '../../src/features/metrics/api';

const targets = indexTargets([
  { metricId: 'visits', year: 2020, communityId: null, value: 1200 },
  { metricId: 'visits', year: 2021, communityId: null, value: 2400 },
  { metricId: 'visits', year: 2020, communityId: 'xiuhu', value: 99 },
  { metricId: 'parking_spaces', year: 2020, communityId: null, value: 600 },
]);

describe('metricTrendRows', () => {
  it('gives each month its value, last year’s same month and the monthly target', () => {
    const monthly = new Map<string, number | null>([
      ['2019-01', 80],
      ['2019-02', 40],
      ['2019-03', 90],
      ['2020-01', 100],
      ['2020-02', 55],
      ['2020-03', 120],
    ]);
    expect(metricTrendRows(monthly, targets, 'visits', { from: '2020-01', to: '2020-03' })).toEqual([
      { month: '2020-01', lastYearMonth: '2019-01', label: '1月', value: 100, lastYear: 80, target: 100 },
      { month: '2020-02', lastYearMonth: '2019-02', label: '2月', value: 55, lastYear: 40, target: 100 },
      { month: '2020-03', lastYearMonth: '2019-03', label: '3月', value: 120, lastYear: 90, target: 100 },
    ]);
  });

  it('takes each month’s target from its own year and labels months with the year across a year boundary', () => {
    const monthly = new Map<string, number | null>([
      ['2020-12', 130],
      ['2021-01', 140],
    ]);
    const rows = metricTrendRows(monthly, targets, 'visits', { from: '2020-12', to: '2021-01' });
    expect(rows.map((r) => [r.label, r.target])).toEqual([
      ['2020年12月', 100],
      ['2021年1月', 200],
    ]);
  });

  it('keeps missing values and targets as null, never zero', () => {
    const monthly = new Map<string, number | null>([
      ['2021-05', null],
      ['2021-06', 0],
    ]);
    const rows = metricTrendRows(monthly, targets, 'parking_spaces', { from: '2021-05', to: '2021-06' });
    expect(rows).toEqual([
      { month: '2021-05', lastYearMonth: '2020-05', label: '5月', value: null, lastYear: null, target: null },
      { month: '2021-06', lastYearMonth: '2020-06', label: '6月', value: 0, lastYear: null, target: null },
    ]);
  });

  it('uses the subdistrict target, not a community’s', () => {
    const rows = metricTrendRows(new Map(), indexTargets([{ metricId: 'visits', year: 2020, communityId: 'xiuhu', value: 99 }]), 'visits', { from: '2020-01', to: '2020-01' });
    expect(rows[0].target).toBeNull();
  });
});
