import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { ChartFrame } from '../../../components/chart-frame';
import { AreaTrendChart } from '../../../components/charts/lazy-charts';
import { DataTable } from '../../../components/data-table';
import { ErrorPanel } from '../../../components/error-panel';
import { KpiCard } from '../../../components/kpi-card';
import { Panel } from '../../../components/panel';
import { Skeleton } from '../../../components/skeleton';
import { AREA_MAIN_METRIC } from '../../../domain/areas';
import { monthlyValues, periodTotals } from '../../../domain/monthly';
import type { Period } from '../../../domain/period';
import { metricProgress } from '../../../domain/progress';
import { RATES, rateValue } from '../../../domain/rates';
import { progressSentence } from '../../../domain/summary';
import { indexTargets } from '../../../domain/targets';
import type { Area, Metric } from '../../../lib/api/contract';
import { formatMonth, formatNumber, formatPeriod } from '../../../lib/i18n/format';
import { AREA_LABELS } from '../../../lib/i18n/strings';
import { useLastReady } from '../../../lib/use-last-ready';
import { usePeriodHref } from '../../../lib/use-period';
import { areaTrendRows, yearToDateOf } from '../lib/overview-data';
import { areaSeriesQuery, subdistrictTargetsQuery } from '../lib/overview-queries';

interface AreaProps {
  area: Area;
  metrics: readonly Metric[];
  period: Period;
}

/** The monthly series of an area's metrics and the subdistrict targets; shared (same keys) by its card and its trend chart. */
function useAreaData({ area, metrics, period }: AreaProps) {
  const series = useQuery(areaSeriesQuery(area, metrics, period));
  const targets = useQuery(subdistrictTargetsQuery(period));
  const main = metrics.find((m) => m.id === AREA_MAIN_METRIC[area]);
  const error = series.error ?? targets.error;
  const retry = () => {
    if (series.isError) void series.refetch();
    if (targets.isError) void targets.refetch();
  };
  const { from, to } = period;
  const fresh = useMemo(
    () => (series.data && targets.data ? { rows: series.data.rows, targets: indexTargets(targets.data.targets), period: { from, to } } : null),
    [series.data, targets.data, from, to],
  );
  const { value: ready, updating } = useLastReady(fresh);
  return { main, error, retry, ready: main ? ready : null, updating };
}

type AreaData = NonNullable<ReturnType<typeof useAreaData>['ready']>;

export function AreaKpi(props: AreaProps) {
  const href = usePeriodHref();
  const { main, error, retry, ready, updating } = useAreaData(props);
  const title = AREA_LABELS[props.area];
  if (error) {
    return (
      <article className="kpi" aria-label={title}>
        <h2 className="kpi__title">{title}</h2>
        <ErrorPanel error={error} onRetry={retry} />
      </article>
    );
  }
  if (!main || !ready) {
    return (
      <article className="kpi" aria-label={title} aria-busy="true">
        <h2 className="kpi__title">{title}</h2>
        <Skeleton lines={5} />
      </article>
    );
  }
  const progress = metricProgress(main, monthlyValues(ready.rows, main.id), ready.targets, ready.period);
  const totals = periodTotals(ready.rows, ready.period);
  const rates = RATES.filter((r) => r.area === props.area).map((r) => ({ label: r.label, value: rateValue(r, totals) }));
  return (
    <KpiCard
      title={title}
      metricName={main.name}
      unit={main.unit}
      value={progress.value}
      target={progress.target}
      completion={progress.completion}
      pace={progress.pace}
      vsPrevious={progress.vsPrevious}
      vsLastYear={progress.vsLastYear}
      higherIsBetter={main.higherIsBetter}
      sparkline={progress.sparkline}
      rates={rates}
      href={href(`/metrics/${main.id}`)}
      busy={updating}
    />
  );
}

export function AreaTrend(props: AreaProps) {
  const { main, error, retry, ready, updating } = useAreaData(props);
  const ytd = yearToDateOf(ready?.period ?? props.period);
  const title = `${AREA_LABELS[props.area]}：${formatPeriod(ytd)}累计与序时目标`;
  return (
    <Panel title={title} busy={updating}>
      {error ? (
        <ErrorPanel error={error} onRetry={retry} />
      ) : !main || !ready ? (
        <Skeleton lines={1} height="260px" />
      ) : (
        <AreaTrendBody main={main} ready={ready} label={title} />
      )}
    </Panel>
  );
}

function AreaTrendBody({ main, ready, label }: { main: Metric; ready: AreaData; label: string }) {
  const { period } = ready;
  const monthly = monthlyValues(ready.rows, main.id);
  const ytd = yearToDateOf(period);
  const progress = metricProgress(main, monthly, ready.targets, ytd);
  const rows = areaTrendRows(monthly, progress.yearTarget, period);
  const summary = progressSentence({ periodLabel: formatPeriod(ytd), metricName: main.name, unit: main.unit, progress });
  const fmt = (v: number | null) => (v === null ? '—' : formatNumber(Math.round(v)));
  return (
    <ChartFrame
      label={label}
      summary={summary}
      height={260}
      chart={<AreaTrendChart rows={rows} unit={main.unit} />}
      table={
        <DataTable
          caption={`${label}（${main.unit}）`}
          rows={rows}
          rowKey={(r) => r.month}
          columns={[
            { key: 'month', header: '月份', render: (r) => formatMonth(r.month), rowHeader: true },
            { key: 'value', header: '当月', render: (r) => fmt(r.value), numeric: true },
            { key: 'cumulative', header: '累计', render: (r) => fmt(r.cumulative), numeric: true },
            { key: 'target', header: '累计目标（序时）', render: (r) => fmt(r.target), numeric: true },
          ]}
        />
      }
    />
  );
}
