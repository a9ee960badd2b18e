// 上报情况 (issue 26): when a community's month is due, whether it came in on time, and the
// reporting rate as DHIS2 counts it (reports in ÷ reports expected, and on time ÷ expected).
import { addMonths } from './month';

/** A month's report is on time when submitted by the end of this day of the following month (China time). */
export const REPORT_DUE_DAY = 5;

/** The due instant of a month's report, as the API writes times: `2021-08-05T23:59:59+08:00` for 2021-07. */
export function reportDue(month: string): string {
  return `${addMonths(month, 1)}-${String(REPORT_DUE_DAY).padStart(2, '0')}T23:59:59+08:00`;
}

/** Whether a report submitted at `submittedAt` (an ISO time with offset) came in by its month's due time. */
export function isOnTime(month: string, submittedAt: string): boolean {
  return Date.parse(submittedAt) <= Date.parse(reportDue(month));
}

/** The month a community reports next: the one after the latest month with data. */
export const dueMonth = (latestMonth: string) => addMonths(latestMonth, 1);

export type ReportStatus = 'none' | 'draft' | 'submitted' | 'returned' | 'approved';

/** Submitted reports count as in (DHIS2's "actual reports"); a returned one is out again until resubmitted. */
export const isReportIn = (status: ReportStatus) => status === 'submitted' || status === 'approved';

export interface ReportingRate {
  expected: number;
  /** Reports in (submitted or approved). */
  actual: number;
  /** Of those, submitted by the due time. */
  onTime: number;
  /** actual ÷ expected; null when no report is expected (missing is not zero). */
  rate: number | null;
  onTimeRate: number | null;
}

export function reportingRate(rows: ReadonlyArray<{ status: ReportStatus; onTime: boolean | null }>): ReportingRate {
  const expected = rows.length;
  const inRows = rows.filter((r) => isReportIn(r.status));
  const onTime = inRows.filter((r) => r.onTime === true).length;
  return { expected, actual: inRows.length, onTime, rate: expected ? inRows.length / expected : null, onTimeRate: expected ? onTime / expected : null };
}

/** A figure far outside the usual range (domain/report-rules.ts usualRange): the form asks for a reason. */
export function isFarOutside(value: number, range: { low: number; high: number } | null): boolean {
  return range !== null && (value < range.low || value > range.high);
}
