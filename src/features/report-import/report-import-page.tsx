// /reports/import: a leader downloads the month's template, uploads it filled, sees what would
// change (old → new per cell) and every problem by cell, and confirms to save. The server
// checks the sheet (server/import.ts); this page only shows its answers.
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { DataTable, nextSort, sortRows, type Column, type SortState } from '../../components/data-table';
import { Panel } from '../../components/panel';
import { QueryState } from '../../components/query-state';
import { addMonths, monthRange } from '../../domain/month';
import { dueMonth } from '../../domain/report-status';
import { cellOrder } from '../../domain/sheet-import';
import type { Catalogue, Community, ImportChange, ImportPreviewResponse } from '../../lib/api/contract';
import { communitiesOptions, metaOptions, metricsOptions, sessionOptions } from '../../lib/api/queries';
import { formatMonth } from '../../lib/i18n/format';
import { TIME_ZONE } from '../../lib/i18n/locale';
import { importErrorText, IMPORT_PAGE as W } from '../../lib/i18n/report-import';
import { previewImport, templateHref, writeImport } from './api';

/** Rows of the changes table shown at most; the rest are counted. */
const SHOWN_CHANGES = 200;

/** This month in the subdistrict's zone (YYYY-MM): the latest that may be imported. */
const currentMonth = () => new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit' }).format(new Date()).slice(0, 7);

export function ReportImportPage() {
  const session = useQuery(sessionOptions());
  const meta = useQuery(metaOptions());
  const metrics = useQuery(metricsOptions());
  const communities = useQuery(communitiesOptions());
  return (
    <div className="page">
      <h1>{W.title}</h1>
      <QueryState queries={[session, meta, metrics, communities]} height={240} errorTitle={W.loadFailed}>
        {([{ user }, { firstMonth, latestMonth }, catalogue, { communities: list }]) =>
          user.role === 'leader' ? <ImportForm firstMonth={firstMonth} latestMonth={latestMonth} catalogue={catalogue} communities={list} /> : <EmptyState message={W.leaderOnly} hint={W.leaderOnlyHint} />
        }
      </QueryState>
    </div>
  );
}

function ImportForm({ firstMonth, latestMonth, catalogue, communities }: { firstMonth: string; latestMonth: string; catalogue: Catalogue; communities: Community[] }) {
  const [params, setParams] = useSearchParams();
  const latest = currentMonth();
  const months = monthRange(firstMonth < latest ? firstMonth : latest, latest).reverse();
  const asked = params.get('month');
  // By default the month 上报情况 asks for (the one after the data's latest), else last month: a
  // month's figures come in after it ends.
  const month = asked && months.includes(asked) ? asked : (months.find((m) => m === dueMonth(latestMonth)) ?? months.find((m) => m === addMonths(latest, -1)) ?? latest);
  const [file, setFile] = useState<File | null>(null);
  const preview = useMutation({ mutationFn: (input: { file: File; month: string }) => previewImport(input.file, input.month) });
  const write = useMutation({ mutationFn: (input: { file: File; month: string }) => writeImport(input.file, input.month) });
  const restart = () => {
    preview.reset();
    write.reset();
  };
  const chooseMonth = (next: string) => {
    restart();
    setParams((p) => (p.set('month', next), p), { replace: true });
  };

  return (
    <Panel title={W.panelTitle}>
      <p>{W.intro}</p>
      <p className="field">
        <label htmlFor="import-month">{W.month}</label>
        <select id="import-month" value={month} onChange={(e) => chooseMonth(e.target.value)}>
          {months.map((m) => (
            <option key={m} value={m}>
              {formatMonth(m)}
            </option>
          ))}
        </select>
        <a href={templateHref(month)} download>
          {W.template(month)}
        </a>
      </p>
      <form
        className="field"
        onSubmit={(e) => {
          e.preventDefault();
          restart();
          if (file) preview.mutate({ file, month });
        }}
      >
        <label htmlFor="import-file">{W.file}</label>
        <input
          id="import-file"
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => {
            restart();
            setFile(e.target.files?.[0] ?? null);
          }}
        />
        <button type="submit" className="button" disabled={!file || preview.isPending}>
          {W.previewButton}
        </button>
      </form>
      <div aria-live="polite" aria-busy={preview.isPending || write.isPending}>
        {preview.isPending && <p>{W.checking}</p>}
        {preview.isError && <Failure error={preview.error} />}
        {preview.data && !write.data && (
          <Preview answer={preview.data} catalogue={catalogue} communities={communities}>
            {file && preview.data.errors.length === 0 && preview.data.changes.length > 0 && (
              <p>
                <button type="button" className="button" disabled={write.isPending} onClick={() => write.mutate({ file, month: preview.data.month })}>
                  {write.isPending ? W.saving : W.confirm(preview.data.changes.length)}
                </button>
              </p>
            )}
          </Preview>
        )}
        {write.isError && <Failure error={write.error} />}
        {write.data && <p role="status">{W.saved(write.data.written, write.data.communities, write.data.month)}</p>}
      </div>
    </Panel>
  );
}

function Failure({ error }: { error: Error }) {
  return (
    <div className="error-panel" role="alert">
      <p className="error-panel__title">{W.failed}</p>
      <p className="error-panel__message">{importErrorText(error)}</p>
    </div>
  );
}

function Preview({ answer, catalogue, communities, children }: { answer: ImportPreviewResponse; catalogue: Catalogue; communities: Community[]; children: React.ReactNode }) {
  const [sort, setSort] = useState<SortState | null>(null);
  const metricName = (id: string) => catalogue.metrics.find((m) => m.id === id)?.name ?? id;
  const communityName = (id: string) => communities.find((c) => c.id === id)?.name ?? id;
  if (answer.errors.length) {
    return (
      <div className="error-panel" role="alert">
        <p className="error-panel__title">{W.problemsTitle(answer.errors.length)}</p>
        {answer.wrongTemplate && <p className="error-panel__message">{W.wrongTemplate}</p>}
        <ul aria-label={W.problemsList}>
          {answer.errors.map((e) => (
            <li key={`${e.cell}-${e.message}`}>{e.message}</li>
          ))}
        </ul>
      </div>
    );
  }
  if (answer.changes.length === 0) return <EmptyState message={W.nothingChanges(answer.unchanged)} />;
  const columns: Column<ImportChange>[] = [
    { key: 'cell', header: W.columns.cell, value: (c) => c.cell, rowHeader: true, sortValue: (c) => cellOrder(c.cell) },
    { key: 'community', header: W.columns.community, value: (c) => communityName(c.communityId) },
    { key: 'metric', header: W.columns.metric, value: (c) => metricName(c.metricId) },
    { key: 'old', header: W.columns.old, value: (c) => c.old, missing: () => W.none },
    { key: 'new', header: W.columns.new, value: (c) => c.new },
  ];
  return (
    <>
      <p role="status">{W.summary(answer.changes.length, answer.unchanged)}</p>
      <DataTable caption={W.changesCaption(answer.month)} captionVisible columns={columns} rows={sortRows(answer.changes, columns, sort)} rowKey={(c) => c.cell} sort={sort} onSort={(key) => setSort(nextSort(sort, key))} limit={SHOWN_CHANGES} />
      {children}
    </>
  );
}
