// 上报情况's rules: the due time, on time or late, the reporting rate (DHIS2's), far outside the usual range.
import { describe, expect, it } from 'vitest';
import { usualRange } from '../../src/domain/report-rules';
import { dueMonth, isFarOutside, isOnTime, reportDue, reportingRate } from '../../src/domain/report-status';

describe('report due time', () => {
  it('is the end of the 5th of the following month, China time', () => {
    expect(reportDue('2021-07')).toBe('2021-08-05T23:59:59+08:00');
    expect(reportDue('2021-12')).toBe('2022-01-05T23:59:59+08:00');
  });

  it('counts a report submitted by then as on time, a second later as late', () => {
    expect(isOnTime('2021-07', '2021-08-05T23:59:59+08:00')).toBe(true);
    expect(isOnTime('2021-07', '2021-08-05T16:00:00Z')).toBe(false);
    expect(isOnTime('2021-07', '2021-07-31T09:00:00+08:00')).toBe(true);
  });

  it('makes the month after the latest with data the one due', () => {
    expect(dueMonth('2021-06')).toBe('2021-07');
    expect(dueMonth('2021-12')).toBe('2022-01');
  });
});

describe('reporting rate', () => {
  it('counts submitted and approved reports in, a draft or a returned one out', () => {
    const rate = reportingRate([
      { status: 'approved', onTime: true },
      { status: 'submitted', onTime: false },
      { status: 'returned', onTime: true },
      { status: 'draft', onTime: null },
      { status: 'none', onTime: null },
    ]);
    expect(rate).toEqual({ expected: 5, actual: 2, onTime: 1, rate: 0.4, onTimeRate: 0.2 });
  });

  it('has no rate when no report is expected (missing is not zero)', () => {
    expect(reportingRate([])).toEqual({ expected: 0, actual: 0, onTime: 0, rate: null, onTimeRate: null });
  });
});

describe('far outside the usual range', () => {
  it('asks for a reason below half the lowest month or above twice the highest', () => {
    const range = usualRange([40, 50, 60]);
    expect(range).toEqual({ low: 20, high: 120 });
    expect(isFarOutside(19, range)).toBe(true);
    expect(isFarOutside(20, range)).toBe(false);
    expect(isFarOutside(120, range)).toBe(false);
    expect(isFarOutside(121, range)).toBe(true);
  });

  it('never asks with too little history to say', () => {
    expect(isFarOutside(1_000_000, usualRange([1, 2]))).toBe(false);
  });
});
