// The metric page's two bundles: the subdistrict's months (summary and trend) and every
// community's figures with last year's for 同比.
import { samePeriodLastYear } from '../../../domain/deltas';
import { coversPeriod, type DataRange, type Period } from '../../../domain/period';
import { progressWindow } from '../../../domain/progress';
import { bundleOptions, type QueryData } from '../../../lib/api/bundle';
import type { Metric } from '../../../lib/api/contract';
import { communityFiguresParts, seriesOptions, subdistrictMonthlyOptions } from '../../../lib/api/queries';

export function metricMonthlyOptions(metric: Pick<Metric, 'id'>, period: Period) {
  return subdistrictMonthlyOptions([metric.id], period, progressWindow(period));
}

/** Every community's figures on `metric`, and last year's values when the data covers that period (no partial sums). */
export function metricCommunitiesOptions(metric: Pick<Metric, 'id'>, period: Period, range: DataRange) {
  const lastYear = samePeriodLastYear(period);
  const withLastYear = coversPeriod(range, lastYear);
  return bundleOptions(
    'metric-communities',
    { metricId: metric.id, period: { from: period.from, to: period.to } },
    {
      ...communityFiguresParts([metric.id], period),
      lastYear: withLastYear ? seriesOptions({ metrics: [metric.id], from: lastYear.from, to: lastYear.to, groupBy: 'community' }) : null,
    },
  );
}

export type MetricCommunitiesData = QueryData<ReturnType<typeof metricCommunitiesOptions>>;
