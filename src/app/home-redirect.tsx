import { useQuery } from '@tanstack/react-query';
import { Navigate } from 'react-router';
import { ErrorPanel } from '../components/error-panel';
import { Skeleton } from '../components/skeleton';
import { canOpenCommunity } from '../domain/access';
import { sessionOptions } from '../lib/api/queries';
import { usePeriodHref } from '../lib/use-url-state';
import { communityPath, ROUTE_PATHS } from '../lib/route-paths';

/** `/`: a secretary lands on their community, everyone else on the overview. */
export function HomeRedirect() {
  const session = useQuery(sessionOptions());
  const href = usePeriodHref();
  if (session.isPending) return <Skeleton lines={6} label="正在确认用户" />;
  if (session.isError) return <ErrorPanel title="无法确认当前用户" error={session.error} onRetry={() => void session.refetch()} />;
  const { user } = session.data;
  const home = user.communityId && canOpenCommunity(user, user.communityId) ? communityPath(user.communityId) : ROUTE_PATHS.overview;
  return <Navigate to={href(home)} replace />;
}
