// Deterministic sample data. 2020 subdistrict totals equal the seed article exactly; other
// years scale from them. Large synthetic sets come from the same code with other options.
import type { Area, Community, MetaResponse, Metric, MetricId, Rate, Target } from '../../src/lib/api/contract';
import { addMonths, monthIndex, monthOfYear, monthRange, yearOf } from '../../src/domain/month';
import { ARTICLE_2020, AREAS, METRICS, RATES } from './catalogue';
import { SAMPLE_COMMUNITIES, syntheticCommunities } from './communities';
import { apportion, createRandom } from './random';

export interface GenerateOptions {
  seed?: number;
  /** Number of synthetic communities; omitted: the ~20 sample communities. */
  communities?: number;
  firstMonth?: string;
  latestMonth?: string;
}

export interface MetricValues {
  /** Per community (same order as `communities`): monthly values, or null where the service is not offered. */
  byCommunity: (Float64Array | null)[];
  /** For a centre-scope metric: the centre's monthly values. */
  centre: Float64Array | null;
}

export interface Dataset {
  meta: MetaResponse;
  communities: Community[];
  /** The catalogue `/metrics` serves. */
  areas: Area[];
  metrics: Metric[];
  rates: Rate[];
  months: string[];
  values: Record<MetricId, MetricValues>;
  targets: Target[];
}

/** Year-over-year growth of the subdistrict totals: 2% to 16%, different for each metric and year. */
function growth(metricIndex: number, year: number, seed: number): number {
  const random = createRandom(seed * 7919 + metricIndex * 131 + year);
  return 1.02 + random() * 0.14;
}
/** Spring Festival makes February quiet; summer heat slows outdoor works. */
const SEASON = [0.9, 0.55, 1.0, 1.05, 1.1, 1.05, 0.95, 0.9, 1.05, 1.1, 1.1, 1.15];
const OUTDOOR: ReadonlySet<MetricId> = new Set(['parking_spaces', 'parking_markings', 'cables_cleared', 'greenery_repaired', 'kerbs_repaired', 'furniture_fixed']);

/** The year's subdistrict total: the article's 2020 figure, grown or shrunk year by year. */
function plannedYearTotal(metricId: MetricId, year: number, scale: number, seed: number): number {
  const index = METRICS.findIndex((m) => m.id === metricId);
  let factor = 1;
  for (let y = 2021; y <= year; y++) factor *= growth(index, y, seed);
  for (let y = 2020; y > year; y--) factor /= growth(index, y, seed);
  return Math.round(ARTICLE_2020[metricId] * scale * factor);
}

function offers(community: Community, metric: Metric): boolean {
  return metric.service === undefined || community.services.includes(metric.service);
}

export function generateDataset(options: GenerateOptions = {}): Dataset {
  const seed = options.seed ?? 2020;
  const random = createRandom(seed);
  const communities = options.communities === undefined ? SAMPLE_COMMUNITIES : syntheticCommunities(options.communities, random);
  const firstMonth = options.firstMonth ?? '2019-01';
  const latestMonth = options.latestMonth ?? '2021-06';
  const months = monthRange(firstMonth, latestMonth);
  const years = [...new Set(months.map(yearOf))];
  // Synthetic sets keep per-community figures realistic; 2020 totals are exact only at sample scale.
  const scale = options.communities === undefined ? 1 : communities.length / SAMPLE_COMMUNITIES.length;
  const base = monthIndex(firstMonth);

  const values = {} as Record<MetricId, MetricValues>;
  const targets: Target[] = [];
  // Problems solved follow the matters each community collected, so solved never outruns collected.
  const collectedByYear = new Map<number, number[]>();

  for (const metric of METRICS) {
    const season = OUTDOOR.has(metric.id) ? SEASON.map((s, i) => (i >= 6 && i <= 7 ? s * 0.85 : s)) : SEASON;
    const offered = communities.map((c) => offers(c, metric));
    const weights = communities.map((c, i) => (offered[i] ? c.households * (0.6 + random() * 0.8) : 0));
    const ambition = communities.map(() => 0.85 + random() * 0.4);
    const byCommunity = metric.scope === 'community' ? communities.map((_, i) => (offered[i] ? new Float64Array(months.length) : null)) : [];
    const centre = metric.scope === 'centre' ? new Float64Array(months.length) : null;

    for (const year of years) {
      const yearMonths = monthRange(`${year}-01`, `${year}-12`);
      const total = metric.id === 'centre_cases_on_time' ? 0 : plannedYearTotal(metric.id, year, scale, seed);
      const monthWeights = () => yearMonths.map((m) => season[monthOfYear(m) - 1] * (0.8 + random() * 0.4));
      const store = (series: Float64Array, monthly: number[]) => {
        yearMonths.forEach((m, k) => {
          const at = monthIndex(m) - base;
          if (at >= 0 && at < months.length) series[at] = monthly[k];
        });
      };

      if (metric.scope === 'centre' && centre) {
        if (metric.id === 'centre_cases_on_time') continue; // derived from centre_cases below
        store(centre, apportion(total, monthWeights()));
        const yearTarget = Math.round(total * (0.92 + random() * 0.1));
        targets.push({ metricId: metric.id, year, communityId: null, value: yearTarget });
        continue;
      }

      const collected = collectedByYear.get(year);
      const yearWeights = metric.id === 'problems_solved' && collected ? collected : weights.map((w) => w * (0.9 + random() * 0.2));
      const perCommunity = apportion(total, yearWeights);
      if (metric.id === 'matters_collected') collectedByYear.set(year, perCommunity);
      let subdistrictTarget = 0;
      communities.forEach((c, i) => {
        const series = byCommunity[i];
        if (!series) return;
        store(series, apportion(perCommunity[i], monthWeights()));
        const target = Math.max(1, Math.round(perCommunity[i] * ambition[i] * (0.95 + random() * 0.1)));
        subdistrictTarget += target;
        targets.push({ metricId: metric.id, year, communityId: c.id, value: target });
      });
      targets.push({ metricId: metric.id, year, communityId: null, value: subdistrictTarget });
    }
    values[metric.id] = { byCommunity, centre };
  }

  deriveOnTime(values, months, targets, years, random);

  return {
    meta: {
      subdistrict: { name: '稠城街道', city: '义乌市' },
      firstMonth,
      latestMonth,
      updatedAt: `${addMonths(latestMonth, 1)}-05T09:30:00+08:00`,
    },
    communities,
    areas: AREAS,
    metrics: METRICS,
    rates: RATES,
    months,
    values,
    targets,
  };
}

/** On-time cases: every case in 2020 (按期办结率 100%), a few late ones in other years. */
function deriveOnTime(values: Record<MetricId, MetricValues>, months: string[], targets: Target[], years: number[], random: () => number) {
  const cases = values.centre_cases.centre;
  if (!cases) throw new Error('centre_cases must be a centre metric');
  const onTime = new Float64Array(months.length);
  months.forEach((m, i) => {
    const late = yearOf(m) === 2020 ? 0 : Math.floor(random() * cases[i] * 0.012);
    onTime[i] = cases[i] - late;
  });
  values.centre_cases_on_time = { byCommunity: [], centre: onTime };
  for (const year of years) {
    const caseTarget = targets.find((t) => t.metricId === 'centre_cases' && t.year === year && t.communityId === null);
    if (caseTarget) targets.push({ metricId: 'centre_cases_on_time', year, communityId: null, value: caseTarget.value });
  }
}
