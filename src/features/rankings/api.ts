// The rankings page's data wiring in one place: what the URL asks for (routeInputs), the ranking's
// query and its view (as the query's select), the loader, and the one hook the page reads its
// inputs through. One history bundle gives the current ranking (with movement and 红黑榜) and the
// 红黑榜 record over the last periods of equal length.
import type { QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { canSeeAllCommunities } from '../../domain/access';
import { communityMetrics, findMetric, metricIdsOf } from '../../domain/catalogue';
import { boardHistory, historyPeriods, movementsOf, type BoardHistory } from '../../domain/history';
import { indexWeights } from '../../domain/overall-index';
import { oncePer } from '../../domain/once-per';
import type { DataRange, Period } from '../../domain/period';
import { boardsOf, INDEX_ID, rankingRows, rankingsOverTime, subjectMetrics, type RankingRow, type RankingSubject } from '../../domain/ranking-subject';
import { basisUsed, RANKING_BASES, type Ranking, type RankingBasis } from '../../domain/standings';
import { PARAM, parseChoice, type UrlFixes } from '../../domain/url-params';
import type { Catalogue, MetaResponse } from '../../lib/api/contract';
import { routePeriod, startingLoader } from '../../lib/api/loader-inputs';
import { rankingHistoryOptions, type RankingHistoryData } from '../../lib/api/queries';
import { BASIS_LABELS, INDEX_NAME, VIEW_LABELS } from '../../lib/i18n/strings';
import { usePageSearch } from '../../lib/use-url-state';

export type RankingsLayout = 'list' | 'map';

/** The bases a metric is ranked on, and the two ways a ranking is shown (the first of each is the default). */
export const BASES = RANKING_BASES.map((id) => ({ id, label: BASIS_LABELS[id] }));
export const VIEWS = (['list', 'map'] as const).map((id) => ({ id, label: VIEW_LABELS[id] }));

export interface RankingsInputs extends UrlFixes {
  range: DataRange;
  period: Period;
  /** What may be ranked: the 综合指数 and the per-community metrics. */
  choices: Array<{ id: string; name: string }>;
  /** `?metric=` among subjectChoices (else the first); null: the catalogue has nothing to rank. */
  subject: RankingSubject | null;
  /** `?by=`. */
  basis: RankingBasis;
  /** `?view=`. */
  layout: RankingsLayout;
}

/** The index (when the catalogue weighs any metric), then every per-community metric. */
export function subjectChoices(catalogue: Catalogue): Array<{ id: string; name: string }> {
  const metrics = communityMetrics(catalogue.metrics);
  return indexWeights(catalogue.metrics).length > 0 ? [{ id: INDEX_ID, name: INDEX_NAME }, ...metrics] : metrics;
}

function subjectOf(id: string, catalogue: Catalogue): RankingSubject | null {
  if (id === INDEX_ID) return { kind: 'index' };
  const metric = findMetric(catalogue, id);
  return metric ? { kind: 'metric', metric } : null;
}

const subjectId = (subject: RankingSubject) => (subject.kind === 'index' ? INDEX_ID : subject.metric.id);

/** What the rankings URL asks for, read as the page reads it (pure: the loader and the page agree). */
export function routeInputs(search: URLSearchParams, meta: Pick<MetaResponse, 'firstMonth' | 'latestMonth'>, catalogue: Catalogue): RankingsInputs {
  const choices = subjectChoices(catalogue);
  const choice = parseChoice(search.get(PARAM.metric), choices);
  const basis = parseChoice(search.get(PARAM.by), BASES);
  const layout = parseChoice(search.get(PARAM.view), VIEWS);
  // What the URL got wrong (an unknown metric, basis or view): rewritten once by the page.
  const fixes = Object.fromEntries(
    ([[PARAM.metric, choice], [PARAM.by, basis], [PARAM.view, layout]] as const).flatMap(([name, parsed]) => (parsed?.corrected ? [[name, parsed.value.id]] : [])),
  );
  return {
    ...routePeriod(search, meta),
    choices,
    subject: choice && subjectOf(choice.value.id, catalogue),
    basis: basis?.value.id ?? BASES[0].id,
    layout: layout?.value.id ?? VIEWS[0].id,
    ...(Object.keys(fixes).length > 0 && { fixes }),
  };
}

/** The history bundle for a subject over the period and the periods of equal length before it. */
export function rankingsOptions(subject: RankingSubject, catalogue: Catalogue, { period, range }: Pick<RankingsInputs, 'period' | 'range'>) {
  return rankingHistoryOptions(subjectId(subject), metricIdsOf(subjectMetrics(subject, catalogue.metrics)), historyPeriods(period, range));
}

export interface RankingsView {
  /** What the figures are of (kept figures may be the previous subject's). */
  subject: RankingSubject;
  rows: RankingRow[];
  /** The basis the ranking used: by count (value) when any row is 样本小 (domain basisUsed). */
  basis: RankingBasis;
  boardsShown: boolean;
  history: BoardHistory;
}

/** The query's view: the figures' period and, when the catalogue has their subject, the ranking. */
export interface RankingsShown {
  period: Period;
  view: RankingsView | null;
}

/** The current ranking's rows (movement, boards) and the board history, for the subject the data was fetched for. */
function rankingsView(data: RankingHistoryData, subject: RankingSubject, catalogue: Catalogue, basis: RankingBasis): RankingsView {
  const history = rankingsOverTime(
    subject,
    catalogue.metrics,
    data.communities.communities,
    data.targets.targets,
    data.periods.map((series, i) => ({ period: data.input.periods[i], rows: series.rows })),
    basis,
  );
  const current = history[history.length - 1].ranking;
  const boards = boardsOf(current);
  return {
    subject,
    rows: rankingRows(current, { movements: movementsOf(history), boards }),
    basis: subject.kind === 'index' ? basis : basisUsed(current as Ranking, basis),
    boardsShown: boards !== null,
    history: boardHistory(data.communities.communities, history),
  };
}

/** What the data was fetched for (kept figures may be the previous subject's). */
function rankingsShown(data: RankingHistoryData, catalogue: Catalogue, basis: RankingBasis): RankingsShown {
  const subject = subjectOf(data.input.subjectId, catalogue);
  return {
    period: data.input.periods[data.input.periods.length - 1],
    // The index is ranked on completion whatever basis was asked for.
    view: subject && rankingsView(data, subject, catalogue, subject.kind === 'index' ? 'completion' : basis),
  };
}

// Computed once per data, catalogue and basis: kept figures shown while the next load (placeholder
// data, selected again) and a basis chosen back cost nothing (at 500 communities × six periods,
// ranking again was a third of a metric switch).
const shownOnce = oncePer((_data: RankingHistoryData) => oncePer((_catalogue: Catalogue) => new Map<RankingBasis, RankingsShown>()));
// One select function per catalogue and basis, so the query keeps its selected view.
const selects = oncePer((_catalogue: Catalogue) => new Map<RankingBasis, (data: RankingHistoryData) => RankingsShown>());

function selectFor(catalogue: Catalogue, basis: RankingBasis) {
  const byBasis = selects(catalogue);
  let select = byBasis.get(basis);
  if (!select) {
    select = (data: RankingHistoryData) => {
      const shown = shownOnce(data)(catalogue);
      if (!shown.has(basis)) shown.set(basis, rankingsShown(data, catalogue, basis));
      return shown.get(basis) as RankingsShown;
    };
    byBasis.set(basis, select);
  }
  return select;
}

/** The page's query: the history bundle, viewed as the ranking on `basis`. */
export function rankingsQuery(subject: RankingSubject, catalogue: Catalogue, inputs: Pick<RankingsInputs, 'period' | 'range' | 'basis'>) {
  return { ...rankingsOptions(subject, catalogue, inputs), select: selectFor(catalogue, inputs.basis) };
}

/**
 * Starts the ranking's requests for the URL's subject and period as soon as the URL changes (a
 * metric or a period chosen), before the page renders the choice: a query of the page's own
 * starts only once the render that asks for it has committed (figures:
 * docs/performance.md#rankings-loader-featuresrankingsapits).
 * Returns at once; the page itself reports a failure, with a retry.
 */
export function rankingsLoader(queryClient: QueryClient) {
  return startingLoader(queryClient, ({ meta, catalogue, user }, search) => {
    const inputs = routeInputs(search, meta, catalogue);
    if (inputs.subject && canSeeAllCommunities(user, inputs.period, inputs.range)) return queryClient.prefetchQuery(rankingsOptions(inputs.subject, catalogue, inputs));
  });
}

/** The page's inputs (null until the catalogue is in), the catalogue query, and the setters (choices replace the history entry). */
export function useRankingsInputs() {
  const { period, catalogue, inputs, setParam } = usePageSearch(routeInputs);
  const set = useMemo(
    () => ({
      choice: (id: string) => setParam(PARAM.metric, id),
      basis: (id: string) => setParam(PARAM.by, id),
      layout: (id: string) => setParam(PARAM.view, id),
    }),
    [setParam],
  );
  return { period, catalogue, inputs, set };
}

export type RankingsSetters = ReturnType<typeof useRankingsInputs>['set'];
