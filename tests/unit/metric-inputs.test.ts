// The metric page's route inputs and views: what its URL asks for and what its panels show, pure.
import { describe, expect, it } from 'vitest';
import { metricCommunitiesView, metricMonthlyView } from '../../src/domain/metric-views';
import { routeInputs } from '../../src/features/metrics/api';
import type { Community, Metric, SeriesRow, Target } from '../../src/lib/api/contract';
import { sampleDataset } from '../support/sample-dataset';

const catalogue = { areas: sampleDataset.areas, metrics: sampleDataset.metrics, rates: sampleDataset.rates };
const meta = sampleDataset.meta;

describe('the metric page’s route inputs', () => {
  it('read the metric from the path and the period from the search', () => {
    const inputs = routeInputs(new URLSearchParams('from=2021-01&to=2021-03'), meta, catalogue, { metricId: 'parking_spaces' });
    expect(inputs.metric?.id).toBe('parking_spaces');
    expect(inputs.period).toEqual({ from: '2021-01', to: '2021-03' });
  });

  it('keep an unknown id as written, with no metric (the page says so)', () => {
    const inputs = routeInputs(new URLSearchParams(''), meta, catalogue, { metricId: 'nonsense' });
    expect(inputs.metricId).toBe('nonsense');
    expect(inputs.metric).toBeUndefined();
  });
});

const visits = { id: 'visits', name: '走访', unit: '户', higherIsBetter: true, scope: 'community' } as unknown as Metric;
const period = { from: '2021-01', to: '2021-02' };
const target = (communityId: string | null, value: number) => ({ metricId: 'visits', year: 2021, communityId, value }) as unknown as Target;

describe('metric views', () => {
  it('measure the bundle’s metric over the period it was asked for', () => {
    const rows = [
      { metricId: 'visits', month: '2021-01', value: 10 },
      { metricId: 'visits', month: '2021-02', value: 30 },
    ] as unknown as SeriesRow[];
    const view = metricMonthlyView({ input: { metricIds: ['visits'], period }, series: { rows }, targets: { targets: [target(null, 240)] } }, [visits]);
    expect(view?.metric.id).toBe('visits');
    expect(view?.progress.value).toBe(40);
    expect(view?.progress.target).toBe(40);
    expect(view?.monthly.get('2021-02')).toBe(30);
    expect(metricMonthlyView({ input: { metricIds: ['gone'], period }, series: { rows }, targets: { targets: [] } }, [visits])).toBeNull();
  });

  it('rank every community with 同比 where last year’s values are in', () => {
    const communities = [
      { id: 'a', name: '甲', services: [] },
      { id: 'b', name: '乙', services: [] },
    ] as unknown as Community[];
    const rows = [
      { metricId: 'visits', communityId: 'a', value: 10 },
      { metricId: 'visits', communityId: 'b', value: 20 },
    ] as unknown as SeriesRow[];
    const lastYear = [{ metricId: 'visits', communityId: 'a', value: 5 }] as unknown as SeriesRow[];
    const data = { input: { metricId: 'visits', period }, communities: { communities }, series: { rows }, targets: { targets: [target('a', 120), target('b', 120)] }, lastYear: { rows: lastYear } };
    const view = metricCommunitiesView(data, [visits]);
    expect(view?.rows.map((r) => [r.community.id, r.rank])).toEqual([
      ['b', 1],
      ['a', 2],
    ]);
    expect(view?.rows.find((r) => r.community.id === 'a')?.vsLastYear).not.toBeNull();
    expect(view?.rows.find((r) => r.community.id === 'b')?.vsLastYear).toBeNull();
    expect(metricCommunitiesView({ ...data, lastYear: null }, [visits])?.rows.every((r) => r.vsLastYear === null)).toBe(true);
  });
});
