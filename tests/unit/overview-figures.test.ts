// The overview's first screen reads one metric's per-community figures; 需要关注 reads every
// metric's. A metric chosen once the latter are in is taken from them: it must be exactly what
// its own request would have answered.
import { QueryClient } from '@tanstack/react-query';
import { beforeEach, describe, expect, it } from 'vitest';
import { setConfig } from '../../src/lib/api/config';
import { completionFromAll, overviewCommunityOptions, overviewCompletionOptions, overviewMetricId } from '../../src/lib/api/overview';
import { sampleDataset } from '../support/msw-server';

const catalogue = { areas: sampleDataset.areas, metrics: sampleDataset.metrics, rates: sampleDataset.rates };
const period = { from: '2021-01', to: '2021-06' };

beforeEach(() => setConfig({ apiBaseUrl: '/api', mockMode: 'server' }));

describe('the completion chart’s figures', () => {
  it('taken from every metric’s figures, equal what the metric’s own request answers', async () => {
    const client = new QueryClient();
    const all = await client.fetchQuery(overviewCommunityOptions(catalogue, period));
    for (const metricId of ['visits', 'parking_spaces', 'community_cases'] as const) {
      const own = await client.fetchQuery(overviewCompletionOptions(metricId, period));
      expect(own.series.rows.length, metricId).toBeGreaterThan(0);
      expect(completionFromAll(all, metricId), metricId).toEqual(own);
    }
  });

  it('are not taken from figures that lack the metric', async () => {
    const client = new QueryClient();
    const one = await client.fetchQuery(overviewCompletionOptions('visits', period));
    expect(completionFromAll(one, 'parking_spaces')).toBeUndefined();
    expect(completionFromAll(undefined, 'visits')).toBeUndefined();
  });

  it('are for the metric in the URL, else the first per-community metric (a subdistrict-only metric is not one)', () => {
    expect(overviewMetricId(catalogue, new URLSearchParams('metric=parking_spaces'))).toBe('parking_spaces');
    expect(overviewMetricId(catalogue, new URLSearchParams(''))).toBe('visits');
    expect(overviewMetricId(catalogue, new URLSearchParams('metric=nonsense'))).toBe('visits');
    expect(overviewMetricId(catalogue, new URLSearchParams('metric=centre_cases'))).toBe('visits');
  });
});
