import { beforeAll, describe, expect, it } from 'vitest';
import { generateDataset, type Dataset } from '../../mocks/data/generate';
import type { MetricId } from '../../src/lib/api/contract';
import { ARTICLE_2020_LITERAL, SAMPLE_METRIC_IDS } from '../support/article-2020';


const PILOTS = ['cilin', 'xiuhu', 'tonghui'];

/** Sum of series over the months of `year` present in the dataset. */
function yearSum(dataset: Dataset, series: Float64Array, year: number): number {
  let total = 0;
  dataset.months.forEach((m, i) => {
    if (m.startsWith(`${year}-`)) total += series[i];
  });
  return total;
}

/** Subdistrict total of a metric over a year, summing the typed arrays directly. */
function subdistrictYear(dataset: Dataset, metricId: MetricId, year: number): number {
  const { byCommunity, centre } = dataset.values[metricId];
  if (centre) return yearSum(dataset, centre, year);
  return byCommunity.reduce((s, series) => s + (series ? yearSum(dataset, series, year) : 0), 0);
}

/** A plain, comparable copy of a dataset's values. */
function plainValues(dataset: Dataset) {
  return Object.fromEntries(
    Object.entries(dataset.values).map(([id, v]) => [
      id,
      { byCommunity: v.byCommunity.map((s) => (s ? Array.from(s) : null)), centre: v.centre ? Array.from(v.centre) : null },
    ]),
  );
}

describe('generateDataset (default sample)', () => {
  let dataset: Dataset;
  beforeAll(() => {
    dataset = generateDataset();
  });

  it('covers every metric of the contract', () => {
    expect(Object.keys(dataset.values).sort()).toEqual([...SAMPLE_METRIC_IDS].sort());
    expect(dataset.metrics.map((m) => m.id).sort()).toEqual([...SAMPLE_METRIC_IDS].sort());
  });

  it.each(Object.entries(ARTICLE_2020_LITERAL))('2020 subdistrict total of %s equals the article (%i)', (metricId, expected) => {
    const year2020 = dataset.months.filter((m) => m.startsWith('2020-'));
    expect(year2020).toEqual(['2020-01', '2020-02', '2020-03', '2020-04', '2020-05', '2020-06', '2020-07', '2020-08', '2020-09', '2020-10', '2020-11', '2020-12']);
    expect(subdistrictYear(dataset, metricId as MetricId, 2020)).toBe(expected);
  });

  it('has about 20 communities including the ones the article names', () => {
    expect(dataset.communities.length).toBeGreaterThanOrEqual(18);
    expect(dataset.communities.length).toBeLessThanOrEqual(22);
    const ids = dataset.communities.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ['xiuhu', 'cilin', 'tonghui', 'binwang']) expect(ids).toContain(id);
  });

  it('spans 2019-01..2021-06 and says so in meta', () => {
    expect(dataset.months).toHaveLength(30);
    expect(dataset.months[0]).toBe('2019-01');
    expect(dataset.months.at(-1)).toBe('2021-06');
    expect(dataset.months).toContain('2020-02');
    expect(dataset.meta.firstMonth).toBe('2019-01');
    expect(dataset.meta.latestMonth).toBe('2021-06');
    for (const metricId of SAMPLE_METRIC_IDS) {
      const { byCommunity, centre } = dataset.values[metricId];
      if (centre) expect(centre).toHaveLength(30);
      for (const series of byCommunity) if (series) expect(series).toHaveLength(30);
    }
  });

  it('gives community_cases only to the pilots, null (not zero) elsewhere', () => {
    const { byCommunity, centre } = dataset.values.community_cases;
    expect(centre).toBeNull();
    expect(byCommunity).toHaveLength(dataset.communities.length);
    dataset.communities.forEach((c, i) => {
      if (PILOTS.includes(c.id)) {
        expect(byCommunity[i], c.id).toBeInstanceOf(Float64Array);
        expect(yearSum(dataset, byCommunity[i]!, 2020), c.id).toBeGreaterThan(0);
      } else {
        expect(byCommunity[i], c.id).toBeNull();
      }
    });
  });

  it('gives null parking series to communities without the parking service', () => {
    const without = dataset.communities.filter((c) => !c.services.includes('parking'));
    expect(without.length).toBeGreaterThan(0);
    for (const metricId of ['parking_spaces', 'parking_markings'] as const) {
      dataset.communities.forEach((c, i) => {
        const series = dataset.values[metricId].byCommunity[i];
        if (c.services.includes('parking')) expect(series, `${metricId} ${c.id}`).toBeInstanceOf(Float64Array);
        else expect(series, `${metricId} ${c.id}`).toBeNull();
      });
    }
  });

  it('keeps centre metrics at the centre, not per community', () => {
    for (const metricId of ['centre_cases', 'centre_cases_on_time'] as const) {
      expect(dataset.values[metricId].centre).toBeInstanceOf(Float64Array);
      expect(dataset.values[metricId].byCommunity).toEqual([]);
    }
  });

  it('has only non-negative integer values', () => {
    for (const metricId of SAMPLE_METRIC_IDS) {
      const { byCommunity, centre } = dataset.values[metricId];
      for (const series of [centre, ...byCommunity]) {
        if (!series) continue;
        for (const v of series) {
          expect(Number.isInteger(v), `${metricId} ${v}`).toBe(true);
          expect(v, metricId).toBeGreaterThanOrEqual(0);
        }
      }
    }
  });

  it('never solves more problems than matters collected, per community and year', () => {
    const collected = dataset.values.matters_collected.byCommunity;
    const solved = dataset.values.problems_solved.byCommunity;
    for (const year of [2019, 2020, 2021]) {
      dataset.communities.forEach((c, i) => {
        const s = yearSum(dataset, solved[i]!, year);
        const m = yearSum(dataset, collected[i]!, year);
        expect(s, `${c.id} ${year}`).toBeLessThanOrEqual(m);
      });
    }
  });

  it('has on-time centre cases at most equal to cases, and all on time in 2020', () => {
    const cases = dataset.values.centre_cases.centre!;
    const onTime = dataset.values.centre_cases_on_time.centre!;
    dataset.months.forEach((m, i) => {
      expect(onTime[i], m).toBeLessThanOrEqual(cases[i]);
      if (m.startsWith('2020-')) expect(onTime[i], m).toBe(cases[i]);
    });
  });

  describe('targets', () => {
    const perCommunityMetrics = SAMPLE_METRIC_IDS.filter((id) => id !== 'centre_cases' && id !== 'centre_cases_on_time');

    it('exist for 2019, 2020 and 2021 for every metric at subdistrict level', () => {
      for (const year of [2019, 2020, 2021]) {
        for (const metricId of SAMPLE_METRIC_IDS) {
          const subdistrict = dataset.targets.filter((t) => t.metricId === metricId && t.year === year && t.communityId === null);
          expect(subdistrict, `${metricId} ${year}`).toHaveLength(1);
          expect(subdistrict[0].value).toBeGreaterThan(0);
        }
      }
      expect(new Set(dataset.targets.map((t) => t.year))).toEqual(new Set([2019, 2020, 2021]));
    });

    it('exist per community exactly for the communities offering the service', () => {
      for (const year of [2019, 2020, 2021]) {
        for (const metricId of perCommunityMetrics) {
          const ids = dataset.targets.filter((t) => t.metricId === metricId && t.year === year && t.communityId !== null).map((t) => t.communityId);
          const offering = dataset.communities.filter((_, i) => dataset.values[metricId].byCommunity[i] !== null).map((c) => c.id);
          expect(ids.sort(), `${metricId} ${year}`).toEqual(offering.sort());
        }
      }
      expect(dataset.targets.filter((t) => t.metricId === 'community_cases' && t.communityId !== null).every((t) => PILOTS.includes(t.communityId!))).toBe(true);
    });

    it('subdistrict target equals the sum of community targets for per-community metrics', () => {
      for (const year of [2019, 2020, 2021]) {
        for (const metricId of perCommunityMetrics) {
          const forMetric = dataset.targets.filter((t) => t.metricId === metricId && t.year === year);
          const subdistrict = forMetric.find((t) => t.communityId === null)!.value;
          const sum = forMetric.filter((t) => t.communityId !== null).reduce((s, t) => s + t.value, 0);
          expect(subdistrict, `${metricId} ${year}`).toBe(sum);
        }
      }
    });

    it('gives centre_cases_on_time the same target as centre_cases', () => {
      for (const year of [2019, 2020, 2021]) {
        const find = (id: MetricId) => dataset.targets.find((t) => t.metricId === id && t.year === year && t.communityId === null)!.value;
        expect(find('centre_cases_on_time')).toBe(find('centre_cases'));
      }
    });

    it('leaves some communities ahead of and some behind their target share', () => {
      const cases: Array<[MetricId, number]> = [
        ...perCommunityMetrics.filter((id) => id !== 'community_cases').map((id): [MetricId, number] => [id, 2020]),
        ['visits', 2019],
        ['visits', 2021],
      ];
      for (const [metricId, year] of cases) {
        const monthsOfYear = dataset.months.filter((m) => m.startsWith(`${year}-`)).length;
        let ahead = 0;
        let behind = 0;
        dataset.communities.forEach((c, i) => {
          const series = dataset.values[metricId].byCommunity[i];
          if (!series) return;
          const target = dataset.targets.find((t) => t.metricId === metricId && t.year === year && t.communityId === c.id)!.value;
          const share = (target * monthsOfYear) / 12;
          if (yearSum(dataset, series, year) >= share) ahead++;
          else behind++;
        });
        expect(ahead, `${metricId} ${year} ahead`).toBeGreaterThan(0);
        expect(behind, `${metricId} ${year} behind`).toBeGreaterThan(0);
      }
    });
  });
});

describe('generateDataset determinism', () => {
  it('gives identical values and targets on every call', () => {
    const a = generateDataset();
    const b = generateDataset();
    expect(plainValues(a)).toEqual(plainValues(b));
    expect(a.targets).toEqual(b.targets);
    expect(a.communities).toEqual(b.communities);
    expect(a.meta).toEqual(b.meta);
  });

  it('gives different values for a different seed, with the same 2020 totals', () => {
    const a = generateDataset();
    const b = generateDataset({ seed: 7 });
    expect(plainValues(a)).not.toEqual(plainValues(b));
    expect(Array.from(a.values.visits.byCommunity[0]!)).not.toEqual(Array.from(b.values.visits.byCommunity[0]!));
    expect(a.targets).not.toEqual(b.targets);
    for (const [metricId, expected] of Object.entries(ARTICLE_2020_LITERAL)) {
      expect(subdistrictYear(b, metricId as MetricId, 2020), metricId).toBe(expected);
    }
  });

  it('uses the seed 2020 by default', () => {
    expect(plainValues(generateDataset({ seed: 2020 }))).toEqual(plainValues(generateDataset()));
  });
});

describe('generateDataset (synthetic)', () => {
  it('builds 500 unique communities over 60 months', () => {
    const dataset = generateDataset({ communities: 500, firstMonth: '2016-07', latestMonth: '2021-06' });
    expect(dataset.communities).toHaveLength(500);
    expect(new Set(dataset.communities.map((c) => c.id)).size).toBe(500);
    expect(dataset.months).toHaveLength(60);
    expect(dataset.months[0]).toBe('2016-07');
    expect(dataset.months.at(-1)).toBe('2021-06');
    expect(dataset.values.visits.byCommunity).toHaveLength(500);
    expect(dataset.values.visits.byCommunity.every((s) => s === null || s.length === 60)).toBe(true);
    expect(dataset.values.centre_cases.centre).toHaveLength(60);
    // the months before 2016-07 are not part of the data, but 2016-07 itself is filled
    const visits2016 = dataset.values.visits.byCommunity.reduce((s, series) => s + (series ? series[0] : 0), 0);
    expect(visits2016).toBeGreaterThan(0);
  });
});
