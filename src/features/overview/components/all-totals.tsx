import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { ErrorPanel } from '../../../components/error-panel';
import { EmptyState } from '../../../components/empty-state';
import { Skeleton } from '../../../components/skeleton';
import { buildAreaSummaries, hasAnyValue } from '../../../domain/area-summaries';
import type { Period } from '../../../domain/period';
import { totalsByMetric } from '../../../domain/series';
import type { Metric } from '../../../lib/api/contract';
import { allTotalsQuery } from '../lib/overview-queries';
import { useLastReady } from '../../../lib/use-last-ready';
import { formatPeriod } from '../../../lib/i18n/format';
import { AreaTotalsPanel } from './area-totals-panel';

/** Every metric's period total, grouped by area: the figures the year-end review quotes. */
export function AllTotals({ metrics, period }: { metrics: readonly Metric[]; period: Period }) {
  const series = useQuery(allTotalsQuery(period));
  const { from, to } = period;
  const fresh = useMemo(() => (series.data ? { rows: series.data.rows, period: { from, to } } : null), [series.data, from, to]);
  const { value: ready, updating } = useLastReady(fresh);
  return (
    <section className={`page__section${updating ? ' is-updating' : ''}`} aria-labelledby="all-totals" aria-busy={updating || undefined}>
      <h2 id="all-totals" className="section-title">
        各项工作合计 · {formatPeriod(ready?.period ?? period)}
      </h2>
      {series.isError ? (
        <ErrorPanel error={series.error} onRetry={() => void series.refetch()} />
      ) : !ready ? (
        <Skeleton lines={6} />
      ) : (
        (() => {
          const summaries = buildAreaSummaries(metrics, totalsByMetric(ready.rows));
          if (!hasAnyValue(summaries)) return <EmptyState message="该时段暂无数据" hint="请选择其他时段。" />;
          return (
            <div className="grid grid--areas">
              {summaries.map((summary) => (
                <AreaTotalsPanel key={summary.area} summary={summary} />
              ))}
            </div>
          );
        })()
      )}
    </section>
  );
}
