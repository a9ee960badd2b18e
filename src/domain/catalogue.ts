// What the app knows about metrics, areas and rates comes from the `/metrics` catalogue: these
// helpers read it, so a metric or area the app has never seen is shown with its own name and unit.
import type { Area, Catalogue, Community, Metric, MetricId, Rate } from '../lib/api/contract';

export interface AreaGroup {
  area: Area;
  /** The area's metrics in catalogue order. */
  metrics: Metric[];
  rates: Rate[];
  /** The metric the area's card and trend chart lead with; null when it has none (or names an unknown metric). */
  lead: Metric | null;
}

export function findMetric(catalogue: Pick<Catalogue, 'metrics'>, id: MetricId | null | undefined): Metric | undefined {
  return id == null ? undefined : catalogue.metrics.find((m) => m.id === id);
}

/**
 * Areas in catalogue order with their metrics and rates. Metrics whose area the catalogue does
 * not list come last, grouped under that area id, so nothing the backend serves is dropped.
 */
export function areaGroups(catalogue: Catalogue): AreaGroup[] {
  const listed = new Set(catalogue.areas.map((a) => a.id));
  const unlisted = [...new Set(catalogue.metrics.map((m) => m.area).filter((id) => !listed.has(id)))];
  const areas: Area[] = [...catalogue.areas, ...unlisted.map((id) => ({ id, name: id, leadMetricId: null }))];
  return areas.map((area) => ({
    area,
    metrics: catalogue.metrics.filter((m) => m.area === area.id),
    rates: catalogue.rates.filter((r) => r.area === area.id),
    lead: findMetric(catalogue, area.leadMetricId) ?? null,
  }));
}

/** Areas with a lead metric: one KPI card and one trend chart each. An area without one is skipped. */
export function leadAreas(catalogue: Catalogue): Array<AreaGroup & { lead: Metric }> {
  return areaGroups(catalogue).filter((g): g is AreaGroup & { lead: Metric } => g.lead !== null);
}

/** Metrics with one value per community: the ones communities are ranked on. */
export function communityMetrics(metrics: readonly Metric[]): Metric[] {
  return metrics.filter((m) => m.scope === 'community');
}

export function metricIdsOf(metrics: ReadonlyArray<Pick<Metric, 'id'>>): MetricId[] {
  return metrics.map((m) => m.id);
}

/** Whether a community offers the service a metric depends on (a metric without one: everyone). */
export function offersService(community: Pick<Community, 'services'>, metric: Pick<Metric, 'service'>): boolean {
  return metric.service === undefined || community.services.includes(metric.service);
}
