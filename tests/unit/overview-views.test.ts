// The overview's views (each query's `select`): what a panel shows, worked out from the bundle alone.
import { describe, expect, it } from 'vitest';
import { areaKpiView, areaTrendView } from '../../src/domain/area-views';
import { attentionView, completionView } from '../../src/domain/views';
import type { Community, Metric, Rate, SeriesRow, Target } from '../../src/lib/api/contract';

const visits = { id: 'visits', name: '走访', unit: '户', higherIsBetter: true, scope: 'community' } as unknown as Metric;
const parking = { id: 'parking', name: '车位', unit: '个', higherIsBetter: true, scope: 'community' } as unknown as Metric;
const centre = { id: 'centre', name: '中心', unit: '件', higherIsBetter: true, scope: 'subdistrict' } as unknown as Metric;
const metrics = [visits, parking, centre];
const communities = ['a', 'b', 'c'].map((id) => ({ id, name: id, services: [] })) as unknown as Community[];
const period = { from: '2021-01', to: '2021-06' };
const row = (metricId: string, communityId: string, value: number | null) => ({ metricId, communityId, value }) as unknown as SeriesRow;
const target = (metricId: string, communityId: string | null, value: number) => ({ metricId, year: 2021, communityId, value }) as unknown as Target;

const bundle = (metricIds: string[], rows: SeriesRow[]) => ({
  input: { metricIds, period },
  communities: { communities },
  series: { rows },
  targets: { targets: communities.flatMap((c) => [target('visits', c.id, 120), target('parking', c.id, 120)]) },
});

describe('completionView', () => {
  it('ranks every community on the bundle’s metric by completion, with the stats and the period', () => {
    const view = completionView(bundle(['visits'], [row('visits', 'a', 30), row('visits', 'b', 60), row('visits', 'c', null)]), metrics);
    expect(view?.metric.id).toBe('visits');
    expect(view?.period).toEqual(period);
    expect(view?.closedYear).toBe(false);
    expect(view?.rows.map((r) => [r.community.id, r.rank])).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', null],
    ]);
    expect(view?.stats?.average).toBeCloseTo(0.75);
    expect(view?.smallCounts).toBe(false);
  });

  it('describes the metric the figures are for, not the one asked for since', () => {
    expect(completionView(bundle(['parking'], [row('parking', 'a', 10)]), metrics)?.metric.id).toBe('parking');
  });

  it('is null for a metric the catalogue does not know', () => {
    expect(completionView(bundle(['unknown'], []), metrics)).toBeNull();
  });
});

describe('attentionView', () => {
  it('lists the pairs behind pace over every per-community metric, at most two of one metric', () => {
    const rows = communities.flatMap((c) => [row('visits', c.id, 10), row('parking', c.id, 5)]);
    const view = attentionView(bundle(['visits', 'parking'], rows), metrics);
    expect(view.anyFigure).toBe(true);
    expect(view.items).toHaveLength(4);
    expect(new Set(view.items.map((i) => i.metric.id))).toEqual(new Set(['visits', 'parking']));
  });

  it('says when there is no figure at all (nobody behind is then no good news)', () => {
    const view = attentionView(bundle(['visits'], [row('visits', 'a', null)]), metrics);
    expect(view).toEqual({ closedYear: false, items: [], anyFigure: false });
  });
});

describe('area views', () => {
  const rate = { id: 'r', name: '比率', numeratorId: 'parking', denominatorId: 'visits' } as unknown as Rate;
  const month = (metricId: string, m: string, value: number | null) => ({ metricId, month: m, value }) as unknown as SeriesRow;
  const area = (rows: SeriesRow[]) => ({
    input: { period },
    series: { rows },
    targets: { targets: [target('visits', null, 240), target('parking', null, 120)] },
  });
  const group = { lead: visits, rates: [rate] };

  it('gives the lead metric’s progress over the period and the area’s rates', () => {
    const months = ['2021-01', '2021-02', '2021-03', '2021-04', '2021-05', '2021-06'];
    const rows = months.flatMap((m, i) => [month('visits', m, i === 0 ? 50 : 10), month('parking', m, i === 0 ? 0 : 5)]);
    const view = areaKpiView(area(rows), group);
    expect(view.progress.value).toBe(100);
    expect(view.progress.target).toBe(120);
    expect(view.rates).toEqual([{ rate, value: 0.25 }]);
    expect(view.lastReported).toBeNull();
  });

  it('names the last month reported when the period has no value (missing is not zero)', () => {
    const view = areaKpiView(area([month('visits', '2020-11', 7), month('visits', '2021-01', null)]), group);
    expect(view.progress.value).toBeNull();
    expect(view.lastReported).toBe('2020-11');
  });

  it('draws the year so far: twelve months, the running total and the even-pace target', () => {
    const view = areaTrendView(area([month('visits', '2021-01', 40), month('visits', '2021-02', 60)]), visits);
    expect(view.yearToDate).toEqual({ from: '2021-01', to: '2021-06' });
    expect(view.rows).toHaveLength(12);
    expect(view.rows[1]).toMatchObject({ month: '2021-02', value: 60, cumulative: 100, target: 40 });
  });
});
