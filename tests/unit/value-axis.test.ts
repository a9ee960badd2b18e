// issue 24: charts — a value axis from 0 that reaches every bar and the 序时 100% line, in round steps.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { valueTicks } from '../../src/components/charts/chart-marks';

describe('value axis ticks', () => {
  it('reach 100% when every bar falls short of it', () => {
    expect(valueTicks(Math.max(0.8, 1), 5)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it('take a round step past the longest bar', () => {
    expect(valueTicks(1.207, 5)).toEqual([0, 0.5, 1, 1.5]);
    expect(valueTicks(136, 5)).toEqual([0, 50, 100, 150]);
    expect(valueTicks(6, 3)).toEqual([0, 5, 10]);
  });

  it('start at 0, end at or past the maximum, with at most `count` ticks in equal round steps', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e7, noNaN: true }), fc.integer({ min: 2, max: 8 }), (max, count) => {
        const ticks = valueTicks(max, count);
        expect(ticks[0]).toBe(0);
        expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(max * (1 - 1e-9));
        expect(ticks.length).toBeLessThanOrEqual(count);
        const step = ticks[1];
        expect(step / 10 ** Math.floor(Math.log10(step))).toBeCloseTo([1, 2, 2.5, 5].find((s) => Math.abs(step / 10 ** Math.floor(Math.log10(step)) - s) < 1e-6) ?? NaN, 6);
      }),
    );
  });

  it('draw an axis of one step for no figure at all', () => {
    expect(valueTicks(0, 5)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });
});
