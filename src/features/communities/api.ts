// A community's home, its data wiring in one place: what the URL asks for (routeInputs), its
// queries with their views as `select` (pure, domain/home-views.ts), the loader that starts the
// standing's request from the URL, and the one hook the page reads its inputs through.
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { canOpenCommunity, canSeeAllCommunities } from '../../domain/access';
import { communityMetrics, metricIdsOf } from '../../domain/catalogue';
import { completionTrendWindow } from '../../domain/community-home';
import { historyPeriods } from '../../domain/history';
import { completionTrendView, homeView } from '../../domain/home-views';
import { oncePer } from '../../domain/once-per';
import type { DataRange, Period } from '../../domain/period';
import type { UrlFixes } from '../../domain/url-params';
import type { Catalogue, MetaResponse, MetricId } from '../../lib/api/contract';
import { loaderInputs, routePeriod } from '../../lib/api/loader-inputs';
import { communityTrendOptions, rankingHistoryOptions, type CommunityTrendData, type RankingHistoryData } from '../../lib/api/queries';
import { usePageSearch, type PathParams } from '../../lib/use-url-state';

export interface CommunityInputs extends UrlFixes {
  range: DataRange;
  period: Period;
  catalogue: Catalogue;
  /** The id in the path, as written (the page checks it against the communities and the user). */
  communityId: string | undefined;
}

/** What a community home's URL asks for (pure: the loader and the page agree). */
export function routeInputs(search: URLSearchParams, meta: Pick<MetaResponse, 'firstMonth' | 'latestMonth'>, catalogue: Catalogue, path: PathParams): CommunityInputs {
  const { range, period } = routePeriod(search, meta);
  return { range, period, catalogue, communityId: path.communityId };
}

/** Every per-community metric over the 红黑榜 record's periods: ranks, movement, the index and its 黑榜 streak. */
export function homeOptions(catalogue: Catalogue, period: Period, range: DataRange) {
  return rankingHistoryOptions('all', metricIdsOf(communityMetrics(catalogue.metrics)), historyPeriods(period, range));
}

/** A select per catalogue and community (a stable function): the view is worked out again only for new data. */
function selectPer<D, V>(view: (data: D, catalogue: Catalogue, communityId: string) => V) {
  const perCatalogue = oncePer((_: Catalogue) => new Map<string, (data: D) => V>());
  return (catalogue: Catalogue, communityId: string) => {
    const selects = perCatalogue(catalogue);
    const select = selects.get(communityId) ?? ((data: D) => view(data, catalogue, communityId));
    selects.set(communityId, select);
    return select;
  };
}

const homeSelect = selectPer((data: RankingHistoryData, catalogue, communityId) => homeView(data, catalogue.metrics, communityId));
const trendSelect = selectPer((data: CommunityTrendData, catalogue, communityId) => completionTrendView(data, catalogue.metrics, communityId));

/** The community's standing (`allowed`: the user may see every community's figures over the period). */
export function homeQuery({ catalogue, period, range }: Pick<CommunityInputs, 'catalogue' | 'period' | 'range'>, communityId: string, allowed: boolean) {
  return queryOptions({ ...homeOptions(catalogue, period, range), enabled: allowed, select: homeSelect(catalogue, communityId) });
}

/** One metric's twelve months of 序时完成率, the community's beside the subdistrict's. */
export function completionTrendQuery(catalogue: Catalogue, metricId: MetricId | undefined, communityId: string, period: Period) {
  return queryOptions({ ...communityTrendOptions(metricId ?? '', communityId, completionTrendWindow(period)), enabled: metricId !== undefined, select: trendSelect(catalogue, communityId) });
}

/** Starts the standing's request once meta, the catalogue and the user are in, where the user may open it. Never throws. */
export function communityLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    try {
      const { meta, catalogue, user } = await loaderInputs(queryClient);
      const { range, period, communityId } = routeInputs(new URL(request.url).searchParams, meta, catalogue, params);
      if (communityId && canOpenCommunity(user, communityId) && canSeeAllCommunities(user, period, range)) void queryClient.prefetchQuery(homeOptions(catalogue, period, range));
    } catch {
      // the shell and the panels report it
    }
    return null;
  };
}

/** The page's inputs (the period, the catalogue, the community in the path), each worked out once. */
export function useCommunityInputs() {
  return usePageSearch(routeInputs);
}
