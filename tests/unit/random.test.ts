import { describe, expect, it } from 'vitest';
import { apportion, createRandom } from '../../mocks/data/random';

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

describe('apportion', () => {
  it('splits exactly proportional totals exactly', () => {
    expect(apportion(100, [1, 1, 2])).toEqual([25, 25, 50]);
    expect(apportion(12, [3, 0, 1])).toEqual([9, 0, 3]);
  });

  it('gives leftover units to the largest remainders, ties to the earlier index', () => {
    // exact 3.33.., 3.33.., 3.33.. -> one extra unit to the first
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    // exact 1.4, 2.1, 3.5 -> floors 1, 2, 3, one unit left for the largest remainder (3.5)
    expect(apportion(7, [14, 21, 35])).toEqual([1, 2, 4]);
  });

  it('always adds up to the total exactly and stays within one unit of the exact share', () => {
    const random = createRandom(42);
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + Math.floor(random() * 30);
      const weights = Array.from({ length: n }, () => (random() < 0.2 ? 0 : random() * 1000));
      if (sum(weights) === 0) weights[0] = 1;
      const total = Math.floor(random() * 30000);
      const parts = apportion(total, weights);
      expect(parts).toHaveLength(n);
      expect(sum(parts)).toBe(total);
      parts.forEach((p, i) => {
        expect(Number.isInteger(p)).toBe(true);
        const exact = (total * weights[i]) / sum(weights);
        expect(Math.abs(p - exact)).toBeLessThan(1);
        if (weights[i] === 0) expect(p).toBe(0);
      });
    }
  });

  it('keeps larger weights at least as large', () => {
    const parts = apportion(452, [3480, 3120, 2950, 1460]);
    expect(sum(parts)).toBe(452);
    for (let i = 1; i < parts.length; i++) expect(parts[i - 1]).toBeGreaterThanOrEqual(parts[i]);
  });

  it('returns an empty list for no weights', () => {
    expect(apportion(10, [])).toEqual([]);
  });

  it('rejects weights that add up to zero', () => {
    expect(() => apportion(10, [0, 0, 0])).toThrow(/weights/);
    expect(() => apportion(10, [0])).toThrow();
  });
});

describe('createRandom', () => {
  it('is deterministic for a seed', () => {
    const a = createRandom(2020);
    const b = createRandom(2020);
    const xs = Array.from({ length: 50 }, () => a());
    const ys = Array.from({ length: 50 }, () => b());
    expect(xs).toEqual(ys);
  });

  it('gives a different sequence for a different seed', () => {
    const a = createRandom(2020);
    const b = createRandom(2021);
    const xs = Array.from({ length: 10 }, () => a());
    const ys = Array.from({ length: 10 }, () => b());
    expect(xs).not.toEqual(ys);
  });

  it('yields values in [0, 1) that are not constant and roughly uniform', () => {
    const r = createRandom(7);
    const xs = Array.from({ length: 10000 }, () => r());
    for (const x of xs) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
    expect(new Set(xs).size).toBeGreaterThan(9990);
    const mean = sum(xs) / xs.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
  });
});
