// What an area's KPI card and trend chart show, from the area's monthly bundle (the query's
// `select`, so a panel only lays figures out): one month series and its targets per area.
import type { AreaGroup } from './catalogue';
import type { Metric, Rate } from '../lib/api/contract';
import { metricMonths, monthlyFiguresOf, progressOf, type MonthlyFiguresSource } from './figures';
import { areaTrendRows, yearToDateOf, type AreaTrendRow } from './area-trend';
import { lastReportedMonth, periodTotals } from './monthly';
import type { Period } from './period';
import type { MetricProgress } from './progress';
import { rateValue } from './rates';

/** An area's monthly bundle: the period it was asked for, its series and targets. */
export type AreaSource = MonthlyFiguresSource & { input: { period: Period } };

export type LeadArea = Pick<AreaGroup, 'rates'> & { lead: Metric };

export interface AreaKpiView {
  period: Period;
  progress: MetricProgress;
  /** Each rate of the area over the period (null where a total is missing). */
  rates: Array<{ rate: Rate; value: number | null }>;
  /** No value for the period: the last month that has one ('YYYY-MM'), if any. */
  lastReported: string | null;
}

/** The lead metric's progress over the period the bundle was asked for, the area's rates, and when it last reported. */
export function areaKpiView(data: AreaSource, group: LeadArea): AreaKpiView {
  const { period } = data.input;
  const figures = monthlyFiguresOf(data);
  const progress = progressOf(figures, group.lead, period);
  const totals = periodTotals(data.series.rows, period);
  const lastReported = progress.value === null ? lastReportedMonth(metricMonths(figures, group.lead.id), period.to) : null;
  return { period, progress, rates: group.rates.map((rate) => ({ rate, value: rateValue(rate, totals) })), lastReported };
}

export interface AreaTrendView {
  /** January to the period's end: what the chart describes. */
  yearToDate: Period;
  progress: MetricProgress;
  rows: AreaTrendRow[];
}

/** The lead metric's year so far: monthly values, the running total and the even-pace target line. */
export function areaTrendView(data: AreaSource, lead: Pick<Metric, 'id' | 'higherIsBetter'>): AreaTrendView {
  const yearToDate = yearToDateOf(data.input.period);
  const figures = monthlyFiguresOf(data);
  const progress = progressOf(figures, lead, yearToDate);
  return { yearToDate, progress, rows: areaTrendRows(metricMonths(figures, lead.id), progress.yearTarget, data.input.period) };
}
