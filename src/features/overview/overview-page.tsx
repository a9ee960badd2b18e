import { useQuery } from '@tanstack/react-query';
import { ErrorPanel } from '../../components/error-panel';
import { Skeleton } from '../../components/skeleton';
import { AREAS } from '../../lib/api/contract';
import { metricsOptions } from '../../lib/api/queries';
import { formatPeriod } from '../../lib/i18n/format';
import { PACE_HELP } from '../../lib/i18n/strings';
import { usePeriod } from '../../lib/use-period';
import { AreaKpi, AreaTrend } from './components/area-panels';
import { AllTotals } from './components/all-totals';
import { AttentionList, CommunityCompletion } from './components/community-panels';

export function OverviewPage() {
  const { period } = usePeriod();
  const metrics = useQuery(metricsOptions());
  return (
    <div className="page">
      <div className="page__head">
        <h1 className="page__title">总览 · {formatPeriod(period)}</h1>
        <details className="help">
          <summary>序时进度怎么算？</summary>
          <p>{PACE_HELP}</p>
        </details>
      </div>
      {metrics.isError ? (
        <ErrorPanel error={metrics.error} onRetry={() => void metrics.refetch()} />
      ) : !metrics.data ? (
        <div className="kpi-row">
          {AREAS.map((area) => (
            <div key={area} className="kpi" aria-busy="true">
              <Skeleton lines={6} />
            </div>
          ))}
        </div>
      ) : (
        <>
          <section className="kpi-row" aria-label="各领域进度">
            {AREAS.map((area) => (
              <AreaKpi key={area} area={area} metrics={metrics.data.metrics} period={period} />
            ))}
          </section>
          <div className="grid grid--two">
            <CommunityCompletion metrics={metrics.data.metrics} period={period} />
            <AttentionList metrics={metrics.data.metrics} period={period} />
          </div>
          <div className="grid grid--trends">
            {AREAS.map((area) => (
              <AreaTrend key={area} area={area} metrics={metrics.data.metrics} period={period} />
            ))}
          </div>
          <AllTotals metrics={metrics.data.metrics} period={period} />
        </>
      )}
    </div>
  );
}
