import { useQuery } from '@tanstack/react-query';
import { EmptyState } from '../../components/empty-state';
import { ErrorPanel } from '../../components/error-panel';
import { Skeleton } from '../../components/skeleton';
import { totalsByMetric } from '../../domain/series';
import { AREAS, METRIC_IDS, type Metric, type SeriesRow } from '../../lib/api/contract';
import { metricsOptions, seriesOptions } from '../../lib/api/queries';
import { formatPeriod } from '../../lib/i18n/format';
import { usePeriod } from '../../lib/use-period';
import { AreaTotalsPanel } from './components/area-totals-panel';
import { buildAreaSummaries, hasAnyValue } from '../../domain/area-summaries';

export function OverviewPage() {
  const { period } = usePeriod();
  const metrics = useQuery(metricsOptions());
  const series = useQuery(seriesOptions({ metrics: METRIC_IDS, from: period.from, to: period.to, groupBy: 'none' }));

  return (
    <div className="page">
      <h1 className="page__title">总览 · {formatPeriod(period)}</h1>
      {metrics.isError || series.isError ? (
        <ErrorPanel
          error={metrics.error ?? series.error}
          onRetry={() => {
            if (metrics.isError) void metrics.refetch();
            if (series.isError) void series.refetch();
          }}
        />
      ) : !metrics.data || !series.data ? (
        <div className="grid grid--areas">
          {AREAS.map((area) => (
            <div key={area} className="panel">
              <Skeleton lines={4} />
            </div>
          ))}
        </div>
      ) : (
        <AreaGrid metrics={metrics.data.metrics} rows={series.data.rows} />
      )}
    </div>
  );
}

function AreaGrid({ metrics, rows }: { metrics: readonly Metric[]; rows: readonly SeriesRow[] }) {
  const summaries = buildAreaSummaries(metrics, totalsByMetric(rows));
  if (!hasAnyValue(summaries)) return <EmptyState message="该时段暂无数据" hint="请选择其他时段。" />;
  return (
    <div className="grid grid--areas">
      {summaries.map((summary) => (
        <AreaTotalsPanel key={summary.area} summary={summary} />
      ))}
    </div>
  );
}
