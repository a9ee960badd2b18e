// The metric page's data wiring in one place: what the URL asks for (routeInputs), its two
// bundles with their views as `select` (pure, domain/metric-views.ts), the loader that starts
// them from the URL, and the one hook the page reads its inputs through.
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { canSeeAllCommunities } from '../../domain/access';
import { findMetric } from '../../domain/catalogue';
import { samePeriodLastYear } from '../../domain/deltas';
import { metricCommunitiesView, metricMonthlyView } from '../../domain/metric-views';
import { addMonths, monthOfYear, monthRange, yearOf } from '../../domain/month';
import { oncePer } from '../../domain/once-per';
import { coversPeriod, type DataRange, type Period } from '../../domain/period';
import { progressWindow } from '../../domain/progress';
import type { TargetIndex } from '../../domain/targets';
import type { UrlFixes } from '../../domain/url-params';
import { bundleOptions, type QueryData } from '../../lib/api/bundle';
import type { Catalogue, MetaResponse, Metric, MetricId } from '../../lib/api/contract';
import { loaderInputs, routePeriod } from '../../lib/api/loader-inputs';
import { communityFiguresParts, seriesOptions, subdistrictMonthlyOptions, type SubdistrictMonthlyData } from '../../lib/api/queries';
import { formatMonth } from '../../lib/i18n/format';
import { usePageSearch, type PathParams } from '../../lib/use-url-state';

export interface MetricInputs extends UrlFixes {
  range: DataRange;
  period: Period;
  catalogue: Catalogue;
  /** The id in the path, as written. */
  metricId: string | undefined;
  /** undefined: the catalogue has no such metric (the page says so). */
  metric: Metric | undefined;
}

/** What the metric page's URL asks for (pure: the loader and the page agree). */
export function routeInputs(search: URLSearchParams, meta: Pick<MetaResponse, 'firstMonth' | 'latestMonth'>, catalogue: Catalogue, path: PathParams): MetricInputs {
  const { range, period } = routePeriod(search, meta);
  return { range, period, catalogue, metricId: path.metricId, metric: findMetric(catalogue, path.metricId) };
}

/** The subdistrict's months of a metric over its progress window: the summary and the trend. */
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

// One select per catalogue (a stable function): the view is worked out again only for new data.
const monthlySelect = oncePer((catalogue: Catalogue) => (data: SubdistrictMonthlyData) => {
  const view = metricMonthlyView(data, catalogue.metrics);
  return view && { ...view, trend: metricTrendRows(view.monthly, view.targets, view.metric.id, view.period) };
});
const communitiesSelect = oncePer((catalogue: Catalogue) => (data: MetricCommunitiesData) => metricCommunitiesView(data, catalogue.metrics));

/** The summary and the trend: the metric's progress over the period and each month's row. */
export function metricMonthlyQuery({ catalogue, period }: Pick<MetricInputs, 'catalogue' | 'period'>, metric: Metric) {
  return queryOptions({ ...metricMonthlyOptions(metric, period), select: monthlySelect(catalogue) });
}

/** Every community ranked on the metric; `allowed`: the user may see every community's figures. */
export function metricCommunitiesQuery({ catalogue, period, range }: Pick<MetricInputs, 'catalogue' | 'period' | 'range'>, metric: Metric, allowed: boolean) {
  return queryOptions({ ...metricCommunitiesOptions(metric, period, range), enabled: allowed, select: communitiesSelect(catalogue) });
}

/** Starts the page's requests once meta and the catalogue are in. Never throws: the panels report failures. */
export function metricLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    try {
      const { meta, catalogue, user } = await loaderInputs(queryClient);
      const { range, period, metric } = routeInputs(new URL(request.url).searchParams, meta, catalogue, params);
      if (!metric) return null;
      void queryClient.prefetchQuery(metricMonthlyOptions(metric, period));
      if (metric.scope === 'community' && canSeeAllCommunities(user, period, range)) void queryClient.prefetchQuery(metricCommunitiesOptions(metric, period, range));
    } catch {
      // the shell and the panels report it
    }
    return null;
  };
}

/** The page's inputs (the period, the catalogue, the metric in the path), each worked out once. */
export function useMetricInputs() {
  return usePageSearch(routeInputs);
}

export interface MetricTrendTableRow {
  label: string;
  value: number | null;
  lastYear: number | null;
  target: number | null;
  /** 'YYYY-MM'. */
  month: string;
  /** The same month one year earlier, 'YYYY-MM'. */
  lastYearMonth: string;
}

/**
 * Each month of `period` with its value, last year's same month and the monthly target (the
 * subdistrict's year target ÷ 12 for that month's year). null where a value or a target is
 * missing, never zero. `monthly` comes from a `groupBy=month` series that covers last year too.
 */
export function metricTrendRows(monthly: ReadonlyMap<string, number | null>, targets: TargetIndex, metricId: MetricId, period: Period): MetricTrendTableRow[] {
  const oneYear = yearOf(period.from) === yearOf(period.to);
  return monthRange(period.from, period.to).map((month) => {
    const lastYearMonth = addMonths(month, -12);
    const yearTarget = targets.year(metricId, yearOf(month), null);
    return {
      month,
      lastYearMonth,
      // Short axis labels when every month is in the same year.
      label: oneYear ? `${monthOfYear(month)}月` : formatMonth(month),
      value: monthly.get(month) ?? null,
      lastYear: monthly.get(lastYearMonth) ?? null,
      target: yearTarget === null ? null : yearTarget / 12,
    };
  });
}
