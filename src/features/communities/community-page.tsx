import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { preloadCharts } from '../../components/charts/lazy-charts';
import { EmptyState } from '../../components/empty-state';
import { QueryState } from '../../components/query-state';
import { OwnTag } from '../../components/community-columns';
import type { Community, Role } from '../../lib/api/contract';
import { canOpenCommunity } from '../../domain/access';
import { communitiesOptions, sessionOptions } from '../../lib/api/queries';
import { formatNumber, formatPeriod } from '../../lib/i18n/format';
import { usePeriodHref } from '../../lib/use-url-state';
import { homeQuery, useCommunityInputs, type CommunityInputs } from './api';
export { communityLoader } from './api';
import { useCommunityAccess } from '../../lib/use-viewer';
import { ReleaseNotice } from '../../components/release-notice';
import { CompletionTrendPanel } from './components/completion-trend';
import { HomeHeadline } from './components/home-headline';
import { MetricStandings } from './components/metric-standings';
import './communities.css';
import { communityPath, ROUTE_PATHS } from '../../lib/route-paths';

export function CommunityPage() {
  const { catalogue: metrics, inputs } = useCommunityInputs();
  const communities = useQuery(communitiesOptions());
  const session = useQuery(sessionOptions());
  const href = usePeriodHref();
  useEffect(() => void preloadCharts('community'), []);
  return (
    <QueryState queries={[communities, metrics, session]} height={480} errorTitle="无法加载社区与指标目录">
      {([{ communities: list }, , { user }]) => {
        if (!inputs) return null;
        const { communityId } = inputs;
        // Decided before any of its figures are asked for: nothing leaks.
        if (communityId && !canOpenCommunity(user, communityId)) {
          return (
            <div className="page">
              <EmptyState message="无权查看" hint={NO_ACCESS_HINT[user.role]} pageHeading />
              <p className="not-found__links">
                {user.communityId && canOpenCommunity(user, user.communityId) && <Link to={href(communityPath(user.communityId))}>回到本社区</Link>}
                {user.communityId && ' · '}
                <Link to={href(ROUTE_PATHS.rankings)}>查看全部社区排名</Link>
              </p>
            </div>
          );
        }
        const community = list.find((c) => c.id === communityId);
        if (!community) {
          return (
            <div className="page">
              <EmptyState message={`没有社区 “${communityId ?? ''}”`} hint="链接可能有误，或该社区已调整。" pageHeading />
              <p className="not-found__links">
                <Link to={href(ROUTE_PATHS.rankings)}>查看全部社区排名</Link> · <Link to={href(ROUTE_PATHS.home)}>回到首页</Link>
              </p>
            </div>
          );
        }
        return <CommunityHomePage community={community} inputs={inputs} />;
      }}
    </QueryState>
  );
}

const NO_ACCESS_HINT: Record<Role, string> = {
  leader: '',
  secretary: '社区书记可以查看本社区的详情，以及全部社区的排名。',
  viewer: '访客可以查看全街道的合计与社区排名。',
};

function CommunityHomePage({ community, inputs }: { community: Community; inputs: CommunityInputs }) {
  const { period, range, catalogue } = inputs;
  const own = useQuery(sessionOptions()).data?.user.communityId === community.id;
  const access = useCommunityAccess(period, range);
  const query = useQuery(homeQuery(inputs, community.id, access.kind === 'allowed'));
  return (
    <div className="page community-page">
      <div className="page__head">
        <h1 className="page__title">
          {community.name} · {formatPeriod(period)}
        </h1>
        <p className="page__lead">
          {own && <OwnTag />} 共 {formatNumber(community.households)} 户
        </p>
      </div>
      {access.kind === 'refused' ? (
        <ReleaseNotice period={period} offers={access.offers} role={access.role} />
      ) : (
        <QueryState queries={[query]} height={220} errorTitle="排名数据加载失败">
          {([view]) =>
            view && (
              <>
                <HomeHeadline home={view.home} community={community} />
                <MetricStandings home={view.home} community={community} period={view.period} />
                <CompletionTrendPanel home={view.home} community={community} catalogue={catalogue} period={view.period} />
              </>
            )
          }
        </QueryState>
      )}
    </div>
  );
}
