import { useQuery } from '@tanstack/react-query';
import { QueryState } from '../../components/query-state';
import { leadAreas } from '../../domain/catalogue';
import { metricsOptions } from '../../lib/api/queries';
import { formatPeriod } from '../../lib/i18n/format';
import { paceHelp } from '../../lib/i18n/strings';
import { usePeriod } from '../../lib/use-url-state';
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
          <p>{paceHelp()}</p>
        </details>
      </div>
      <QueryState queries={[metrics]} height={280} errorTitle="无法加载指标目录">
        {([catalogue]) => (
          <>
            <section className="kpi-row" aria-label="各领域进度">
              {leadAreas(catalogue).map((group) => (
                <AreaKpi key={group.area.id} group={group} period={period} />
              ))}
            </section>
            <div className="grid grid--two">
              <CommunityCompletion catalogue={catalogue} period={period} />
              <AttentionList catalogue={catalogue} period={period} />
            </div>
            <div className="grid grid--trends">
              {leadAreas(catalogue).map((group) => (
                <AreaTrend key={group.area.id} group={group} period={period} />
              ))}
            </div>
            <AllTotals catalogue={catalogue} period={period} />
          </>
        )}
      </QueryState>
    </div>
  );
}
