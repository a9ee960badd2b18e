import { useQuery } from '@tanstack/react-query';
import { CommunityRanking } from '../../components/community-ranking';
import { MetricSelect } from '../../components/metric-select';
import { Panel } from '../../components/panel';
import { QueryState } from '../../components/query-state';
import { communityMetrics, findMetric } from '../../domain/catalogue';
import type { Period } from '../../domain/period';
import type { Catalogue } from '../../lib/api/contract';
import { communityFiguresOptions, metricsOptions, type CommunityFiguresData } from '../../lib/api/queries';
import { formatPeriod } from '../../lib/i18n/format';
import { useMetricParam, usePeriod } from '../../lib/use-url-state';

const RANKING_COLUMNS = ['rank', 'community', 'value', 'target', 'completion', 'pace'] as const;

export function RankingsPage() {
  const { period } = usePeriod();
  const metrics = useQuery(metricsOptions());
  return (
    <div className="page">
      <h1 className="page__title">社区排名 · {formatPeriod(period)}</h1>
      <QueryState queries={[metrics]} height={480} errorTitle="无法加载指标目录">
        {([catalogue]) => <Ranking catalogue={catalogue} period={period} />}
      </QueryState>
    </div>
  );
}

function Ranking({ catalogue, period }: { catalogue: Catalogue; period: Period }) {
  const rankable = communityMetrics(catalogue.metrics);
  const [metric, setMetric] = useMetricParam(rankable);
  const query = useQuery(communityFiguresOptions(metric ? [metric.id] : [], period));
  if (!metric) return null;
  return (
    <Panel title={`${metric.name}排名`} actions={<MetricSelect metrics={rankable} value={metric.id} onChange={setMetric} />}>
      <QueryState queries={[query]} height={880} errorTitle="各社区数据加载失败">
        {([figures]) => <RankingBody figures={figures} catalogue={catalogue} />}
      </QueryState>
    </Panel>
  );
}

function RankingBody({ figures, catalogue }: { figures: CommunityFiguresData; catalogue: Catalogue }) {
  // The figures may be the previous metric's while the new ones load: they say which.
  const metric = findMetric(catalogue, figures.input.metricIds[0]);
  return metric ? <CommunityRanking metric={metric} figures={figures} keys={RANKING_COLUMNS} /> : null;
}
