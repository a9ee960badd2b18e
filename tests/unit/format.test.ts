import { describe, expect, it } from 'vitest';
import { formatDateTime, formatMonth, formatNumber, formatPercent, formatPeriod } from '../../src/lib/i18n/format';
import { LOCALE } from '../../src/lib/i18n/locale';

describe('format (zh-CN)', () => {
  it('uses the zh-CN locale', () => {
    expect(LOCALE).toBe('zh-CN');
  });

  it('formatNumber groups thousands and keeps integers whole', () => {
    expect(formatNumber(3046)).toBe('3,046');
    expect(formatNumber(14017)).toBe('14,017');
    expect(formatNumber(25000)).toBe('25,000');
    expect(formatNumber(62)).toBe('62');
    expect(formatNumber(0)).toBe('0');
  });

  it('formatNumber shows at most one decimal for fractions', () => {
    expect(formatNumber(1234.56)).toBe('1,234.6');
    expect(formatNumber(2.5)).toBe('2.5');
    expect(formatNumber(2.04)).toBe('2');
  });

  it('formatPercent shows one decimal', () => {
    expect(formatPercent(291 / 452)).toBe('64.4%');
    expect(formatPercent(1)).toBe('100.0%');
    expect(formatPercent(0)).toBe('0.0%');
    expect(formatPercent(0.05)).toBe('5.0%');
  });

  it('formatMonth writes year and month without padding', () => {
    expect(formatMonth('2021-06')).toBe('2021年6月');
    expect(formatMonth('2020-12')).toBe('2020年12月');
  });

  it('formatPeriod: same year', () => {
    expect(formatPeriod({ from: '2020-01', to: '2020-12' })).toBe('2020年1—12月');
    expect(formatPeriod({ from: '2021-04', to: '2021-06' })).toBe('2021年4—6月');
  });

  it('formatPeriod: single month', () => {
    expect(formatPeriod({ from: '2021-03', to: '2021-03' })).toBe('2021年3月');
  });

  it('formatPeriod: across years', () => {
    expect(formatPeriod({ from: '2020-11', to: '2021-02' })).toBe('2020年11月—2021年2月');
    expect(formatPeriod({ from: '2019-01', to: '2021-06' })).toBe('2019年1月—2021年6月');
  });

  it('formatDateTime shows Beijing time whatever the offset of the input', () => {
    expect(formatDateTime('2021-07-05T09:30:00+08:00')).toBe('2021年7月5日 09:30');
    expect(formatDateTime('2021-07-05T01:30:00Z')).toBe('2021年7月5日 09:30');
  });
});
