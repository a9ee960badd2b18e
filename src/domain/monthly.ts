import type { MetricId, SeriesRow } from '../lib/api/contract';
import { monthIndex, monthRange } from './month';
import type { Period } from './period';

/** Monthly values of one metric from a `groupBy=month` response: month -> value (null: no value). */
export function monthlyValues(rows: readonly SeriesRow[], metricId: MetricId): Map<string, number | null> {
  const values = new Map<string, number | null>();
  for (const row of rows) if (row.metricId === metricId && row.month !== undefined && row.communityId === undefined) values.set(row.month, row.value);
  return values;
}

/**
 * Sum over a period's months. null when no month in it has a value or a month is outside what
 * the data covers (a partial sum would understate the period).
 */
export function sumPeriod(monthly: ReadonlyMap<string, number | null>, period: Period): number | null {
  let total: number | null = null;
  for (const month of monthRange(period.from, period.to)) {
    if (!monthly.has(month)) return null;
    const value = monthly.get(month) ?? null;
    if (value !== null) total = (total ?? 0) + value;
  }
  return total;
}

/** The months in `period` with their values and the running total from the first month. */
export function cumulative(monthly: ReadonlyMap<string, number | null>, period: Period): Array<{ month: string; value: number | null; cumulative: number | null }> {
  let running: number | null = null;
  return monthRange(period.from, period.to).map((month) => {
    const value = monthly.get(month) ?? null;
    if (value !== null) running = (running ?? 0) + value;
    return { month, value, cumulative: monthly.has(month) ? running : null };
  });
}

/** The span a set of periods needs, to fetch them in one request. */
export function coveringPeriod(periods: readonly Period[]): Period {
  const from = periods.reduce((a, p) => (monthIndex(p.from) < monthIndex(a) ? p.from : a), periods[0].from);
  const to = periods.reduce((a, p) => (monthIndex(p.to) > monthIndex(a) ? p.to : a), periods[0].to);
  return { from, to };
}

/** Each metric's total over `period` from a `groupBy=month` response (null as in sumPeriod). */
export function periodTotals(rows: readonly SeriesRow[], period: Period): Map<MetricId, number | null> {
  const metricIds = new Set(rows.map((r) => r.metricId));
  return new Map([...metricIds].map((id) => [id, sumPeriod(monthlyValues(rows, id), period)]));
}

/** The last month up to `upTo` that has a value: when a metric was last reported (null: never in the data). */
export function lastReportedMonth(monthly: ReadonlyMap<string, number | null>, upTo: string): string | null {
  let last: string | null = null;
  for (const [month, value] of monthly) if (value !== null && month <= upTo && (last === null || month > last)) last = month;
  return last;
}
