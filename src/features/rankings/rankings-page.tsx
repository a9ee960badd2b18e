import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { MetricSelect } from '../../components/metric-select';
import { Panel } from '../../components/panel';
import { QueryState } from '../../components/query-state';
import { Skeleton } from '../../components/skeleton';
import { metricsOptions } from '../../lib/api/queries';
import { formatPeriod } from '../../lib/i18n/format';
import { usePeriod } from '../../lib/use-period';
import { CommunityRanking } from './components/community-ranking';

export function RankingsPage() {
  const { period } = usePeriod();
  const [params, setParams] = useSearchParams();
  const metrics = useQuery(metricsOptions());
  return (
    <div className="page">
      <h1 className="page__title">社区排名 · {formatPeriod(period)}</h1>
      <QueryState query={metrics} skeleton={<Skeleton lines={8} />}>
        {({ metrics: catalogue }) => {
          const rankable = catalogue.filter((m) => m.scope === 'community');
          const metric = rankable.find((m) => m.id === params.get('metric')) ?? rankable[0];
          return (
            <Panel
              title={`${metric.name}排名`}
              actions={
                <MetricSelect
                  metrics={rankable}
                  value={metric.id}
                  onChange={(id) =>
                    setParams((current) => {
                      const next = new URLSearchParams(current);
                      next.set('metric', id);
                      return next;
                    })
                  }
                />
              }
            >
              <CommunityRanking metric={metric} period={period} />
            </Panel>
          );
        }}
      </QueryState>
    </div>
  );
}
