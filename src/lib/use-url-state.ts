// State a link should carry lives in the URL; these hooks read and write it through the pure
// parsers in domain/ (period.ts, url-params.ts). Choices replace the history entry, so Back
// leaves the page rather than stepping through every period or metric tried.
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';
import { useLocation, useParams, useSearchParams } from 'react-router';
import { periodFromSearch, withPeriod, type DataRange, type Period } from '../domain/period';
import { hrefKeeping, PARAM, parseChoice, parseSlide, withParam, type Parsed, type UrlFixes } from '../domain/url-params';
import type { Catalogue, MetaResponse } from './api/contract';
import { dataRangeOf } from './api/loader-inputs';
import { metaOptions, metricsOptions } from './api/queries';

/**
 * The URL states the app has asked for and not yet rendered (navigations are transitions, and
 * renders may land on an intermediate state). React Router's functional `setSearchParams` starts
 * from the params of its last render, so a change made before the previous one rendered (a
 * clicker's double press, a period then a metric) would undo it; every setter here starts from
 * the last state asked for while the render is one of those states, and from the render after
 * any other navigation (Back).
 */
let pending: { chain: Set<string>; next: string } | null = null;

type ParamsUpdate = (current: URLSearchParams) => URLSearchParams;

/** Updates the URL's search params from the latest requested state, replacing the history entry. */
function useReplaceParams(): (update: ParamsUpdate) => void {
  const [params, setParams] = useSearchParams();
  const { pathname } = useLocation();
  const rendered = `${pathname}?${params.toString()}`;
  // Once the last state asked for has rendered, nothing is pending: coming back to one of the
  // chain's earlier states later (Back, a link) is a navigation of its own, not an intermediate render.
  useEffect(() => {
    if (pending && rendered === `${pathname}?${pending.next}`) pending = null;
  }, [rendered, pathname]);
  return useCallback(
    (update: ParamsUpdate) => {
      // The render is one of the states asked for, and not yet the last one.
      const ours = pending !== null && pending.chain.has(rendered) && rendered !== `${pathname}?${pending.next}`;
      const base = ours && pending ? pending.next : params.toString();
      const next = update(new URLSearchParams(base));
      const chain = ours && pending ? pending.chain : new Set([rendered]);
      chain.add(`${pathname}?${next.toString()}`);
      pending = { chain, next: next.toString() };
      setParams(next, { replace: true });
    },
    [rendered, pathname, params, setParams],
  );
}

/** The period in the URL. Needs meta to be loaded (the app shell waits for it before rendering pages). */
export function usePeriod(): { period: Period; setPeriod: (period: Period) => void; range: DataRange } {
  const { data: meta } = useQuery(metaOptions());
  if (!meta) throw new Error('usePeriod: meta is not loaded yet');
  const [params] = useSearchParams();
  const replace = useReplaceParams();
  // The same object while the months stay (a new updatedAt is no new range).
  const { firstMonth, latestMonth } = meta;
  const range = useMemo(() => dataRangeOf({ firstMonth, latestMonth }), [firstMonth, latestMonth]);
  const { period } = periodFromSearch(params, range);
  const setPeriod = useCallback((next: Period) => replace((current) => withPeriod(current, next)), [replace]);
  return { period, setPeriod, range };
}

/** The route's path params (`:metricId`, `:communityId`). */
export type PathParams = Readonly<Record<string, string | undefined>>;

/** A route's pure reading of its URL (features/<route>/api.ts `routeInputs`): the loader calls it too. */
export type RouteInputs<T extends UrlFixes> = (search: URLSearchParams, meta: Pick<MetaResponse, 'firstMonth' | 'latestMonth'>, catalogue: Catalogue, path: PathParams) => T;

export interface PageSearch<T> {
  /** The period (the shell's, needs no catalogue) and the data's months. */
  period: Period;
  range: DataRange;
  setPeriod: (period: Period) => void;
  /** The catalogue query: a page shows its loading and failure. */
  catalogue: UseQueryResult<Catalogue>;
  /** The route's inputs, the same object while the URL, the months and the catalogue stay; null until the catalogue is in. */
  inputs: T | null;
  /** Sets one search param, replacing the history entry. */
  setParam: (name: string, value: string) => void;
}

/**
 * The one way a page reads its URL: search + path + meta + catalogue → the route's `routeInputs`.
 * Params the inputs say the URL got wrong (`fixes`) are rewritten once.
 */
export function usePageSearch<T extends UrlFixes>(routeInputs: RouteInputs<T>): PageSearch<T> {
  const { period, range, setPeriod } = usePeriod();
  const catalogue = useQuery(metricsOptions());
  const [params] = useSearchParams();
  const replace = useReplaceParams();
  const search = params.toString();
  const path = JSON.stringify(useParams());
  const data = catalogue.data;
  const inputs = useMemo(() => (data ? routeInputs(new URLSearchParams(search), range, data, JSON.parse(path) as PathParams) : null), [routeInputs, search, path, range, data]);
  const fixes = inputs?.fixes;
  const fixKey = fixes && Object.keys(fixes).length > 0 ? JSON.stringify(fixes) : '';
  useEffect(() => {
    if (!fixes || !fixKey) return;
    replace((current) => Object.entries(fixes).reduce((next, [name, value]) => withParam(next, name, value), current));
  }, [fixKey]); // eslint-disable-line react-hooks/exhaustive-deps -- once per wrong value, not per render
  const setParam = useCallback((name: string, value: string) => replace((current) => withParam(current, name, value)), [replace]);
  return { period, range, setPeriod, catalogue, inputs, setParam };
}

/** `path` with the current period (so every in-app link keeps it), plus any `extra` params. */
export function usePeriodHref(): (path: string, extra?: Readonly<Record<string, string>>) => string {
  const [params] = useSearchParams();
  // The carried params as a string: a stable dependency while the period stays.
  const carried = hrefKeeping('', params);
  return useCallback((path: string, extra?: Readonly<Record<string, string>>) => hrefKeeping(path, new URLSearchParams(carried), extra), [carried]);
}

/** Rewrites a param the URL got wrong, once, without a new history entry. */
function useCorrection(name: string, parsed: Parsed<string> | null) {
  const replace = useReplaceParams();
  const wrong = parsed?.corrected ? parsed.value : null;
  useEffect(() => {
    if (wrong !== null) replace((current) => withParam(current, name, wrong));
  }, [name, wrong]); // eslint-disable-line react-hooks/exhaustive-deps -- once per wrong value, not per render
}

/** One of `choices` chosen by id in the URL param `name` (when missing or unknown: `fallbackId`, else the first). */
export function useChoiceParam<T extends { id: string }>(name: string, choices: readonly T[], fallbackId?: string): [T | null, (id: string) => void] {
  const [params] = useSearchParams();
  const replace = useReplaceParams();
  const parsed = parseChoice(params.get(name), choices, fallbackId);
  useCorrection(name, parsed && { value: parsed.value.id, corrected: parsed.corrected });
  const set = useCallback((id: string) => replace((current) => withParam(current, name, id)), [name, replace]);
  return [parsed?.value ?? null, set];
}

/** The metric chosen with `?metric=` among `metrics`. */
export function useMetricParam<T extends { id: string }>(metrics: readonly T[], fallbackId?: string): [T | null, (id: string) => void] {
  return useChoiceParam(PARAM.metric, metrics, fallbackId);
}

/**
 * The 0-based slide of `?slide=` (1-based in the URL), kept within `count` slides. The setter
 * takes an index, or a step from the slide last asked for (so two quick presses move two slides
 * even before the first has rendered).
 */
export function useSlideParam(count: number): [number, (next: number | ((current: number) => number)) => void] {
  const [params] = useSearchParams();
  const replace = useReplaceParams();
  const parsed = parseSlide(params.get(PARAM.slide), count);
  useCorrection(PARAM.slide, { value: String(parsed.value + 1), corrected: parsed.corrected });
  const set = useCallback(
    (next: number | ((current: number) => number)) =>
      replace((current) => {
        const index = typeof next === 'function' ? next(parseSlide(current.get(PARAM.slide), count).value) : next;
        return withParam(current, PARAM.slide, String(Math.min(Math.max(index, 0), Math.max(count - 1, 0)) + 1));
      }),
    [count, replace],
  );
  return [parsed.value, set];
}
