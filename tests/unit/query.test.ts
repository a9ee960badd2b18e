import { beforeAll, describe, expect, it } from 'vitest';
import { generateDataset, type Dataset } from '../../mocks/data/generate';
import { querySeries, queryTargets } from '../../mocks/data/query';
import type { MetricId } from '../../src/lib/api/contract';
import { ARTICLE_2020_LITERAL, SAMPLE_METRIC_IDS } from '../support/article-2020';


let dataset: Dataset;
beforeAll(() => {
  dataset = generateDataset();
});

const idx = (month: string) => dataset.months.indexOf(month);
const at = (id: string) => dataset.communities.findIndex((c) => c.id === id);

/** Direct sum over months [from..to] of one community's series (null when not offered). */
function communitySum(metricId: MetricId, communityId: string, from: string, to: string): number | null {
  const series = dataset.values[metricId].byCommunity[at(communityId)];
  if (!series) return null;
  let total = 0;
  for (let i = idx(from); i <= idx(to); i++) total += series[i];
  return total;
}

describe('querySeries shapes', () => {
  it('groupBy none: one total row per metric, without month or communityId', () => {
    const rows = querySeries(dataset, { metrics: ['visits', 'centre_cases', 'community_cases'], from: '2020-01', to: '2020-12', groupBy: 'none' });
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r.metricId)).toEqual(['visits', 'centre_cases', 'community_cases']);
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(['metricId', 'value']);
  });

  it('groupBy month: one row per metric and month, in month order', () => {
    const rows = querySeries(dataset, { metrics: ['visits', 'centre_cases'], from: '2020-11', to: '2021-02', groupBy: 'month' });
    expect(rows.map((r) => [r.metricId, r.month])).toEqual([
      ['visits', '2020-11'],
      ['visits', '2020-12'],
      ['visits', '2021-01'],
      ['visits', '2021-02'],
      ['centre_cases', '2020-11'],
      ['centre_cases', '2020-12'],
      ['centre_cases', '2021-01'],
      ['centre_cases', '2021-02'],
    ]);
    for (const row of rows) expect('communityId' in row).toBe(false);
    const visitsDec = dataset.communities.reduce((s, c) => s + (communitySum('visits', c.id, '2020-12', '2020-12') ?? 0), 0);
    expect(rows[1].value).toBe(visitsDec);
    expect(rows[5].value).toBe(dataset.values.centre_cases.centre![idx('2020-12')]);
  });

  it('groupBy community: one row per community with the period sum', () => {
    const rows = querySeries(dataset, { metrics: ['visits'], from: '2020-03', to: '2020-08', groupBy: 'community' });
    expect(rows.map((r) => r.communityId)).toEqual(dataset.communities.map((c) => c.id));
    for (const row of rows) {
      expect('month' in row).toBe(false);
      expect(row.value).toBe(communitySum('visits', row.communityId!, '2020-03', '2020-08'));
    }
  });

  it('groupBy month,community: one row per month and community', () => {
    const rows = querySeries(dataset, { metrics: ['matters_collected'], from: '2021-01', to: '2021-03', groupBy: 'month,community' });
    const n = dataset.communities.length;
    expect(rows).toHaveLength(3 * n);
    expect(new Set(rows.map((r) => `${r.month}/${r.communityId}`)).size).toBe(3 * n);
    for (const row of rows) expect(row.value).toBe(communitySum('matters_collected', row.communityId!, row.month!, row.month!));
    expect(rows.filter((r) => r.month === '2021-02')).toHaveLength(n);
  });

  it('monthly rows add up to the period total', () => {
    const params = { metrics: ['parking_spaces'] as MetricId[], from: '2019-04', to: '2020-09' };
    const [total] = querySeries(dataset, { ...params, groupBy: 'none' });
    const monthly = querySeries(dataset, { ...params, groupBy: 'month' });
    const byCommunity = querySeries(dataset, { ...params, groupBy: 'community' });
    expect(monthly).toHaveLength(18);
    expect(monthly.reduce((s, r) => s + r.value!, 0)).toBe(total.value);
    expect(byCommunity.reduce((s, r) => s + (r.value ?? 0), 0)).toBe(total.value);
  });
});

describe('querySeries values', () => {
  it('2020 totals equal the article for every metric', () => {
    const rows = querySeries(dataset, { metrics: [...SAMPLE_METRIC_IDS], from: '2020-01', to: '2020-12', groupBy: 'none' });
    expect(Object.fromEntries(rows.map((r) => [r.metricId, r.value]))).toEqual(ARTICLE_2020_LITERAL);
  });

  it('gives value null (not zero) to a community not offering the service', () => {
    const rows = querySeries(dataset, { metrics: ['parking_spaces', 'community_cases'], from: '2020-01', to: '2020-12', groupBy: 'community' });
    const value = (metricId: MetricId, communityId: string) => rows.find((r) => r.metricId === metricId && r.communityId === communityId)?.value;
    expect(value('parking_spaces', 'ximen')).toBeNull();
    expect(value('parking_spaces', 'xiaozici')).toBeNull();
    expect(value('parking_spaces', 'xiuhu')).toBeGreaterThan(0);
    expect(value('community_cases', 'binwang')).toBeNull();
    expect(value('community_cases', 'cilin')).toBeGreaterThan(0);
    expect(rows.filter((r) => r.metricId === 'community_cases' && r.value !== null).map((r) => r.communityId).sort()).toEqual(['cilin', 'tonghui', 'xiuhu']);
    // still one row per community, null rows included
    expect(rows.filter((r) => r.metricId === 'parking_spaces')).toHaveLength(dataset.communities.length);
  });

  it('gives null per month too, under month,community', () => {
    const rows = querySeries(dataset, { metrics: ['parking_markings'], from: '2020-01', to: '2020-02', groupBy: 'month,community' });
    const ximen = rows.filter((r) => r.communityId === 'ximen');
    expect(ximen).toHaveLength(2);
    expect(ximen.every((r) => r.value === null)).toBe(true);
  });

  it('filters communities', () => {
    const communities = ['xiuhu', 'cilin', 'ximen'];
    const byCommunity = querySeries(dataset, { metrics: ['visits', 'parking_spaces'], from: '2020-01', to: '2020-12', groupBy: 'community', communities });
    expect(byCommunity.filter((r) => r.metricId === 'visits').map((r) => r.communityId).sort()).toEqual(['cilin', 'ximen', 'xiuhu']);
    const [visits, parking] = querySeries(dataset, { metrics: ['visits', 'parking_spaces'], from: '2020-01', to: '2020-12', groupBy: 'none', communities });
    expect(visits.value).toBe(communities.reduce((s, id) => s + communitySum('visits', id, '2020-01', '2020-12')!, 0));
    expect(visits.value).toBeLessThan(3046);
    // ximen offers no parking: the filtered total is xiuhu + cilin alone
    expect(parking.value).toBe(communitySum('parking_spaces', 'xiuhu', '2020-01', '2020-12')! + communitySum('parking_spaces', 'cilin', '2020-01', '2020-12')!);
  });

  it('gives a null total when no filtered community offers the service', () => {
    const [row] = querySeries(dataset, { metrics: ['community_cases'], from: '2020-01', to: '2020-12', groupBy: 'none', communities: ['binwang', 'ximen'] });
    expect(row).toEqual({ metricId: 'community_cases', value: null });
  });

  it('sums only the months with data when the period is partly outside the range', () => {
    const [before] = querySeries(dataset, { metrics: ['visits'], from: '2018-07', to: '2019-03', groupBy: 'none' });
    const [inside] = querySeries(dataset, { metrics: ['visits'], from: '2019-01', to: '2019-03', groupBy: 'none' });
    expect(before.value).toBe(inside.value);
    expect(before.value).toBeGreaterThan(0);

    const [after] = querySeries(dataset, { metrics: ['centre_cases'], from: '2021-04', to: '2021-12', groupBy: 'none' });
    const c = dataset.values.centre_cases.centre!;
    expect(after.value).toBe(c[idx('2021-04')] + c[idx('2021-05')] + c[idx('2021-06')]);

    const monthly = querySeries(dataset, { metrics: ['visits'], from: '2021-05', to: '2021-09', groupBy: 'month' });
    expect(monthly.map((r) => r.month)).toEqual(['2021-05', '2021-06']);
  });

  it('gives centre metric rows communityId null when grouped by community', () => {
    const rows = querySeries(dataset, { metrics: ['centre_cases', 'centre_cases_on_time'], from: '2020-01', to: '2020-12', groupBy: 'community' });
    expect(rows).toEqual([
      { metricId: 'centre_cases', communityId: null, value: 14017 },
      { metricId: 'centre_cases_on_time', communityId: null, value: 14017 },
    ]);
    const monthly = querySeries(dataset, { metrics: ['centre_cases'], from: '2020-01', to: '2020-03', groupBy: 'month,community' });
    expect(monthly).toHaveLength(3);
    expect(monthly.every((r) => r.communityId === null && 'communityId' in r)).toBe(true);
  });
});

describe('queryTargets', () => {
  it('filters by year', () => {
    const targets = queryTargets(dataset, [2020]);
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.every((t) => t.year === 2020)).toBe(true);
    expect(new Set(targets.map((t) => t.metricId))).toEqual(new Set(SAMPLE_METRIC_IDS));
    expect(targets).toEqual(dataset.targets.filter((t) => t.year === 2020));
  });

  it('filters by several years and by metrics', () => {
    const targets = queryTargets(dataset, [2019, 2021], ['visits', 'centre_cases']);
    expect(new Set(targets.map((t) => t.year))).toEqual(new Set([2019, 2021]));
    expect(new Set(targets.map((t) => t.metricId))).toEqual(new Set(['visits', 'centre_cases']));
    const visits2021 = targets.filter((t) => t.metricId === 'visits' && t.year === 2021);
    expect(visits2021).toHaveLength(dataset.communities.length + 1);
    expect(targets.filter((t) => t.metricId === 'centre_cases' && t.year === 2019)).toEqual([
      expect.objectContaining({ communityId: null }),
    ]);
  });

  it('is empty for a year without targets', () => {
    expect(queryTargets(dataset, [2018])).toEqual([]);
    expect(queryTargets(dataset, [])).toEqual([]);
  });
});
