import type { MetricId } from '../../src/lib/api/contract';

/**
 * The seed article's 2020 subdistrict totals (../shared/seed/figures.md), written out here
 * rather than imported from the mock catalogue, so a typo there fails the tests.
 */
export const ARTICLE_2020_LITERAL: Record<MetricId, number> = {
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

/** The sample catalogue's metric ids: the article's metrics. */
export const SAMPLE_METRIC_IDS: readonly MetricId[] = Object.keys(ARTICLE_2020_LITERAL);
