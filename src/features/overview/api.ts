// The overview's data wiring in one place: what the URL asks for (routeInputs), the panels'
// queries with their views as `select` (pure, in domain/), the loader that starts the first
// screen's requests, and the one hook the page reads its inputs through. The requests themselves
// are in lib/api/overview.ts, beside the contract, because the mock backend's GET /overview
// answers the same list.
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { canSeeAllCommunities } from '../../domain/access';
import { areaKpiView, areaTrendView, type LeadArea } from '../../domain/area-views';
import { communityMetrics } from '../../domain/catalogue';
import { oncePer } from '../../domain/once-per';
import type { DataRange, Period } from '../../domain/period';
import { PARAM, type UrlFixes } from '../../domain/url-params';
import { attentionView, completionView } from '../../domain/views';
import type { Catalogue, MetaResponse, Metric } from '../../lib/api/contract';
import { loaderInputs, routePeriod } from '../../lib/api/loader-inputs';
import { areaOptions, overviewCommunityOptions, overviewCompletionOptions, overviewMetric, prefetchOverview } from '../../lib/api/overview';
import type { CommunityFiguresData, SubdistrictMonthlyData } from '../../lib/api/queries';
import { usePageSearch } from '../../lib/use-url-state';

export interface OverviewInputs extends UrlFixes {
  range: DataRange;
  period: Period;
  catalogue: Catalogue;
  /** The metrics a community is ranked on: the completion chart's choices. */
  rankable: Metric[];
  /** The completion chart's metric: `?metric=`, else the first per-community metric. */
  metric: Metric | null;
}

/** What the overview's URL asks for, read as the page reads it (pure: the loader and the page agree). */
export function routeInputs(search: URLSearchParams, meta: Pick<MetaResponse, 'firstMonth' | 'latestMonth'>, catalogue: Catalogue): OverviewInputs {
  const { range, period } = routePeriod(search, meta);
  const chosen = overviewMetric(catalogue, search);
  const metric = chosen?.value ?? null;
  const fixes = chosen?.corrected ? { [PARAM.metric]: chosen.value.id } : undefined;
  return { range, period, catalogue, rankable: communityMetrics(catalogue.metrics), metric, ...(fixes && { fixes }) };
}

// One select per catalogue (a stable function): the view is worked out again only for new data.
const completionSelect = oncePer((catalogue: Catalogue) => (data: CommunityFiguresData) => completionView(data, catalogue.metrics));
const attentionSelect = oncePer((catalogue: Catalogue) => (data: CommunityFiguresData) => attentionView(data, catalogue.metrics));

/** The completion chart: every community on the chosen metric, ranked. `allowed`: the user may see every community's figures. */
export function completionQuery({ catalogue, period, metric }: Pick<OverviewInputs, 'catalogue' | 'period' | 'metric'>, allowed: boolean) {
  // A metric chosen once 需要关注's figures are in finds its own already there (the loader takes them from those).
  return queryOptions({ ...overviewCompletionOptions(metric?.id ?? '', period), enabled: metric !== null && allowed, select: completionSelect(catalogue) });
}

/** 需要关注 over every per-community metric; `enabled` once the first screen has drawn and the user may see every community's. */
export function attentionQuery({ catalogue, period }: Pick<OverviewInputs, 'catalogue' | 'period'>, enabled: boolean) {
  return queryOptions({ ...overviewCommunityOptions(catalogue, period), enabled, select: attentionSelect(catalogue) });
}

/** An area's KPI card: its lead metric's progress over the period and its rates. */
export function areaKpiQuery(group: LeadArea & Parameters<typeof areaOptions>[0], period: Period) {
  return queryOptions({ ...areaOptions(group, period), select: (data: SubdistrictMonthlyData) => areaKpiView(data, group) });
}

/** An area's trend chart (the same request as its card): the lead metric's year so far. */
export function areaTrendQuery(group: LeadArea & Parameters<typeof areaOptions>[0], period: Period) {
  return queryOptions({ ...areaOptions(group, period), select: (data: SubdistrictMonthlyData) => areaTrendView(data, group.lead) });
}

/**
 * Starts the requests of the overview's first screen once meta and the catalogue are in, without
 * waiting for the page to render. Never throws: a failed request shows in its own panel, with a retry.
 */
export function overviewLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    try {
      const { meta, catalogue, user } = await loaderInputs(queryClient);
      const { range, period, metric } = routeInputs(new URL(request.url).searchParams, meta, catalogue);
      // The completion chart's figures only where the user may see every community's.
      prefetchOverview(queryClient, catalogue, period, canSeeAllCommunities(user, period, range) ? metric?.id : undefined);
    } catch {
      // the shell and the panels report it
    }
    return null;
  };
}

/** The page's inputs (the period, the catalogue, the chosen metric), each worked out once, and their setters. */
export function useOverviewInputs() {
  const { period, setPeriod, catalogue, inputs, setParam } = usePageSearch(routeInputs);
  const setMetric = (id: string) => setParam(PARAM.metric, id);
  return { period, setPeriod, catalogue, inputs, setMetric };
}
