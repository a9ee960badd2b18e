import { describe, expect, it } from 'vitest';
import { AREAS, METRICS, RATES } from '../../mocks/data/catalogue';
import { areaGroups, communityMetrics, findMetric, leadAreas } from '../../src/domain/catalogue';
import type { Catalogue, Metric } from '../../src/lib/api/contract';

const sample: Catalogue = { areas: AREAS, metrics: METRICS, rates: RATES };
const newMetric: Metric = { id: 'garbage_sorted', name: '垃圾分类入户宣传', area: 'environment', unit: '户', higherIsBetter: true, scope: 'community', definition: '宣传入户数。' };

describe('the catalogue', () => {
  it('groups metrics and rates under their areas, in the catalogue’s order, each with its lead metric', () => {
    const groups = areaGroups(sample);
    expect(groups.map((g) => [g.area.name, g.lead?.id])).toEqual([
      ['走访群众', 'visits'],
      ['民生实事与矛盾纠纷', 'problems_solved'],
      ['停车设施', 'parking_spaces'],
      ['“三无行动”飞线整治', 'cables_cleared'],
      ['办件服务', 'centre_cases'],
    ]);
    expect(groups[1].metrics.map((m) => m.id)).toEqual(['matters_collected', 'problems_solved', 'disputes_mediated']);
    expect(groups[1].rates.map((r) => r.name)).toEqual(['问题解决率']);
  });

  it('keeps a metric of an area it does not list, under that area, last', () => {
    const groups = areaGroups({ ...sample, metrics: [...METRICS, newMetric] });
    expect(groups.at(-1)).toMatchObject({ area: { id: 'environment', name: 'environment', leadMetricId: null }, lead: null });
    expect(groups.at(-1)?.metrics).toEqual([newMetric]);
  });

  it('skips an area without a lead metric, or whose lead is not in the catalogue, for cards and trends', () => {
    const catalogue: Catalogue = {
      ...sample,
      areas: [...AREAS.slice(0, 2), { id: 'parking', name: '停车设施', leadMetricId: null }, { id: 'cables', name: '飞线', leadMetricId: 'gone' }],
    };
    expect(leadAreas(catalogue).map((g) => g.area.id)).toEqual(['visits', 'grievances']);
  });

  it('finds metrics by id and lists the per-community ones', () => {
    expect(findMetric(sample, 'visits')?.name).toBe('走访群众');
    expect(findMetric(sample, 'nope')).toBeUndefined();
    expect(findMetric(sample, null)).toBeUndefined();
    expect(communityMetrics(METRICS).map((m) => m.id)).not.toContain('centre_cases');
    expect(communityMetrics(METRICS)).toHaveLength(11);
  });
});
