import { describe, expect, it } from 'vitest';
import { rankWithTies, type Ranked } from '../../src/domain/ranking';
import { rateValue } from '../../src/domain/rates';
import { RATES } from '../../mocks/data/catalogue';
import { ratio } from '../../src/domain/ratio';
import type { MetricId } from '../../src/lib/api/contract';

interface Item {
  id: string;
  v: number | null;
}
const items = (...pairs: Array<[string, number | null]>): Item[] => pairs.map(([id, v]) => ({ id, v }));
const summary = (ranked: Ranked<Item>[]) => ranked.map((r) => [r.item.id, r.value, r.rank]);

describe('rankWithTies', () => {
  it('ranks higher values first with competition ranks 1, 2, 2, 4', () => {
    const ranked = rankWithTies(items(['a', 5], ['b', 9], ['c', 7], ['d', 7]), (x) => x.v);
    expect(summary(ranked)).toEqual([
      ['b', 9, 1],
      ['c', 7, 2],
      ['d', 7, 2],
      ['a', 5, 4],
    ]);
  });

  it('shares rank 1 between leaders and skips the following ranks', () => {
    const ranked = rankWithTies(items(['a', 3], ['b', 3], ['c', 3], ['d', 1]), (x) => x.v);
    expect(ranked.map((r) => r.rank)).toEqual([1, 1, 1, 4]);
  });

  it('keeps tied items in their original order', () => {
    const ranked = rankWithTies(items(['z', 4], ['y', 4], ['x', 4]), (x) => x.v);
    expect(ranked.map((r) => r.item.id)).toEqual(['z', 'y', 'x']);
  });

  it('never ranks nulls and puts them last in original order', () => {
    const ranked = rankWithTies(items(['n1', null], ['a', 2], ['n2', null], ['b', 8]), (x) => x.v);
    expect(summary(ranked)).toEqual([
      ['b', 8, 1],
      ['a', 2, 2],
      ['n1', null, null],
      ['n2', null, null],
    ]);
  });

  it('ranks zero as a value, unlike null', () => {
    const ranked = rankWithTies(items(['n', null], ['zero', 0], ['one', 1]), (x) => x.v);
    expect(summary(ranked)).toEqual([
      ['one', 1, 1],
      ['zero', 0, 2],
      ['n', null, null],
    ]);
  });

  it('ranks lower values first when lower is better', () => {
    const ranked = rankWithTies(items(['a', 5], ['b', 9], ['c', 2], ['d', 5], ['n', null]), (x) => x.v, false);
    expect(summary(ranked)).toEqual([
      ['c', 2, 1],
      ['a', 5, 2],
      ['d', 5, 2],
      ['b', 9, 4],
      ['n', null, null],
    ]);
  });

  it('handles empty and all-null inputs', () => {
    expect(rankWithTies([], (x: Item) => x.v)).toEqual([]);
    expect(summary(rankWithTies(items(['a', null], ['b', null]), (x) => x.v))).toEqual([
      ['a', null, null],
      ['b', null, null],
    ]);
  });

  it('does not reorder the input array', () => {
    const input = items(['a', 1], ['b', 2]);
    rankWithTies(input, (x) => x.v);
    expect(input.map((x) => x.id)).toEqual(['a', 'b']);
  });
});

describe('ratio', () => {
  it('divides', () => {
    expect(ratio(291, 452)).toBeCloseTo(0.6438, 4);
    expect(ratio(0, 5)).toBe(0);
    expect(ratio(14017, 14017)).toBe(1);
  });

  it('is null when either side is missing or the denominator is zero', () => {
    expect(ratio(null, 5)).toBeNull();
    expect(ratio(5, null)).toBeNull();
    expect(ratio(undefined, 5)).toBeNull();
    expect(ratio(5, undefined)).toBeNull();
    expect(ratio(5, 0)).toBeNull();
    expect(ratio(0, 0)).toBeNull();
  });
});

describe('rates', () => {
  it('the sample catalogue defines the solve rate and the on-time rate', () => {
    const solve = RATES.find((r) => r.id === 'solve_rate');
    const onTime = RATES.find((r) => r.id === 'on_time_rate');
    expect(solve).toMatchObject({ area: 'grievances', numeratorId: 'problems_solved', denominatorId: 'matters_collected' });
    expect(onTime).toMatchObject({ area: 'cases', numeratorId: 'centre_cases_on_time', denominatorId: 'centre_cases' });
  });

  it('computes a rate from totals', () => {
    const totals = new Map<MetricId, number | null>([
      ['problems_solved', 291],
      ['matters_collected', 452],
      ['centre_cases', 200],
      ['centre_cases_on_time', 190],
    ]);
    const [solve, onTime] = [RATES.find((r) => r.id === 'solve_rate')!, RATES.find((r) => r.id === 'on_time_rate')!];
    expect(rateValue(solve, totals)).toBeCloseTo(291 / 452, 10);
    expect(rateValue(onTime, totals)).toBeCloseTo(0.95, 10);
  });

  it('is null when a total is missing, null or the denominator is zero', () => {
    const solve = RATES.find((r) => r.id === 'solve_rate')!;
    expect(rateValue(solve, new Map<MetricId, number | null>([['problems_solved', 3]]))).toBeNull();
    expect(rateValue(solve, new Map<MetricId, number | null>([['problems_solved', 3], ['matters_collected', null]]))).toBeNull();
    expect(rateValue(solve, new Map<MetricId, number | null>([['problems_solved', 0], ['matters_collected', 0]]))).toBeNull();
  });
});
