// Rows of the metric page's monthly trend chart and of its table view: the same numbers.
import { addMonths, monthOfYear, monthRange, yearOf } from '../../../domain/month';
import type { Period } from '../../../domain/period';
import type { TargetIndex } from '../../../domain/targets';
import type { MetricId } from '../../../lib/api/contract';
import { formatMonth } from '../../../lib/i18n/format';

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
export function metricTrendRows(
  monthly: ReadonlyMap<string, number | null>,
  targets: TargetIndex,
  metricId: MetricId,
  period: Period,
): MetricTrendTableRow[] {
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
