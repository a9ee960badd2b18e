// A copy of the sample dataset with one metric the app has never seen, in an area it has never
// seen, offered by some communities only: to prove the app follows the backend's catalogue.
import { generateDataset, type Dataset } from '../../mocks/data/generate';
import type { Metric, Target } from '../../src/lib/api/contract';

export const NEW_METRIC: Metric = {
  id: 'garbage_sorted',
  name: '垃圾分类入户宣传',
  area: 'environment',
  unit: '户次',
  higherIsBetter: true,
  scope: 'community',
  service: 'garbage',
  definition: '社区开展垃圾分类入户宣传的户次。',
};
export const NEW_AREA = { id: 'environment', name: '人居环境', leadMetricId: NEW_METRIC.id };
/** Communities that do not offer the new service (every fourth). */
export const WITHOUT_SERVICE = (index: number) => index % 4 === 3;

export function datasetWithNewMetric(): Dataset {
  const dataset = generateDataset();
  const communities = dataset.communities.map((c, i) => (WITHOUT_SERVICE(i) ? c : { ...c, services: [...c.services, NEW_METRIC.service as string] }));
  const byCommunity = communities.map((_, i) => (WITHOUT_SERVICE(i) ? null : Float64Array.from(dataset.months, (_, m) => 10 + ((i * 7 + m * 3) % 23))));
  const years = [...new Set(dataset.months.map((m) => Number(m.slice(0, 4))))];
  const targets: Target[] = years.flatMap((year) => {
    const perCommunity = communities.flatMap((c, i) => (WITHOUT_SERVICE(i) ? [] : [{ metricId: NEW_METRIC.id, year, communityId: c.id, value: 200 + i * 5 }]));
    return [...perCommunity, { metricId: NEW_METRIC.id, year, communityId: null, value: perCommunity.reduce((s, t) => s + t.value, 0) }];
  });
  return {
    ...dataset,
    communities,
    areas: [...dataset.areas, NEW_AREA],
    metrics: [...dataset.metrics, NEW_METRIC],
    values: { ...dataset.values, [NEW_METRIC.id]: { byCommunity, centre: null } },
    targets: [...dataset.targets, ...targets],
  };
}
