import { describe, expect, it } from 'vitest';
import { delta, deltaTone, previousPeriod, samePeriodLastYear } from '../../src/domain/deltas';
import { coveringPeriod, cumulative, monthlyValues, periodTotals, sumPeriod } from '../../src/domain/monthly';
import type { SeriesRow } from '../../src/lib/api/contract';

describe('previousPeriod (环比)', () => {
  it('is the period of the same length just before', () => {
    expect(previousPeriod({ from: '2021-04', to: '2021-06' })).toEqual({ from: '2021-01', to: '2021-03' });
    expect(previousPeriod({ from: '2021-07', to: '2021-12' })).toEqual({ from: '2021-01', to: '2021-06' });
  });

  it('crosses a year boundary', () => {
    expect(previousPeriod({ from: '2021-01', to: '2021-03' })).toEqual({ from: '2020-10', to: '2020-12' });
    expect(previousPeriod({ from: '2021-01', to: '2021-12' })).toEqual({ from: '2020-01', to: '2020-12' });
    expect(previousPeriod({ from: '2020-11', to: '2021-02' })).toEqual({ from: '2020-07', to: '2020-10' });
  });

  it('is the month before for a single month', () => {
    expect(previousPeriod({ from: '2021-03', to: '2021-03' })).toEqual({ from: '2021-02', to: '2021-02' });
    expect(previousPeriod({ from: '2021-01', to: '2021-01' })).toEqual({ from: '2020-12', to: '2020-12' });
  });
});

describe('samePeriodLastYear (同比)', () => {
  it('is the same months one year earlier', () => {
    expect(samePeriodLastYear({ from: '2021-01', to: '2021-06' })).toEqual({ from: '2020-01', to: '2020-06' });
    expect(samePeriodLastYear({ from: '2021-03', to: '2021-03' })).toEqual({ from: '2020-03', to: '2020-03' });
    expect(samePeriodLastYear({ from: '2020-11', to: '2021-02' })).toEqual({ from: '2019-11', to: '2020-02' });
  });
});

describe('delta', () => {
  it('gives the absolute and relative change', () => {
    expect(delta(120, 100)).toEqual({ absolute: 20, relative: 0.2 });
    expect(delta(75, 100)).toEqual({ absolute: -25, relative: -0.25 });
    expect(delta(100, 100)).toEqual({ absolute: 0, relative: 0 });
    expect(delta(0, 50)).toEqual({ absolute: -50, relative: -1 });
  });

  it('has a null relative change from a zero base', () => {
    expect(delta(30, 0)).toEqual({ absolute: 30, relative: null });
    expect(delta(0, 0)).toEqual({ absolute: 0, relative: null });
  });

  it('is null when either side is missing', () => {
    expect(delta(null, 100)).toBeNull();
    expect(delta(100, null)).toBeNull();
    expect(delta(null, null)).toBeNull();
  });
});

describe('deltaTone', () => {
  it('higher is better: a rise is good, a fall bad', () => {
    expect(deltaTone({ absolute: 20, relative: 0.2 }, true)).toBe('good');
    expect(deltaTone({ absolute: -20, relative: -0.2 }, true)).toBe('bad');
  });

  it('lower is better: a fall is good, a rise bad', () => {
    expect(deltaTone({ absolute: -20, relative: -0.2 }, false)).toBe('good');
    expect(deltaTone({ absolute: 20, relative: 0.2 }, false)).toBe('bad');
  });

  it('uses the absolute change even when the relative one is null', () => {
    expect(deltaTone({ absolute: 5, relative: null }, true)).toBe('good');
    expect(deltaTone({ absolute: 5, relative: null }, false)).toBe('bad');
  });

  it('is neutral for no change or no delta', () => {
    expect(deltaTone({ absolute: 0, relative: 0 }, true)).toBe('neutral');
    expect(deltaTone({ absolute: 0, relative: 0 }, false)).toBe('neutral');
    expect(deltaTone({ absolute: 0, relative: null }, true)).toBe('neutral');
    expect(deltaTone(null, true)).toBe('neutral');
    expect(deltaTone(null, false)).toBe('neutral');
  });
});

describe('monthlyValues', () => {
  const rows: SeriesRow[] = [
    { metricId: 'visits', month: '2021-01', value: 10 },
    { metricId: 'visits', month: '2021-02', value: null },
    { metricId: 'visits', month: '2021-03', value: 30 },
    // Another metric: ignored.
    { metricId: 'matters_collected', month: '2021-01', value: 999 },
    // Per-community rows (even a null communityId): ignored.
    { metricId: 'visits', month: '2021-01', communityId: 'dongmen', value: 500 },
    { metricId: 'visits', month: '2021-04', communityId: null, value: 700 },
    // No month: ignored.
    { metricId: 'visits', value: 12345 },
  ];

  it('maps month to value for the metric, keeping null values', () => {
    const map = monthlyValues(rows, 'visits');
    expect([...map.entries()]).toEqual([
      ['2021-01', 10],
      ['2021-02', null],
      ['2021-03', 30],
    ]);
    expect(map.has('2021-02')).toBe(true);
  });

  it('ignores rows with a communityId or without a month', () => {
    const map = monthlyValues(rows, 'visits');
    expect(map.get('2021-01')).toBe(10);
    expect(map.has('2021-04')).toBe(false);
    expect(map.size).toBe(3);
  });

  it('is empty for a metric with no rows', () => {
    expect(monthlyValues(rows, 'parking_spaces').size).toBe(0);
  });
});

describe('sumPeriod', () => {
  const monthly = new Map<string, number | null>([
    ['2020-12', 5],
    ['2021-01', 10],
    ['2021-02', null],
    ['2021-03', 30],
    ['2021-04', 40],
    ['2021-05', null],
    ['2021-06', null],
  ]);

  it('sums the months of the period', () => {
    expect(sumPeriod(monthly, { from: '2021-03', to: '2021-04' })).toBe(70);
    expect(sumPeriod(monthly, { from: '2021-04', to: '2021-04' })).toBe(40);
    expect(sumPeriod(monthly, { from: '2020-12', to: '2021-01' })).toBe(15);
  });

  it('skips null months inside the period', () => {
    expect(sumPeriod(monthly, { from: '2021-01', to: '2021-04' })).toBe(80);
    expect(sumPeriod(monthly, { from: '2021-04', to: '2021-06' })).toBe(40);
  });

  it('is null when every month is null', () => {
    expect(sumPeriod(monthly, { from: '2021-05', to: '2021-06' })).toBeNull();
    expect(sumPeriod(monthly, { from: '2021-02', to: '2021-02' })).toBeNull();
  });

  it('is null when a month of the period is missing from the data (a partial sum would understate)', () => {
    expect(sumPeriod(monthly, { from: '2021-04', to: '2021-07' })).toBeNull();
    expect(sumPeriod(monthly, { from: '2020-11', to: '2021-01' })).toBeNull();
    expect(sumPeriod(new Map(), { from: '2021-01', to: '2021-01' })).toBeNull();
  });

  it('keeps a zero total as 0, not null', () => {
    expect(sumPeriod(new Map([['2021-01', 0]]), { from: '2021-01', to: '2021-01' })).toBe(0);
  });
});

describe('cumulative', () => {
  const monthly = new Map<string, number | null>([
    ['2021-01', 10],
    ['2021-02', null],
    ['2021-03', 30],
  ]);

  it('gives each month with its value and the running total', () => {
    expect(cumulative(monthly, { from: '2021-01', to: '2021-03' })).toEqual([
      { month: '2021-01', value: 10, cumulative: 10 },
      { month: '2021-02', value: null, cumulative: 10 },
      { month: '2021-03', value: 30, cumulative: 40 },
    ]);
  });

  it('has a null running total until the first value and for months outside the data', () => {
    const m = new Map<string, number | null>([
      ['2021-01', null],
      ['2021-02', 4],
    ]);
    expect(cumulative(m, { from: '2020-12', to: '2021-03' })).toEqual([
      { month: '2020-12', value: null, cumulative: null },
      { month: '2021-01', value: null, cumulative: null },
      { month: '2021-02', value: 4, cumulative: 4 },
      { month: '2021-03', value: null, cumulative: null },
    ]);
  });
});

describe('coveringPeriod', () => {
  it('spans from the earliest start to the latest end', () => {
    expect(
      coveringPeriod([
        { from: '2021-01', to: '2021-06' },
        { from: '2020-07', to: '2020-12' },
        { from: '2020-01', to: '2020-06' },
      ]),
    ).toEqual({ from: '2020-01', to: '2021-06' });
  });

  it('handles overlapping periods and a single period', () => {
    expect(
      coveringPeriod([
        { from: '2020-11', to: '2021-02' },
        { from: '2021-01', to: '2021-03' },
        { from: '2020-12', to: '2020-12' },
      ]),
    ).toEqual({ from: '2020-11', to: '2021-03' });
    expect(coveringPeriod([{ from: '2021-03', to: '2021-05' }])).toEqual({ from: '2021-03', to: '2021-05' });
  });
});

describe('periodTotals', () => {
  it('sums each metric over the period from monthly rows, null where a month is missing', () => {
    const rows = [
      { metricId: 'problems_solved' as const, month: '2020-01', value: 3 },
      { metricId: 'problems_solved' as const, month: '2020-02', value: 4 },
      { metricId: 'matters_collected' as const, month: '2020-01', value: 10 },
      { metricId: 'matters_collected' as const, month: '2020-02', value: 5 },
      { metricId: 'visits' as const, month: '2020-02', value: 7 },
    ];
    const totals = periodTotals(rows, { from: '2020-01', to: '2020-02' });
    expect(totals.get('problems_solved')).toBe(7);
    expect(totals.get('matters_collected')).toBe(15);
    expect(totals.get('visits')).toBeNull();
    expect(totals.has('centre_cases')).toBe(false);
  });
});
