// /reports: a leader's 上报情况: each community's report of the month, on time or late, the
// reporting rate (DHIS2's: in ÷ expected, and on time ÷ expected), the review under the row
// (approve, or return with a comment), and corrections of an approved month with their record.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { EmptyState } from '../../components/empty-state';
import { QueryState } from '../../components/query-state';
import { addMonths } from '../../domain/month';
import { dueMonth, reportingRate } from '../../domain/report-status';
import type { Catalogue, Community, MetricId } from '../../lib/api/contract';
import type { Report, ReportStatusRow } from '../../lib/api/report-contract';
import { communitiesOptions, metaOptions, metricsOptions, sessionOptions } from '../../lib/api/queries';
import { auditOptions, reportOptions, reportStatusOptions, reportWrites } from '../../lib/api/reports';
import { formatDateTime, formatMonth, formatNumber, formatPercent } from '../../lib/i18n/format';
import { REPORT_STATUS_LABELS, REPORT_WORDS as W } from '../../lib/i18n/reports';
import { readField } from './lib';
import { writeFailure } from './report-form-page';
import './reports.css';

export function ReportStatusPage() {
  const session = useQuery(sessionOptions());
  const meta = useQuery(metaOptions());
  return (
    <QueryState queries={[session, meta]} height={480} errorTitle="无法加载上报情况">
      {([{ user }, { latestMonth }]) => (user.role === 'leader' ? <StatusMonth initialMonth={dueMonth(latestMonth)} /> : <EmptyState message={W.notLeader} pageHeading />)}
    </QueryState>
  );
}

function StatusMonth({ initialMonth }: { initialMonth: string }) {
  const [month, setMonth] = useState(initialMonth);
  const status = useQuery(reportStatusOptions(month));
  const communities = useQuery(communitiesOptions());
  const catalogue = useQuery(metricsOptions());
  return (
    <div className="page">
      <h1>{W.statusTitle(formatMonth(month))}</h1>
      <p className="report-month-nav">
        <button type="button" className="button" onClick={() => setMonth(addMonths(month, -1))}>
          上一月
        </button>
        <button type="button" className="button" onClick={() => setMonth(addMonths(month, 1))} disabled={month >= initialMonth}>
          下一月
        </button>
      </p>
      <QueryState queries={[status, communities, catalogue]} height={420} errorTitle="无法加载上报情况" isEmpty={([s]) => s.communities.length === 0} emptyMessage={W.nothingYet}>
        {([answer, { communities: list }, cat]) => <StatusTable month={month} due={answer.due} rows={answer.communities} communities={list} catalogue={cat} />}
      </QueryState>
    </div>
  );
}

function StatusTable({ month, due, rows, communities, catalogue }: { month: string; due: string; rows: ReportStatusRow[]; communities: Community[]; catalogue: Catalogue }) {
  const [open, setOpen] = useState<string | null>(null);
  const rate = reportingRate(rows);
  const nameOf = (id: string) => communities.find((c) => c.id === id)?.name ?? id;
  return (
    <>
      <p>
        {W.reportingRate(rate.actual, rate.expected, rate.rate === null ? '—' : formatPercent(rate.rate))} · {W.onTimeRate(rate.onTime, rate.onTimeRate === null ? '—' : formatPercent(rate.onTimeRate))} · {W.due(formatDateTime(due))}
      </p>
      <table className="report-status-table">
        <thead>
          <tr>
            <th scope="col">{W.community}</th>
            <th scope="col">{W.state}</th>
            <th scope="col">{W.submittedAt}</th>
            <th scope="col">{W.timeliness}</th>
            <th scope="col">{W.actions}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <Fragment key={row.communityId}>
              <tr>
                <th scope="row">{nameOf(row.communityId)}</th>
                <td>{REPORT_STATUS_LABELS[row.status]}</td>
                <td>{row.submittedAt ? formatDateTime(row.submittedAt) : W.notIn}</td>
                <td>{row.onTime === null ? W.notIn : row.onTime ? W.onTime : W.late}</td>
                <td>
                  {row.status !== 'none' && (
                    <button type="button" className="button" aria-expanded={open === row.communityId} onClick={() => setOpen(open === row.communityId ? null : row.communityId)}>
                      {open === row.communityId ? W.closeReview : W.review(nameOf(row.communityId))}
                    </button>
                  )}
                </td>
              </tr>
              {open === row.communityId && (
                <tr>
                  <td colSpan={5}>
                    <Review communityId={row.communityId} name={nameOf(row.communityId)} month={month} catalogue={catalogue} />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </>
  );
}

function Review({ communityId, name, month, catalogue }: { communityId: string; name: string; month: string; catalogue: Catalogue }) {
  const report = useQuery(reportOptions(communityId, month));
  return (
    <section className="report-review" aria-label={W.review(name)}>
      <QueryState queries={[report]} height={160} errorTitle="无法加载该社区月报" isEmpty={([r]) => r === null} emptyMessage={W.nothingYet}>
        {([r]) => r && <ReviewBody report={r} catalogue={catalogue} />}
      </QueryState>
    </section>
  );
}

function ReviewBody({ report, catalogue }: { report: Report; catalogue: Catalogue }) {
  const client = useQueryClient();
  const writes = reportWrites(client);
  const [comment, setComment] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const metricOf = (id: MetricId) => catalogue.metrics.find((m) => m.id === id);
  const act = async (action: () => Promise<unknown>, done: string) => {
    setMessage(null);
    try {
      await action();
      setMessage({ text: done, error: false });
    } catch (error) {
      setMessage({ text: writeFailure(error), error: true });
    }
  };
  return (
    <>
      <dl>
        {Object.entries(report.figures).map(([id, value]) => (
          <Fragment key={id}>
            <dt>{metricOf(id)?.name ?? id}</dt>
            <dd>
              {formatNumber(value)} {metricOf(id)?.unit}
              {report.reasons[id] && `（${report.reasons[id]}）`}
            </dd>
          </Fragment>
        ))}
      </dl>
      {report.status === 'submitted' && (
        <>
          <label>
            {W.returnComment}
            <textarea value={comment} onChange={(e) => setComment(e.target.value)} />
          </label>
          <div className="report-actions">
            <button type="button" className="button" onClick={() => void act(() => reportWrites(client).approve(report.communityId, report.month), REPORT_STATUS_LABELS.approved)}>
              {W.approve}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => (comment.trim() ? void act(() => writes.return(report.communityId, report.month, comment.trim()), REPORT_STATUS_LABELS.returned) : setMessage({ text: W.returnNeedsComment, error: true }))}
            >
              {W.return}
            </button>
          </div>
        </>
      )}
      {report.status === 'returned' && report.comment && <p>{W.returnedComment(report.comment)}</p>}
      {report.status === 'approved' && <Correction report={report} catalogue={catalogue} onMessage={setMessage} />}
      {message && (
        <p className={`report-message${message.error ? ' report-message--error' : ''}`} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </>
  );
}

function Correction({ report, catalogue, onMessage }: { report: Report; catalogue: Catalogue; onMessage: (m: { text: string; error: boolean }) => void }) {
  const client = useQueryClient();
  const audit = useQuery(auditOptions(report.communityId, report.month));
  const [fields, setFields] = useState<Record<MetricId, string>>(() => Object.fromEntries(Object.entries(report.figures).map(([id, v]) => [id, String(v)])));
  const [reason, setReason] = useState('');
  const metricOf = (id: MetricId) => catalogue.metrics.find((m) => m.id === id);
  const correct = async () => {
    const changes: Record<MetricId, number> = {};
    for (const [id, text] of Object.entries(fields)) {
      const read = readField(text);
      if (read.kind === 'invalid') return onMessage({ text: W.notWholeNumber(metricOf(id)?.name ?? id), error: true });
      if (read.kind === 'number' && read.value !== report.figures[id]) changes[id] = read.value;
    }
    if (Object.keys(changes).length === 0) return onMessage({ text: W.correctionNothing, error: true });
    if (!reason.trim()) return onMessage({ text: W.correctionNeedsReason, error: true });
    try {
      await reportWrites(client).correct(report.communityId, report.month, { figures: changes, reason: reason.trim() });
      setReason('');
      onMessage({ text: W.auditTitle, error: false });
    } catch (error) {
      onMessage({ text: writeFailure(error), error: true });
    }
  };
  return (
    <div className="report-review">
      <h3>{W.correct}</h3>
      {Object.keys(report.figures).map((id) => (
        <label key={id}>
          {metricOf(id)?.name ?? id}（{metricOf(id)?.unit}）
          <input inputMode="numeric" value={fields[id] ?? ''} onChange={(e) => setFields({ ...fields, [id]: e.target.value })} />
        </label>
      ))}
      <label>
        {W.correctionReason}
        <textarea value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <div className="report-actions">
        <button type="button" className="button" onClick={() => void correct()}>
          {W.correct}
        </button>
      </div>
      <h3>{W.auditTitle}</h3>
      {audit.data && audit.data.length > 0 ? (
        <ul aria-label={W.auditTitle}>
          {audit.data.map((a, i) => (
            <li key={i}>{W.auditEntry(a.userId, formatDateTime(a.at), metricOf(a.metricId)?.name ?? a.metricId, a.old === null ? '—' : formatNumber(a.old), a.new === null ? '—' : formatNumber(a.new), a.reason)}</li>
          ))}
        </ul>
      ) : (
        <p>{W.noAudit}</p>
      )}
    </div>
  );
}
