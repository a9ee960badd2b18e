import { describe, expect, it } from 'vitest';
import { byIndexRank, chartedWeakest } from '../../src/features/present/lib/slides';

const m = (id: string, completion: number | null) => ({ metric: { id }, standing: { completion } });

describe('the community round', () => {
  it('goes in 综合指数 order, first place first, communities without a rank last in their own order', () => {
    const items = [
      { id: 'a', rank: 3 },
      { id: 'b', rank: null },
      { id: 'c', rank: 1 },
      { id: 'd', rank: 3 },
      { id: 'e', rank: null },
      { id: 'f', rank: 2 },
    ];
    expect(byIndexRank(items, (i) => i.rank).map((i) => i.id)).toEqual(['c', 'f', 'a', 'd', 'b', 'e']);
  });

  it('names the community’s weakest metric when the slide charts it', () => {
    const weakest = m('visits', 0.9);
    expect(chartedWeakest(weakest, [m('cables', 0.5), weakest])).toBe(weakest);
  });

  it('otherwise names the charted metric with the lowest completion, never one off the chart', () => {
    const charted = [m('visits', 0.9), m('solved', null), m('cables', 0.7), m('parking', 1.2)];
    expect(chartedWeakest(m('greenery', 0.3), charted)?.metric.id).toBe('cables');
    expect(chartedWeakest(null, charted)?.metric.id).toBe('cables');
    expect(chartedWeakest(m('greenery', 0.3), [m('solved', null)])).toBeNull();
  });
});
