import type { Area, MetricId } from '../lib/api/contract';

/** The metric a KPI card and an area's trend chart lead with. */
export const AREA_MAIN_METRIC: Record<Area, MetricId> = {
  visits: 'visits',
  grievances: 'problems_solved',
  parking: 'parking_spaces',
  cables: 'cables_cleared',
  cases: 'centre_cases',
};
