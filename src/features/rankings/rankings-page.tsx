import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { ChartFrame } from '../../components/chart-frame';
import { communityColumns, notOfferedNote } from '../../components/community-columns';
import { MetricSelect } from '../../components/metric-select';
import { Panel } from '../../components/panel';
import { QueryState } from '../../components/query-state';
import { communityMetrics, findMetric } from '../../domain/catalogue';
import { communityMetricRows, type CommunityMetricRow } from '../../domain/community-rows';
import type { Period } from '../../domain/period';
import { valuesByCommunity } from '../../domain/series';
import { indexTargets } from '../../domain/targets';
import type { Catalogue } from '../../lib/api/contract';
import { communityFiguresOptions, metricsOptions, sessionOptions, type CommunityFiguresData } from '../../lib/api/queries';
import { formatPeriod } from '../../lib/i18n/format';
import { valueRankingSentence } from '../../lib/i18n/sentences';
import { useMetricParam, usePeriod, usePeriodHref } from '../../lib/use-url-state';

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
  const href = usePeriodHref();
  const ownId = useQuery(sessionOptions()).data?.user.communityId;
  // The figures may be the previous metric's while the new ones load: they say which.
  const metric = findMetric(catalogue, figures.input.metricIds[0]);
  const rows = useMemo(
    () =>
      metric &&
      communityMetricRows({
        metric,
        communities: figures.communities.communities,
        values: valuesByCommunity(figures.series.rows, metric.id),
        lastYearValues: null,
        targets: indexTargets(figures.targets.targets),
        period: figures.input.period,
      }),
    [figures, metric],
  );
  const columns = useMemo(
    () => metric && communityColumns<CommunityMetricRow>(metric, { keys: ['rank', 'community', 'value', 'target', 'completion', 'pace'], hrefFor: href, ownId }),
    [metric, href, ownId],
  );
  if (!metric || !rows || !columns) return null;
  const periodLabel = formatPeriod(figures.input.period);
  return (
    <ChartFrame
      title={`各社区${metric.name}排名`}
      periodLabel={periodLabel}
      unit={metric.unit}
      summary={valueRankingSentence(periodLabel, metric.name)}
      rows={rows}
      columns={columns}
      rowKey={(r) => r.community.id}
      rowClassName={(r) => (r.community.id === ownId ? 'is-highlighted' : undefined)}
      note={notOfferedNote}
      initialSort={{ key: 'rank', direction: 'ascending' }}
    />
  );
}
