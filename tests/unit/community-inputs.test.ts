// A community home's route inputs and views: what its URL asks for and what its panels show, pure.
import { describe, expect, it } from 'vitest';
import { completionTrendView, homeView } from '../../src/domain/home-views';
import { routeInputs } from '../../src/features/communities/api';
import type { Community, Metric, SeriesRow, Target } from '../../src/lib/api/contract';
import { sampleDataset } from '../support/sample-dataset';

const catalogue = { areas: sampleDataset.areas, metrics: sampleDataset.metrics, rates: sampleDataset.rates };

describe('a community home’s route inputs', () => {
  it('read the community from the path and the period from the search', () => {
    const inputs = routeInputs(new URLSearchParams('from=2021-01&to=2021-03'), sampleDataset.meta, catalogue, { communityId: 'xiuhu' });
    expect(inputs.communityId).toBe('xiuhu');
    expect(inputs.period).toEqual({ from: '2021-01', to: '2021-03' });
  });
});

const visits = { id: 'visits', name: '走访', unit: '户', higherIsBetter: true, scope: 'community' } as unknown as Metric;
const communities = ['a', 'b'].map((id) => ({ id, name: id, services: [], households: 100 })) as unknown as Community[];
const target = (communityId: string | null, value: number) => ({ metricId: 'visits', year: 2021, communityId, value }) as unknown as Target;

describe('home views', () => {
  it('give the standing for the record’s last period, and null for a community not in the figures', () => {
    const periods = [
      { from: '2021-01', to: '2021-03' },
      { from: '2021-04', to: '2021-06' },
    ];
    const rows = (a: number, b: number) => [
      { metricId: 'visits', communityId: 'a', value: a },
      { metricId: 'visits', communityId: 'b', value: b },
    ] as unknown as SeriesRow[];
    const data = { input: { periods }, communities: { communities }, targets: { targets: [target('a', 120), target('b', 120)] }, periods: [{ rows: rows(10, 20) }, { rows: rows(40, 20) }] };
    const view = homeView(data, [visits], 'a');
    expect(view?.period).toEqual(periods[1]);
    expect(view?.home.metrics.map((m) => m.metric.id)).toEqual(['visits']);
    expect(homeView(data, [visits], 'nowhere')).toBeNull();
  });

  it('give a metric’s monthly completion, the community’s beside the subdistrict’s', () => {
    const month = (m: string, value: number) => ({ metricId: 'visits', month: m, value }) as unknown as SeriesRow;
    const window = { from: '2020-04', to: '2021-03' };
    const data = {
      input: { metricId: 'visits', window },
      own: { rows: [month('2021-01', 10), month('2021-02', 10), month('2021-03', 10)] },
      subdistrict: { rows: [month('2021-01', 20), month('2021-02', 20), month('2021-03', 20)] },
      targets: { targets: [target('a', 120), target(null, 240)] },
    };
    const view = completionTrendView(data, [visits], 'a');
    expect(view?.metric.id).toBe('visits');
    expect(view?.rows.at(-1)).toMatchObject({ month: '2021-03', own: 1, subdistrict: 1 });
    expect(completionTrendView({ ...data, input: { ...data.input, metricId: 'gone' } }, [visits], 'a')).toBeNull();
  });
});
