// What the overview's URL asks for, worked out once for the loader (and the same rule the page and the mock's GET /overview read).
import { describe, expect, it } from 'vitest';
import { routeInputs } from '../../src/features/overview/api';
import { sampleDataset } from '../support/sample-dataset';

const catalogue = { areas: sampleDataset.areas, metrics: sampleDataset.metrics, rates: sampleDataset.rates };
const meta = sampleDataset.meta;
const inputs = (search: string) => routeInputs(new URLSearchParams(search), meta, catalogue);

describe('the overview’s route inputs', () => {
  it('read the period and the completion chart’s metric from the URL', () => {
    const { period, metric, range } = inputs('from=2021-01&to=2021-06&metric=parking_spaces');
    expect(period).toEqual({ from: '2021-01', to: '2021-06' });
    expect(metric?.id).toBe('parking_spaces');
    expect(range).toEqual({ firstMonth: meta.firstMonth, latestMonth: meta.latestMonth });
  });

  it('fall back to the first per-community metric for none, an unknown one or a subdistrict-only one', () => {
    expect(inputs('').metric?.id).toBe('visits');
    expect(inputs('metric=nonsense').metric?.id).toBe('visits');
    expect(inputs('metric=centre_cases').metric?.id).toBe('visits');
  });

  it('name a metric the URL got wrong, to be rewritten once, and nothing for a right or missing one', () => {
    expect(inputs('metric=nonsense').fixes).toEqual({ metric: 'visits' });
    expect(inputs('metric=parking_spaces').fixes).toBeUndefined();
    expect(inputs('').fixes).toBeUndefined();
  });

  it('offer the per-community metrics as the completion chart’s choices', () => {
    const ids = inputs('').rankable.map((m) => m.id);
    expect(ids).toContain('visits');
    expect(ids).not.toContain('centre_cases');
  });

  it('correct a period outside the data', () => {
    const { period } = inputs('from=1999-01&to=1999-03');
    expect(period.from >= meta.firstMonth).toBe(true);
    expect(period.to <= meta.latestMonth).toBe(true);
  });
});
