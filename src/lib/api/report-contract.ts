// The monthly reports' contract (issue 26): the shapes server/reports.ts answers and takes.
// Apart from contract.ts so that only the data-entry pages' chunk carries these schemas: the
// dashboard's first view and total do not grow by them (tests/support/bundle-size.ts).
import * as z from 'zod/mini';
import { Figure, MetricId, Month } from './contract';


/** Report endpoints, apart from API_PATHS (those are the read-only dashboard's, each a plain GET). */
export const REPORT_PATHS = {
  /** GET ?month=YYYY-MM: 上报情况, every community's report status (leaders only). */
  status: '/reports',
  /** GET (read), PUT (save a draft) one community's month. */
  report: (communityId: string, month: string) => `/reports/${encodeURIComponent(communityId)}/${month}`,
  submit: (communityId: string, month: string) => `/reports/${encodeURIComponent(communityId)}/${month}/submit`,
  approve: (communityId: string, month: string) => `/reports/${encodeURIComponent(communityId)}/${month}/approve`,
  return: (communityId: string, month: string) => `/reports/${encodeURIComponent(communityId)}/${month}/return`,
  corrections: (communityId: string, month: string) => `/reports/${encodeURIComponent(communityId)}/${month}/corrections`,
} as const;

export const REPORT_STATES = ['draft', 'submitted', 'returned', 'approved'] as const;
export const ReportState = z.enum(REPORT_STATES);
export type ReportState = z.infer<typeof ReportState>;

/** A time as the API writes it: China time with its offset. */
const Instant = z.iso.datetime({ offset: true });

export const Report = z.object({
  communityId: z.string().check(z.minLength(1)),
  month: Month,
  status: ReportState,
  /** The figures entered, by metric; a metric left out is not reported (missing, not zero). */
  figures: z.record(MetricId, Figure),
  /** Why a figure far outside the community's usual range is what it is, by metric. */
  reasons: z.record(MetricId, z.string()),
  /** The leader's comment when the report was returned. */
  comment: z.nullable(z.string()),
  updatedAt: Instant,
  submittedAt: z.nullable(Instant),
  decidedAt: z.nullable(Instant),
});
export type Report = z.infer<typeof Report>;

/** What a secretary sends to save a draft. */
export const ReportDraft = z.object({ figures: z.record(MetricId, Figure), reasons: z.optional(z.record(MetricId, z.string())) });
export type ReportDraft = z.infer<typeof ReportDraft>;

export const ReportStatusRow = z.object({
  communityId: z.string().check(z.minLength(1)),
  /** `none`: nothing saved yet for the month. */
  status: z.enum(['none', ...REPORT_STATES]),
  submittedAt: z.nullable(Instant),
  /** Submitted by the due time; null while not submitted. */
  onTime: z.nullable(z.boolean()),
});
export type ReportStatusRow = z.infer<typeof ReportStatusRow>;

export const ReportStatusResponse = z.object({ month: Month, due: Instant, communities: z.array(ReportStatusRow) });
export type ReportStatusResponse = z.infer<typeof ReportStatusResponse>;

/** A leader's return of a submitted report: why. */
export const ReportReturn = z.object({ comment: z.string().check(z.minLength(1)) });
export type ReportReturn = z.infer<typeof ReportReturn>;

/** A correction of an approved month: the changed figures and why. */
export const ReportCorrection = z.object({ figures: z.record(MetricId, Figure), reason: z.string().check(z.minLength(1)) });
export type ReportCorrection = z.infer<typeof ReportCorrection>;

export const AuditEntry = z.object({
  at: Instant,
  userId: z.string(),
  metricId: MetricId,
  old: z.nullable(Figure),
  new: z.nullable(Figure),
  reason: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const CorrectionResponse = z.object({ report: Report, audit: z.array(AuditEntry) });
export type CorrectionResponse = z.infer<typeof CorrectionResponse>;
