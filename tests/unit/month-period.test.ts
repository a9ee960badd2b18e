import { describe, expect, it } from 'vitest';
import {
  addMonths,
  isValidMonth,
  monthFromIndex,
  monthIndex,
  monthOfYear,
  monthRange,
  monthsInclusive,
  yearOf,
} from '../../src/domain/month';
import {
  clampPeriod,
  defaultPeriod,
  otherPresetPeriods,
  periodFromSearch,
  presetPeriod,
  samePeriod,
  withPeriod,
  type DataRange,
} from '../../src/domain/period';

const RANGE: DataRange = { firstMonth: '2019-01', latestMonth: '2021-06' };

describe('month', () => {
  it('monthIndex counts months from year 0', () => {
    expect(monthIndex('2020-01')).toBe(2020 * 12);
    expect(monthIndex('2020-12')).toBe(2020 * 12 + 11);
    expect(monthIndex('2021-01') - monthIndex('2020-12')).toBe(1);
  });

  it('monthFromIndex inverts monthIndex and pads', () => {
    expect(monthFromIndex(2020 * 12)).toBe('2020-01');
    expect(monthFromIndex(2020 * 12 + 11)).toBe('2020-12');
    expect(monthFromIndex(5 * 12 + 2)).toBe('0005-03');
    for (const m of ['2019-01', '2019-09', '2019-12', '2021-06']) expect(monthFromIndex(monthIndex(m))).toBe(m);
  });

  it('addMonths crosses year boundaries both ways', () => {
    expect(addMonths('2020-11', 2)).toBe('2021-01');
    expect(addMonths('2021-01', -1)).toBe('2020-12');
    expect(addMonths('2021-06', -17)).toBe('2020-01');
    expect(addMonths('2020-05', 0)).toBe('2020-05');
    expect(addMonths('2020-05', 24)).toBe('2022-05');
  });

  it('monthsInclusive counts both ends', () => {
    expect(monthsInclusive('2020-01', '2020-12')).toBe(12);
    expect(monthsInclusive('2021-03', '2021-03')).toBe(1);
    expect(monthsInclusive('2019-01', '2021-06')).toBe(30);
    expect(monthsInclusive('2020-11', '2021-02')).toBe(4);
  });

  it('monthRange lists every month in order, both ends included', () => {
    expect(monthRange('2020-11', '2021-02')).toEqual(['2020-11', '2020-12', '2021-01', '2021-02']);
    expect(monthRange('2021-03', '2021-03')).toEqual(['2021-03']);
    expect(monthRange('2021-04', '2021-03')).toEqual([]);
    expect(monthRange('2019-01', '2021-06')).toHaveLength(30);
  });

  it('yearOf and monthOfYear read the parts', () => {
    expect(yearOf('2021-06')).toBe(2021);
    expect(monthOfYear('2021-06')).toBe(6);
    expect(monthOfYear('2020-12')).toBe(12);
  });

  it('isValidMonth accepts only YYYY-MM with month 01..12', () => {
    expect(isValidMonth('2021-06')).toBe(true);
    expect(isValidMonth('2021-12')).toBe(true);
    expect(isValidMonth('2021-01')).toBe(true);
    for (const bad of ['2021-13', '2021-00', '2021-6', '21-06', '2021-06-01', ' 2021-06', '2021/06', 'abcd-ef', '', null, undefined]) {
      expect(isValidMonth(bad), String(bad)).toBe(false);
    }
  });
});

describe('presetPeriod', () => {
  it('is relative to the latest month 2021-06', () => {
    expect(presetPeriod('thisMonth', '2021-06')).toEqual({ from: '2021-06', to: '2021-06' });
    expect(presetPeriod('thisQuarter', '2021-06')).toEqual({ from: '2021-04', to: '2021-06' });
    expect(presetPeriod('yearToDate', '2021-06')).toEqual({ from: '2021-01', to: '2021-06' });
    expect(presetPeriod('lastYear', '2021-06')).toEqual({ from: '2020-01', to: '2020-12' });
  });

  it('starts the quarter on the right month', () => {
    expect(presetPeriod('thisQuarter', '2021-11')).toEqual({ from: '2021-10', to: '2021-11' });
    expect(presetPeriod('thisQuarter', '2021-10')).toEqual({ from: '2021-10', to: '2021-10' });
    expect(presetPeriod('thisQuarter', '2021-12')).toEqual({ from: '2021-10', to: '2021-12' });
    expect(presetPeriod('thisQuarter', '2021-01')).toEqual({ from: '2021-01', to: '2021-01' });
    expect(presetPeriod('thisQuarter', '2021-03')).toEqual({ from: '2021-01', to: '2021-03' });
    expect(presetPeriod('thisQuarter', '2021-04')).toEqual({ from: '2021-04', to: '2021-04' });
    expect(presetPeriod('thisQuarter', '2021-09')).toEqual({ from: '2021-07', to: '2021-09' });
  });

  it('other presets at 2021-11', () => {
    expect(presetPeriod('yearToDate', '2021-11')).toEqual({ from: '2021-01', to: '2021-11' });
    expect(presetPeriod('lastYear', '2021-11')).toEqual({ from: '2020-01', to: '2020-12' });
    expect(presetPeriod('thisMonth', '2021-11')).toEqual({ from: '2021-11', to: '2021-11' });
  });
});

describe('defaultPeriod', () => {
  it('is year to date of the latest month', () => {
    expect(defaultPeriod(RANGE)).toEqual({ from: '2021-01', to: '2021-06' });
  });

  it('is clamped to the first month with data', () => {
    expect(defaultPeriod({ firstMonth: '2021-03', latestMonth: '2021-06' })).toEqual({ from: '2021-03', to: '2021-06' });
  });
});

describe('otherPresetPeriods', () => {
  it('lists the other presets as the pages read them, from year to date', () => {
    expect(otherPresetPeriods({ from: '2021-01', to: '2021-06' }, RANGE)).toEqual([
      { from: '2021-06', to: '2021-06' },
      { from: '2021-04', to: '2021-06' },
      { from: '2020-01', to: '2020-12' },
    ]);
  });

  it('lists every preset from a custom range', () => {
    expect(otherPresetPeriods({ from: '2020-03', to: '2020-05' }, RANGE)).toHaveLength(4);
  });

  it('clamps to the data and lists a period once (Q1 is the year to date; last year clamps to the first month)', () => {
    const range = { firstMonth: '2021-01', latestMonth: '2021-03' };
    expect(otherPresetPeriods({ from: '2021-03', to: '2021-03' }, range)).toEqual([
      { from: '2021-01', to: '2021-03' },
      { from: '2021-01', to: '2021-01' },
    ]);
  });
});

describe('clampPeriod', () => {
  it('leaves a period inside the range alone', () => {
    expect(clampPeriod({ from: '2019-01', to: '2021-06' }, RANGE)).toEqual({ from: '2019-01', to: '2021-06' });
    expect(clampPeriod({ from: '2020-03', to: '2020-08' }, RANGE)).toEqual({ from: '2020-03', to: '2020-08' });
  });

  it('clamps either end into the range', () => {
    expect(clampPeriod({ from: '2018-05', to: '2020-08' }, RANGE)).toEqual({ from: '2019-01', to: '2020-08' });
    expect(clampPeriod({ from: '2020-03', to: '2022-01' }, RANGE)).toEqual({ from: '2020-03', to: '2021-06' });
    expect(clampPeriod({ from: '2010-01', to: '2030-12' }, RANGE)).toEqual({ from: '2019-01', to: '2021-06' });
  });

  it('collapses a period wholly outside the range onto the nearest edge', () => {
    expect(clampPeriod({ from: '2017-01', to: '2018-03' }, RANGE)).toEqual({ from: '2019-01', to: '2019-01' });
    expect(clampPeriod({ from: '2022-01', to: '2023-03' }, RANGE)).toEqual({ from: '2021-06', to: '2021-06' });
  });

  it('puts a reversed period in order', () => {
    expect(clampPeriod({ from: '2020-08', to: '2020-03' }, RANGE)).toEqual({ from: '2020-03', to: '2020-08' });
    expect(clampPeriod({ from: '2022-05', to: '2018-01' }, RANGE)).toEqual({ from: '2019-01', to: '2021-06' });
  });
});

describe('periodFromSearch', () => {
  const read = (query: string) => periodFromSearch(new URLSearchParams(query), RANGE);

  it('takes a valid in-range period as is, uncorrected', () => {
    expect(read('from=2020-01&to=2020-12')).toEqual({ period: { from: '2020-01', to: '2020-12' }, corrected: false });
    expect(read('from=2021-06&to=2021-06')).toEqual({ period: { from: '2021-06', to: '2021-06' }, corrected: false });
  });

  it('falls back to the default without correcting when both are missing', () => {
    expect(read('')).toEqual({ period: { from: '2021-01', to: '2021-06' }, corrected: false });
    expect(read('community=xiuhu')).toEqual({ period: { from: '2021-01', to: '2021-06' }, corrected: false });
  });

  it('falls back to the default and corrects when one end is missing', () => {
    expect(read('from=2020-01')).toEqual({ period: { from: '2021-01', to: '2021-06' }, corrected: true });
    expect(read('to=2020-12')).toEqual({ period: { from: '2021-01', to: '2021-06' }, corrected: true });
  });

  it('falls back to the default and corrects malformed values', () => {
    for (const q of ['from=2020-1&to=2020-12', 'from=2020-01&to=2020-13', 'from=abc&to=def', 'from=&to=', 'from=2020-01-01&to=2020-12']) {
      expect(read(q), q).toEqual({ period: { from: '2021-01', to: '2021-06' }, corrected: true });
    }
  });

  it('clamps out-of-range values and corrects', () => {
    expect(read('from=2018-01&to=2020-12')).toEqual({ period: { from: '2019-01', to: '2020-12' }, corrected: true });
    expect(read('from=2021-01&to=2021-12')).toEqual({ period: { from: '2021-01', to: '2021-06' }, corrected: true });
  });

  it('puts reversed values in order and corrects', () => {
    expect(read('from=2020-12&to=2020-01')).toEqual({ period: { from: '2020-01', to: '2020-12' }, corrected: true });
  });
});

describe('samePeriod', () => {
  it('compares both ends', () => {
    expect(samePeriod({ from: '2020-01', to: '2020-12' }, { from: '2020-01', to: '2020-12' })).toBe(true);
    expect(samePeriod({ from: '2020-01', to: '2020-12' }, { from: '2020-02', to: '2020-12' })).toBe(false);
    expect(samePeriod({ from: '2020-01', to: '2020-12' }, { from: '2020-01', to: '2020-11' })).toBe(false);
  });
});

describe('withPeriod', () => {
  it('sets from/to and keeps other params, without touching the input', () => {
    const params = new URLSearchParams('community=xiuhu&from=2019-01&metric=visits&to=2019-12');
    const next = withPeriod(params, { from: '2020-03', to: '2020-08' });
    expect(next.get('from')).toBe('2020-03');
    expect(next.get('to')).toBe('2020-08');
    expect(next.get('community')).toBe('xiuhu');
    expect(next.get('metric')).toBe('visits');
    expect(next.getAll('from')).toHaveLength(1);
    expect(params.get('from')).toBe('2019-01');
    expect(params.get('to')).toBe('2019-12');
  });

  it('adds from/to when absent and round-trips through periodFromSearch', () => {
    const next = withPeriod(new URLSearchParams('tab=map'), { from: '2020-11', to: '2021-02' });
    expect(next.get('tab')).toBe('map');
    expect(periodFromSearch(next, RANGE)).toEqual({ period: { from: '2020-11', to: '2021-02' }, corrected: false });
  });
});
