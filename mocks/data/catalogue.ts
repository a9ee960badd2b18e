// The metric catalogue and the seed article's 2020 subdistrict totals (../shared/seed/figures.md).
import type { Area, Catalogue, Metric, MetricId, Rate } from '../../src/lib/api/contract';

/** The work areas the article reports on, each led by the metric its card and trend chart show. */
export const AREAS: Area[] = [
  { id: 'visits', name: '走访群众', leadMetricId: 'visits' },
  { id: 'grievances', name: '民生实事与矛盾纠纷', leadMetricId: 'problems_solved' },
  { id: 'parking', name: '停车设施', leadMetricId: 'parking_spaces' },
  { id: 'cables', name: '“三无行动”飞线整治', leadMetricId: 'cables_cleared' },
  { id: 'cases', name: '办件服务', leadMetricId: 'centre_cases' },
];

export const RATES: Rate[] = [
  { id: 'solve_rate', name: '问题解决率', area: 'grievances', numeratorId: 'problems_solved', denominatorId: 'matters_collected' },
  { id: 'on_time_rate', name: '按期办结率', area: 'cases', numeratorId: 'centre_cases_on_time', denominatorId: 'centre_cases' },
];

/** `indexWeight`: the 综合指数's default weights (the lead metrics, plus disputes and the pilots' community cases). */
/** `minTarget`: disputes are a few a year per community (prorated targets of 0.5–3): below 5 a % is noise, so they rank by count. */
export const METRICS: Metric[] = [
  { id: 'visits', name: '走访群众', area: 'visits', unit: '户', higherIsBetter: true, scope: 'community', service: 'visits', definition: '落实群众全覆盖走访，社区工作人员当月入户走访的户数。', indexWeight: 3 },
  { id: 'matters_collected', name: '收集民生实事', area: 'grievances', unit: '项', higherIsBetter: true, scope: 'community', service: 'grievances', definition: '走访和“回音壁”中收集并登记的民生实事件数。' },
  { id: 'problems_solved', name: '解决群众问题', area: 'grievances', unit: '个', higherIsBetter: true, scope: 'community', service: 'grievances', definition: '已办结并经群众确认解决的问题个数；除以收集的民生实事即为解决率。', indexWeight: 2 },
  { id: 'disputes_mediated', name: '化解矛盾纠纷', area: 'grievances', unit: '个', higherIsBetter: true, scope: 'community', service: 'grievances', definition: '经调解成功化解的各类矛盾纠纷个数。', indexWeight: 1, minTarget: 5 },
  { id: 'parking_spaces', name: '新增停车位', area: 'parking', unit: '个', higherIsBetter: true, scope: 'community', service: 'parking', definition: '当月建成并投入使用的新增停车位个数。', indexWeight: 2 },
  { id: 'parking_markings', name: '正向停车标识', area: 'parking', unit: '个', higherIsBetter: true, scope: 'community', service: 'parking', definition: '当月施划或设置的正向停车标识个数。' },
  { id: 'cables_cleared', name: '清剪户外零星飞线', area: 'cables', unit: '处', higherIsBetter: true, scope: 'community', service: 'cables', definition: '“三无行动”中清剪的户外零星飞线处数。', indexWeight: 2 },
  { id: 'greenery_repaired', name: '修整绿化', area: 'cables', unit: '平方米', higherIsBetter: true, scope: 'community', service: 'cables', definition: '“三无行动”中修整的绿化面积（平方米）。' },
  { id: 'kerbs_repaired', name: '路侧石修复', area: 'cables', unit: '米', higherIsBetter: true, scope: 'community', service: 'cables', definition: '“三无行动”中修复的路侧石长度（米）。' },
  { id: 'furniture_fixed', name: '问题城市家具整改', area: 'cables', unit: '处', higherIsBetter: true, scope: 'community', service: 'cables', definition: '整改完成的问题城市家具处数。' },
  { id: 'centre_cases', name: '街道行政服务中心受理事项', area: 'cases', unit: '件', higherIsBetter: true, scope: 'centre', definition: '街道行政服务中心“无差别全科受理”的各类事项件数。' },
  { id: 'centre_cases_on_time', name: '按期办结事项', area: 'cases', unit: '件', higherIsBetter: true, scope: 'centre', definition: '街道行政服务中心受理事项中按期办结的件数；除以受理事项即为按期办结率。' },
  { id: 'community_cases', name: '社区下沉办件', area: 'cases', unit: '件', higherIsBetter: true, scope: 'community', service: 'case_station', definition: '高频政务服务事项下沉社区便民服务中心办理的件数（试点社区）。', indexWeight: 1 },
];

/** 2020 subdistrict totals, exactly as the seed article gives them ("余" taken as written). */
export const ARTICLE_2020: Record<MetricId, number> = {
  visits: 3046,
  matters_collected: 452,
  problems_solved: 291,
  disputes_mediated: 62,
  parking_spaces: 2600,
  parking_markings: 25000,
  cables_cleared: 3300,
  greenery_repaired: 9000,
  kerbs_repaired: 4200,
  furniture_fixed: 2700,
  centre_cases: 14017,
  centre_cases_on_time: 14017,
  community_cases: 2491,
};

export function sampleCatalogue(): Catalogue {
  return { areas: AREAS, metrics: METRICS, rates: RATES };
}
