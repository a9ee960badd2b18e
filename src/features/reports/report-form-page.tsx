// /report: a community secretary's month on the phone: one field per metric the community
// offers, its unit and last month beside it, a reason when a figure is far outside the
// community's own range, 保存草稿 and 提交, and the report's state.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { EmptyState } from '../../components/empty-state';
import { QueryState } from '../../components/query-state';
import { addMonths } from '../../domain/month';
import { reportedMetrics, usualRange } from '../../domain/report-rules';
import { dueMonth, isFarOutside } from '../../domain/report-status';
import { HttpError } from '../../lib/api/client';
import type { Catalogue, Community, MetricId } from '../../lib/api/contract';
import type { Report } from '../../lib/api/report-contract';
import { communitiesOptions, metaOptions, metricsOptions, seriesOptions, sessionOptions } from '../../lib/api/queries';
import { reportOptions, reportWrites } from '../../lib/api/reports';
import { formatMonth, formatNumber } from '../../lib/i18n/format';
import { REPORT_STATUS_LABELS, REPORT_WORDS as W } from '../../lib/i18n/reports';
import { forgetEntry, keepEntry, readKept } from './kept-entry';
import { figuresOf, historyByMetric, readField, valueIn } from './lib';
import './reports.css';

/** What a failed write says: the server's own words when it gave some. */
export const writeFailure = (error: unknown) => (error instanceof HttpError && error.detail ? error.detail : error instanceof Error ? error.message : String(error));

export function ReportFormPage() {
  const session = useQuery(sessionOptions());
  const meta = useQuery(metaOptions());
  const catalogue = useQuery(metricsOptions());
  const communities = useQuery(communitiesOptions());
  return (
    <QueryState queries={[session, meta, catalogue, communities]} height={480} errorTitle="无法加载月报">
      {([{ user }, { latestMonth }, cat, { communities: list }]) => {
        const community = list.find((c) => c.id === user.communityId);
        if (user.role !== 'secretary' || !community) return <EmptyState message={W.notSecretary} pageHeading />;
        return <ReportMonth community={community} catalogue={cat} initialMonth={dueMonth(latestMonth)} />;
      }}
    </QueryState>
  );
}

function ReportMonth({ community, catalogue, initialMonth }: { community: Community; catalogue: Catalogue; initialMonth: string }) {
  // Kept once chosen: approving the month moves 数据截至 on, not this page.
  const [month] = useState(initialMonth);
  const metrics = reportedMetrics(catalogue, community);
  const report = useQuery(reportOptions(community.id, month));
  const history = useQuery(seriesOptions({ metrics: metrics.map((m) => m.id), from: addMonths(month, -12), to: addMonths(month, -1), groupBy: 'month,community', communities: [community.id] }));
  return (
    <div className="page">
      <h1>{W.formTitle(community.name, formatMonth(month))}</h1>
      {metrics.length === 0 ? (
        <EmptyState message={W.noMetrics} />
      ) : (
        <QueryState queries={[report, history]} height={480} errorTitle="无法加载本月月报">
          {([saved, past]) => <ReportForm key={month} community={community} metrics={metrics} month={month} report={saved ?? null} rows={past.rows} />}
        </QueryState>
      )}
    </div>
  );
}

interface ReportFormProps {
  community: Community;
  metrics: Catalogue['metrics'];
  month: string;
  report: Report | null;
  rows: Parameters<typeof historyByMetric>[0];
}

function ReportForm({ community, metrics, month, report, rows }: ReportFormProps) {
  const client = useQueryClient();
  const writes = reportWrites(client);
  const locked = report?.status === 'submitted' || report?.status === 'approved';
  // What was typed here and not saved (a reload, a closed web view) comes back over the saved report.
  const [kept] = useState(() => (locked ? null : readKept(community.id, month)));
  const [fields, setFieldsOnly] = useState<Record<MetricId, string>>(() => ({
    ...Object.fromEntries(metrics.map((m) => [m.id, report?.figures[m.id] === undefined ? '' : String(report.figures[m.id])])),
    ...kept?.fields,
  }));
  const [reasons, setReasonsOnly] = useState<Record<MetricId, string>>(() => ({ ...(report?.reasons ?? {}), ...kept?.reasons }));
  const setFields = (next: Record<MetricId, string>) => {
    setFieldsOnly(next);
    keepEntry(community.id, month, { fields: next, reasons });
  };
  const setReasons = (next: Record<MetricId, string>) => {
    setReasonsOnly(next);
    keepEntry(community.id, month, { fields, reasons: next });
  };
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  // Said at the top, beside the state, until the entry is saved.
  const [restored, setRestored] = useState(kept !== null);
  const history = historyByMetric(rows);
  const previous = addMonths(month, -1);

  const farOutside = (metricId: MetricId) => {
    const read = readField(fields[metricId] ?? '');
    return read.kind === 'number' && isFarOutside(read.value, usualRange(history[metricId]));
  };
  const invalid = metrics.filter((m) => readField(fields[m.id] ?? '').kind === 'invalid');
  const missingReasons = metrics.filter((m) => farOutside(m.id) && !reasons[m.id]?.trim());

  const run = async (event: FormEvent, submit: boolean) => {
    event.preventDefault();
    if (invalid.length || missingReasons.length) {
      setMessage({ text: [...invalid.map((m) => W.notWholeNumber(m.name)), ...missingReasons.map((m) => `${m.name}：${W.reasonHint}`)].join('；'), error: true });
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      const wanted = Object.fromEntries(Object.entries(reasons).filter(([id, text]) => text.trim() && farOutside(id)));
      await writes.saveDraft(community.id, month, { figures: figuresOf(fields), reasons: wanted });
      forgetEntry(community.id, month);
      setRestored(false);
      if (submit) await writes.submit(community.id, month);
      setMessage({ text: submit ? W.submitted : W.saved, error: false });
    } catch (error) {
      setMessage({ text: writeFailure(error), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="report-form" onSubmit={(e) => void run(e, true)} aria-busy={busy}>
      <p className="report-state" role="status">
        {W.state}：<strong>{report ? REPORT_STATUS_LABELS[report.status] : REPORT_STATUS_LABELS.none}</strong>
        {report?.status === 'returned' && report.comment && <> · {W.returnedComment(report.comment)}</>}
      </p>
      {restored && <p className="report-message">{W.restored}</p>}
      {report?.status === 'approved' && <p className="report-message">{W.locked}</p>}
      {report?.status === 'submitted' && <p className="report-message">{W.awaiting}</p>}
      <fieldset disabled={locked || busy}>
        <legend className="visually-hidden">{W.formTitle(community.name, formatMonth(month))}</legend>
        {metrics.map((metric) => {
          const last = valueIn(rows, metric.id, previous);
          const range = usualRange(history[metric.id]);
          const inputId = `report-${metric.id}`;
          const hintId = `${inputId}-hint`;
          const isInvalid = readField(fields[metric.id] ?? '').kind === 'invalid';
          return (
            <div className="report-field" key={metric.id}>
              <label htmlFor={inputId}>
                {metric.name}（{metric.unit}）
              </label>
              <input
                id={inputId}
                inputMode="numeric"
                autoComplete="off"
                value={fields[metric.id] ?? ''}
                aria-describedby={hintId}
                aria-invalid={isInvalid || undefined}
                onChange={(e) => setFields({ ...fields, [metric.id]: e.target.value })}
              />
              <span className="report-field__hint" id={hintId}>
                {last === null ? W.lastMonthNone : W.lastMonth(`${formatNumber(last)} ${metric.unit}`)}
                {range && ` · ${W.usualRange(formatNumber(range.low), formatNumber(range.high))}`}
              </span>
              {isInvalid && <span className="report-field__error">{W.notWholeNumber(metric.name)}</span>}
              {farOutside(metric.id) && (
                <label className="report-field__reason">
                  <span>
                    {W.reasonLabel(metric.name)}（{W.reasonHint}）
                  </span>
                  <textarea aria-required="true" value={reasons[metric.id] ?? ''} onChange={(e) => setReasons({ ...reasons, [metric.id]: e.target.value })} />
                </label>
              )}
            </div>
          );
        })}
        <div className="report-actions">
          <button type="button" className="button" onClick={(e) => void run(e, false)}>
            {W.saveDraft}
          </button>
          <button type="submit" className="button">
            {W.submit}
          </button>
        </div>
      </fieldset>
      {message && (
        <p className={`report-message${message.error ? ' report-message--error' : ''}`} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
