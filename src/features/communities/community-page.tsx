import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { ChartFrame } from '../../components/chart-frame';
import type { Column } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { Panel } from '../../components/panel';
import { QueryState } from '../../components/query-state';
import { communityMetrics, metricIdsOf } from '../../domain/catalogue';
import type { Period } from '../../domain/period';
import { communityStandings, type Standing } from '../../domain/standings';
import type { Catalogue, Community } from '../../lib/api/contract';
import { communitiesOptions, communityFiguresOptions, metricsOptions, type CommunityFiguresData } from '../../lib/api/queries';
import { formatNumber, formatPeriod } from '../../lib/i18n/format';
import { NOT_OFFERED } from '../../lib/i18n/strings';
import { usePeriod, usePeriodHref } from '../../lib/use-url-state';

export function CommunityPage() {
  const { communityId } = useParams();
  const communities = useQuery(communitiesOptions());
  const metrics = useQuery(metricsOptions());
  return (
    <QueryState queries={[communities, metrics]} height={480} errorTitle="无法加载社区与指标目录">
      {([{ communities: list }, catalogue]) => {
        const community = list.find((c) => c.id === communityId);
        if (!community) return <EmptyState message={`没有社区 “${communityId ?? ''}”`} hint="请从排名中选择社区。" pageHeading />;
        return <CommunityDetail community={community} catalogue={catalogue} />;
      }}
    </QueryState>
  );
}

function CommunityDetail({ community, catalogue }: { community: Community; catalogue: Catalogue }) {
  const { period } = usePeriod();
  return (
    <div className="page">
      <h1 className="page__title">
        {community.name} · {formatPeriod(period)}
      </h1>
      <p className="page__lead">共 {formatNumber(community.households)} 户</p>
      <Standings community={community} catalogue={catalogue} period={period} />
    </div>
  );
}

function Standings({ community, catalogue, period }: { community: Community; catalogue: Catalogue; period: Period }) {
  const query = useQuery(communityFiguresOptions(metricIdsOf(communityMetrics(catalogue.metrics)), period));
  return (
    <Panel title="各项指标与全街道排名">
      <QueryState queries={[query]} height={560} errorTitle="各社区数据加载失败">
        {([figures]) => <StandingsBody community={community} catalogue={catalogue} figures={figures} />}
      </QueryState>
    </Panel>
  );
}

function StandingsBody({ community, catalogue, figures }: { community: Community; catalogue: Catalogue; figures: CommunityFiguresData }) {
  const href = usePeriodHref();
  const rows = useMemo(
    () => communityStandings(community.id, communityMetrics(catalogue.metrics), figures.communities.communities, figures.series.rows),
    [community.id, catalogue, figures],
  );
  const columns = useMemo<Column<Standing>[]>(
    () => [
      { key: 'metric', header: '指标', rowHeader: true, value: (s) => s.metric.name, render: (s) => <Link to={href(`/metrics/${s.metric.id}`)}>{s.metric.name}</Link> },
      { key: 'value', header: '数值', value: (s) => s.value, format: (v, s) => `${formatNumber(Number(v))} ${s.metric.unit}`, missing: () => NOT_OFFERED },
      { key: 'unit', header: '单位', value: (s) => s.metric.unit, sortable: false },
      { key: 'rank', header: '排名', value: (s) => s.rank, format: (v, s) => `第 ${v} / ${s.rankedCount} 名` },
    ],
    [href],
  );
  const periodLabel = formatPeriod(figures.input.period);
  return (
    <ChartFrame
      title={`${community.name}各项指标`}
      periodLabel={periodLabel}
      summary={`${periodLabel}${community.name}各项指标的完成值及在全街道的排名（按完成值）。`}
      rows={rows}
      columns={columns}
      rowKey={(s) => s.metric.id}
      note={(s) => (s.value === null ? NOT_OFFERED : null)}
    />
  );
}
