import { describe, expect, it } from 'vitest';
import { buildAreaSummaries, hasAnyValue } from '../../src/domain/area-summaries';
import { totalsByMetric, valuesByCommunity } from '../../src/domain/series';
import type { Metric, MetricId, SeriesRow } from '../../src/lib/api/contract';
import { AREAS, RATES } from '../../mocks/data/catalogue';

describe('totalsByMetric', () => {
  it('takes only ungrouped rows, keeping null values', () => {
    const rows: SeriesRow[] = [
      { metricId: 'visits', value: 3046 },
      { metricId: 'community_cases', value: null },
      { metricId: 'visits', month: '2020-01', value: 100 },
      { metricId: 'matters_collected', communityId: 'xiuhu', value: 7 },
      { metricId: 'centre_cases', communityId: null, value: 14017 },
    ];
    const totals = totalsByMetric(rows);
    expect([...totals.entries()]).toEqual([
      ['visits', 3046],
      ['community_cases', null],
    ]);
    expect(totals.has('matters_collected')).toBe(false);
    expect(totals.has('centre_cases')).toBe(false);
  });

  it('is empty for no rows', () => {
    expect(totalsByMetric([]).size).toBe(0);
  });
});

describe('valuesByCommunity', () => {
  const rows: SeriesRow[] = [
    { metricId: 'visits', communityId: 'xiuhu', value: 200 },
    { metricId: 'visits', communityId: 'ximen', value: 0 },
    { metricId: 'parking_spaces', communityId: 'ximen', value: null },
    { metricId: 'parking_spaces', communityId: 'xiuhu', value: 140 },
    { metricId: 'centre_cases', communityId: null, value: 14017 },
    { metricId: 'visits', value: 3046 },
  ];

  it('maps community ids to the chosen metric only', () => {
    expect([...valuesByCommunity(rows, 'visits').entries()]).toEqual([
      ['xiuhu', 200],
      ['ximen', 0],
    ]);
    expect([...valuesByCommunity(rows, 'parking_spaces').entries()]).toEqual([
      ['ximen', null],
      ['xiuhu', 140],
    ]);
  });

  it('ignores the centre row (communityId null)', () => {
    expect(valuesByCommunity(rows, 'centre_cases').size).toBe(0);
  });
});

const metric = (id: MetricId, area: Metric['area']): Metric => ({
  id,
  name: id,
  area,
  unit: '个',
  higherIsBetter: true,
  scope: area === 'cases' && id !== 'community_cases' ? 'centre' : 'community',
  definition: id,
});

describe('buildAreaSummaries', () => {
  // deliberately out of area order
  const metrics: Metric[] = [
    metric('centre_cases', 'cases'),
    metric('problems_solved', 'grievances'),
    metric('visits', 'visits'),
    metric('matters_collected', 'grievances'),
    metric('centre_cases_on_time', 'cases'),
  ];

  const catalogue = (list: Metric[]) => ({ areas: AREAS, metrics: list, rates: RATES });

  it('groups metrics by area in the catalogue’s area order, dropping areas without metrics', () => {
    const summaries = buildAreaSummaries(catalogue(metrics), new Map());
    expect(summaries.map((s) => s.area.id)).toEqual(['visits', 'grievances', 'cases']);
    expect(summaries.map((s) => s.area.name)).toEqual(['走访群众', '民生实事与矛盾纠纷', '办件服务']);
    expect(summaries[1].metrics.map((m) => m.metric.id)).toEqual(['problems_solved', 'matters_collected']);
    expect(summaries[2].metrics.map((m) => m.metric.id)).toEqual(['centre_cases', 'centre_cases_on_time']);
  });

  it('attaches totals (missing -> null) and the area rates', () => {
    const totals = new Map<MetricId, number | null>([
      ['visits', 3046],
      ['problems_solved', 291],
      ['matters_collected', 452],
      ['centre_cases', 14017],
      ['centre_cases_on_time', null],
    ]);
    const [visits, grievances, cases] = buildAreaSummaries(catalogue(metrics), totals);
    expect(visits.metrics.map((m) => m.value)).toEqual([3046]);
    expect(visits.rates).toEqual([]);
    expect(grievances.metrics.map((m) => m.value)).toEqual([291, 452]);
    expect(grievances.rates.map((r) => r.rate.id)).toEqual(['solve_rate']);
    expect(grievances.rates[0].value).toBeCloseTo(291 / 452, 10);
    expect(cases.metrics.map((m) => m.value)).toEqual([14017, null]);
    expect(cases.rates.map((r) => [r.rate.id, r.value])).toEqual([['on_time_rate', null]]);
  });

  it('is empty without metrics', () => {
    expect(buildAreaSummaries(catalogue([]), new Map())).toEqual([]);
  });
});

describe('hasAnyValue', () => {
  const metrics = { areas: AREAS, metrics: [metric('visits', 'visits'), metric('parking_spaces', 'parking')], rates: [] };

  it('is false when every total is missing or null', () => {
    expect(hasAnyValue(buildAreaSummaries(metrics, new Map()))).toBe(false);
    expect(hasAnyValue(buildAreaSummaries(metrics, new Map<MetricId, number | null>([['visits', null]])))).toBe(false);
    expect(hasAnyValue([])).toBe(false);
  });

  it('is true when some total is present, including zero', () => {
    expect(hasAnyValue(buildAreaSummaries(metrics, new Map<MetricId, number | null>([['parking_spaces', 0]])))).toBe(true);
    expect(hasAnyValue(buildAreaSummaries(metrics, new Map<MetricId, number | null>([['visits', 12]])))).toBe(true);
  });
});
