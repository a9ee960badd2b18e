import { describe, expect, it } from 'vitest';
import { PACE_THRESHOLDS, completionRate, isBehindPace, noPaceReason, paceRatio, paceStatus } from '../../src/domain/pace';
import { cumulativeTargetLine, elapsedShareOfYear, indexTargets, monthsPerYear, periodTarget } from '../../src/domain/targets';
import type { Target } from '../../src/lib/api/contract';

const targets: Target[] = [
  { metricId: 'visits', year: 2020, communityId: null, value: 2400 },
  { metricId: 'visits', year: 2021, communityId: null, value: 1200 },
  { metricId: 'visits', year: 2021, communityId: 'dongmen', value: 120 },
  { metricId: 'visits', year: 2020, communityId: 'dongmen', value: 360 },
  { metricId: 'problems_solved', year: 2021, communityId: null, value: 0 },
  // Only 2021 for this metric: a period reaching into 2020 has no target.
  { metricId: 'centre_cases', year: 2021, communityId: null, value: 600 },
];
const index = indexTargets(targets);

describe('indexTargets', () => {
  it('looks up a yearly target by metric, year and community', () => {
    expect(index.year('visits', 2021, null)).toBe(1200);
    expect(index.year('visits', 2020, null)).toBe(2400);
    expect(index.year('visits', 2021, 'dongmen')).toBe(120);
    expect(index.year('visits', 2020, 'dongmen')).toBe(360);
  });

  it('keeps the subdistrict (null) and community targets apart', () => {
    expect(index.year('visits', 2021, null)).not.toBe(index.year('visits', 2021, 'dongmen'));
    expect(index.year('centre_cases', 2021, 'dongmen')).toBeNull();
  });

  it('returns null for an unknown metric, year or community', () => {
    expect(index.year('parking_spaces', 2021, null)).toBeNull();
    expect(index.year('visits', 2019, null)).toBeNull();
    expect(index.year('visits', 2021, 'xiguan')).toBeNull();
  });

  it('returns a zero target as 0, not null', () => {
    expect(index.year('problems_solved', 2021, null)).toBe(0);
  });

  it('is empty for no targets', () => {
    expect(indexTargets([]).year('visits', 2021, null)).toBeNull();
  });
});

describe('monthsPerYear', () => {
  it('single year', () => {
    expect(monthsPerYear({ from: '2021-01', to: '2021-06' })).toEqual([{ year: 2021, months: 6 }]);
    expect(monthsPerYear({ from: '2021-03', to: '2021-03' })).toEqual([{ year: 2021, months: 1 }]);
    expect(monthsPerYear({ from: '2021-01', to: '2021-12' })).toEqual([{ year: 2021, months: 12 }]);
  });

  it('across a year boundary', () => {
    expect(monthsPerYear({ from: '2020-11', to: '2021-02' })).toEqual([
      { year: 2020, months: 2 },
      { year: 2021, months: 2 },
    ]);
  });

  it('across three years', () => {
    expect(monthsPerYear({ from: '2019-11', to: '2021-02' })).toEqual([
      { year: 2019, months: 2 },
      { year: 2020, months: 12 },
      { year: 2021, months: 2 },
    ]);
  });
});

describe('periodTarget', () => {
  it('prorates the yearly target by month: 1200 a year → 600 for January to June', () => {
    expect(periodTarget(index, 'visits', { from: '2021-01', to: '2021-06' })).toBe(600);
    expect(periodTarget(index, 'visits', { from: '2021-03', to: '2021-03' })).toBe(100);
    expect(periodTarget(index, 'visits', { from: '2021-01', to: '2021-12' })).toBe(1200);
  });

  it("takes each year's share of a period across a year boundary", () => {
    // 2020-11..12: 2400 × 2/12 = 400; 2021-01..02: 1200 × 2/12 = 200.
    expect(periodTarget(index, 'visits', { from: '2020-11', to: '2021-02' })).toBe(600);
  });

  it('is null when a year the period touches has no target', () => {
    expect(periodTarget(index, 'centre_cases', { from: '2020-12', to: '2021-01' })).toBeNull();
    expect(periodTarget(index, 'visits', { from: '2019-12', to: '2020-01' })).toBeNull();
    expect(periodTarget(index, 'parking_spaces', { from: '2021-01', to: '2021-06' })).toBeNull();
  });

  it('uses the subdistrict target by default and the community target when given', () => {
    expect(periodTarget(index, 'visits', { from: '2021-01', to: '2021-03' })).toBe(300);
    expect(periodTarget(index, 'visits', { from: '2021-01', to: '2021-03' }, null)).toBe(300);
    // 120 × 3/12 = 30
    expect(periodTarget(index, 'visits', { from: '2021-01', to: '2021-03' }, 'dongmen')).toBe(30);
    // 360 × 1/12 + 120 × 2/12 = 30 + 20
    expect(periodTarget(index, 'visits', { from: '2020-12', to: '2021-02' }, 'dongmen')).toBeCloseTo(50, 10);
    expect(periodTarget(index, 'visits', { from: '2021-01', to: '2021-03' }, 'xiguan')).toBeNull();
  });

  it('gives 0 for a zero target', () => {
    expect(periodTarget(index, 'problems_solved', { from: '2021-01', to: '2021-06' })).toBe(0);
  });
});

describe('elapsedShareOfYear', () => {
  it('is the share of the year elapsed at the end of the month', () => {
    expect(elapsedShareOfYear('2021-01')).toBeCloseTo(1 / 12, 12);
    expect(elapsedShareOfYear('2021-03')).toBe(0.25);
    expect(elapsedShareOfYear('2021-06')).toBe(0.5);
    expect(elapsedShareOfYear('2020-12')).toBe(1);
  });
});

describe('cumulativeTargetLine', () => {
  it('gives twelve months with yearly × m / 12', () => {
    const line = cumulativeTargetLine(1200, 2021);
    expect(line).toHaveLength(12);
    expect(line[0]).toEqual({ month: '2021-01', target: 100 });
    expect(line[5]).toEqual({ month: '2021-06', target: 600 });
    expect(line[8]).toEqual({ month: '2021-09', target: 900 });
    expect(line[11]).toEqual({ month: '2021-12', target: 1200 });
    expect(line.map((p) => p.month)).toEqual([
      '2021-01', '2021-02', '2021-03', '2021-04', '2021-05', '2021-06',
      '2021-07', '2021-08', '2021-09', '2021-10', '2021-11', '2021-12',
    ]);
    expect(line.map((p) => p.target)).toEqual([100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1100, 1200]);
  });

  it('is flat at zero for a zero target', () => {
    expect(cumulativeTargetLine(0, 2020).every((p) => p.target === 0)).toBe(true);
  });
});

describe('completionRate', () => {
  it('is value ÷ target', () => {
    expect(completionRate(300, 600)).toBe(0.5);
    expect(completionRate(900, 600)).toBe(1.5);
    expect(completionRate(0, 600)).toBe(0);
  });

  it('is null without a value, without a target or with a zero target', () => {
    expect(completionRate(null, 600)).toBeNull();
    expect(completionRate(300, null)).toBeNull();
    expect(completionRate(300, 0)).toBeNull();
    expect(completionRate(null, null)).toBeNull();
  });
});

describe('paceRatio', () => {
  it('higher is better: completion of the prorated target', () => {
    expect(paceRatio(450, 600, true)).toBe(0.75);
    expect(paceRatio(660, 600, true)).toBeCloseTo(1.1, 12);
    expect(paceRatio(0, 600, true)).toBe(0);
  });

  it('lower is better: target ÷ value, so staying under the ceiling is ahead', () => {
    expect(paceRatio(50, 100, false)).toBe(2);
    expect(paceRatio(125, 100, false)).toBeCloseTo(0.8, 12);
    expect(paceRatio(100, 100, false)).toBe(1);
  });

  it('lower is better with a value of 0 is Infinity', () => {
    expect(paceRatio(0, 100, false)).toBe(Number.POSITIVE_INFINITY);
  });

  it('is null without a value or a positive target', () => {
    expect(paceRatio(null, 600, true)).toBeNull();
    expect(paceRatio(300, null, true)).toBeNull();
    expect(paceRatio(300, 0, true)).toBeNull();
    expect(paceRatio(null, 100, false)).toBeNull();
    expect(paceRatio(50, 0, false)).toBeNull();
  });
});

describe('paceStatus', () => {
  it('quotes the documented thresholds', () => {
    expect(PACE_THRESHOLDS).toEqual({ ahead: 1.1, onTrack: 0.95, behind: 0.8 });
  });

  it('classifies at and around each boundary', () => {
    expect(paceStatus(2)).toBe('ahead');
    expect(paceStatus(1.1)).toBe('ahead');
    expect(paceStatus(1.0999)).toBe('onTrack');
    expect(paceStatus(1)).toBe('onTrack');
    expect(paceStatus(0.95)).toBe('onTrack');
    expect(paceStatus(0.9499)).toBe('behind');
    expect(paceStatus(0.8)).toBe('behind');
    expect(paceStatus(0.7999)).toBe('farBehind');
    expect(paceStatus(0)).toBe('farBehind');
    expect(paceStatus(Number.POSITIVE_INFINITY)).toBe('ahead');
  });

  it('is null for a null ratio', () => {
    expect(paceStatus(null)).toBeNull();
  });
});

describe('noPaceReason', () => {
  it('says why there is no pace, the missing figure first, and nothing when there is one', () => {
    expect(noPaceReason(null, 1748)).toBe('noData');
    expect(noPaceReason(null, null)).toBe('noData');
    expect(noPaceReason(10, null)).toBe('noTarget');
    expect(noPaceReason(10, 0)).toBe('noTarget');
    expect(noPaceReason(0, 100)).toBeNull();
  });

  it('has a reason exactly when there is no pace status', () => {
    for (const [value, target] of [[null, 5], [5, null], [5, 0], [0, 5], [5, 5], [null, null]] as const) {
      expect(noPaceReason(value, target) === null).toBe(paceStatus(paceRatio(value, target, true)) !== null);
    }
  });
});

describe('isBehindPace', () => {
  it('is true only for behind and farBehind', () => {
    expect(isBehindPace('behind')).toBe(true);
    expect(isBehindPace('farBehind')).toBe(true);
    expect(isBehindPace('onTrack')).toBe(false);
    expect(isBehindPace('ahead')).toBe(false);
    expect(isBehindPace(null)).toBe(false);
  });
});
