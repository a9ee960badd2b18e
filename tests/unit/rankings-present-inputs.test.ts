// What the rankings and deck URLs ask for, worked out once for the loader and the page.
import { describe, expect, it } from 'vitest';
import { routeInputs as deckInputs } from '../../src/features/present/api';
import { routeInputs as rankingInputs, subjectChoices } from '../../src/features/rankings/api';
import { sampleDataset } from '../support/sample-dataset';

const catalogue = { areas: sampleDataset.areas, metrics: sampleDataset.metrics, rates: sampleDataset.rates };
const meta = sampleDataset.meta;
const rankings = (search: string) => rankingInputs(new URLSearchParams(search), meta, catalogue);

describe('the rankings’ route inputs', () => {
  it('read the period, the subject, the basis and the layout from the URL', () => {
    const inputs = rankings('from=2021-01&to=2021-06&metric=parking_spaces&by=value&view=map');
    expect(inputs.period).toEqual({ from: '2021-01', to: '2021-06' });
    expect(inputs.range).toEqual({ firstMonth: meta.firstMonth, latestMonth: meta.latestMonth });
    expect(inputs.subject).toMatchObject({ kind: 'metric', metric: { id: 'parking_spaces' } });
    expect(inputs.basis).toBe('value');
    expect(inputs.layout).toBe('map');
  });

  it('open on the 综合指数, by completion, as a list; unknown values fall back the same way', () => {
    expect(subjectChoices(catalogue)[0].id).toBe('index');
    for (const search of ['', 'metric=nonsense&by=weight&view=globe', 'metric=centre_cases']) {
      const inputs = rankings(search);
      expect(inputs.subject, search).toEqual({ kind: 'index' });
      expect(inputs.basis, search).toBe('completion');
      expect(inputs.layout, search).toBe('list');
    }
  });

  it('name what the URL got wrong, to be rewritten once, and nothing when it is right', () => {
    expect(rankings('metric=nonsense&by=weight&view=globe').fixes).toEqual({ metric: 'index', by: 'completion', view: 'list' });
    expect(rankings('metric=visits&view=globe').fixes).toEqual({ view: 'list' });
    expect(rankings('metric=visits&by=value&view=map').fixes).toBeUndefined();
    expect(rankings('').fixes).toBeUndefined();
  });

  it('have no subject when the catalogue has nothing to rank', () => {
    const inputs = rankingInputs(new URLSearchParams('metric=visits'), meta, { ...catalogue, metrics: catalogue.metrics.filter((m) => m.scope !== 'community') });
    expect(inputs.subject).toBeNull();
  });
});

describe('the deck’s route inputs', () => {
  it('read the period and the seconds per slide of ?auto=', () => {
    const inputs = deckInputs(new URLSearchParams('from=2021-01&to=2021-06&auto=10'), meta);
    expect(inputs).toEqual({ period: { from: '2021-01', to: '2021-06' }, range: { firstMonth: meta.firstMonth, latestMonth: meta.latestMonth }, auto: 10 });
  });

  it('ignore an auto-advance out of range, and correct a period outside the data', () => {
    const inputs = deckInputs(new URLSearchParams('from=1999-01&to=1999-03&auto=2'), meta);
    expect(inputs.auto).toBeNull();
    expect(inputs.period.from >= meta.firstMonth).toBe(true);
    expect(inputs.period.to <= meta.latestMonth).toBe(true);
  });
});
