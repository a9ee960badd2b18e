// The monthly reports (issue 26): query options and the writes. A write answers the report as
// it now is, which goes straight into the cache; 上报情况 is asked again after a decision.
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { getJson, HttpError, requestOf } from './client';
import { sendJson } from './send-json';
import { CorrectionResponse, Report, REPORT_PATHS, ReportStatusResponse, type AuditEntry, type ReportCorrection, type ReportDraft } from './report-contract';

export const reportKeys = {
  all: () => ['reports'] as const,
  status: (month: string) => ['reports', 'status', month] as const,
  report: (communityId: string, month: string) => ['reports', 'report', communityId, month] as const,
  /** The corrections made this session (the server answers the whole log with each correction). */
  audit: (communityId: string, month: string) => ['reports', 'audit', communityId, month] as const,
};

export const reportStatusOptions = (month: string) =>
  queryOptions({
    queryKey: reportKeys.status(month),
    queryFn: ({ signal }) => getJson(REPORT_PATHS.status, ReportStatusResponse, { params: { month }, signal }),
    meta: { request: requestOf(REPORT_PATHS.status, { month }) },
  });

/** One community's month; null when nothing was saved yet (404), which is not an error. */
export const reportOptions = (communityId: string, month: string) =>
  queryOptions({
    queryKey: reportKeys.report(communityId, month),
    queryFn: async ({ signal }): Promise<Report | null> => {
      try {
        return await getJson(REPORT_PATHS.report(communityId, month), Report, { signal });
      } catch (error) {
        if (error instanceof HttpError && error.status === 404) return null;
        throw error;
      }
    },
  });

export const auditOptions = (communityId: string, month: string) =>
  queryOptions({ queryKey: reportKeys.audit(communityId, month), queryFn: (): AuditEntry[] => [], staleTime: Infinity });

const settle = (client: QueryClient, report: Report) => {
  client.setQueryData(reportKeys.report(report.communityId, report.month), report);
  void client.invalidateQueries({ queryKey: reportKeys.status(report.month) });
};

export const reportWrites = (client: QueryClient) => ({
  saveDraft: async (communityId: string, month: string, draft: ReportDraft) => {
    const report = await sendJson('PUT', REPORT_PATHS.report(communityId, month), Report, draft);
    settle(client, report);
    return report;
  },
  submit: async (communityId: string, month: string) => {
    const report = await sendJson('POST', REPORT_PATHS.submit(communityId, month), Report);
    settle(client, report);
    return report;
  },
  approve: async (communityId: string, month: string) => {
    const report = await sendJson('POST', REPORT_PATHS.approve(communityId, month), Report);
    settle(client, report);
    // Approved figures are data now: every figure the dashboard shows may have changed (数据截至 too).
    void client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'reports' });
    return report;
  },
  return: async (communityId: string, month: string, comment: string) => {
    const report = await sendJson('POST', REPORT_PATHS.return(communityId, month), Report, { comment });
    settle(client, report);
    return report;
  },
  correct: async (communityId: string, month: string, correction: ReportCorrection) => {
    const answer = await sendJson('POST', REPORT_PATHS.corrections(communityId, month), CorrectionResponse, correction);
    settle(client, answer.report);
    client.setQueryData(reportKeys.audit(communityId, month), answer.audit);
    void client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'reports' });
    return answer;
  },
});
