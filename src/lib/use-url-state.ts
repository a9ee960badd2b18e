// State a link should carry lives in the URL; these hooks read and write it through the pure
// parsers in domain/ (period.ts, url-params.ts). Choices replace the history entry, so Back
// leaves the page rather than stepping through every period or metric tried.
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { periodFromSearch, withPeriod, type DataRange, type Period } from '../domain/period';
import { hrefKeeping, PARAM, parseChoice, parseSlide, withParam, type Parsed } from '../domain/url-params';
import { metaOptions } from './api/queries';

/** The period in the URL. Needs meta to be loaded (the app shell waits for it before rendering pages). */
export function usePeriod(): { period: Period; setPeriod: (period: Period) => void; range: DataRange } {
  const { data: meta } = useQuery(metaOptions());
  if (!meta) throw new Error('usePeriod: meta is not loaded yet');
  const [params, setParams] = useSearchParams();
  const range = useMemo(() => ({ firstMonth: meta.firstMonth, latestMonth: meta.latestMonth }), [meta.firstMonth, meta.latestMonth]);
  const { period } = periodFromSearch(params, range);
  const setPeriod = useCallback((next: Period) => setParams((current) => withPeriod(current, next), { replace: true }), [setParams]);
  return { period, setPeriod, range };
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
  const [, setParams] = useSearchParams();
  const wrong = parsed?.corrected ? parsed.value : null;
  useEffect(() => {
    if (wrong !== null) setParams((current) => withParam(current, name, wrong), { replace: true });
  }, [name, wrong, setParams]);
}

/** One of `choices` chosen by id in the URL param `name` (when missing or unknown: `fallbackId`, else the first). */
export function useChoiceParam<T extends { id: string }>(name: string, choices: readonly T[], fallbackId?: string): [T | null, (id: string) => void] {
  const [params, setParams] = useSearchParams();
  const parsed = parseChoice(params.get(name), choices, fallbackId);
  useCorrection(name, parsed && { value: parsed.value.id, corrected: parsed.corrected });
  const set = useCallback((id: string) => setParams((current) => withParam(current, name, id), { replace: true }), [name, setParams]);
  return [parsed?.value ?? null, set];
}

/** The metric chosen with `?metric=` among `metrics`. */
export function useMetricParam<T extends { id: string }>(metrics: readonly T[], fallbackId?: string): [T | null, (id: string) => void] {
  return useChoiceParam(PARAM.metric, metrics, fallbackId);
}

/** The 0-based slide of `?slide=` (1-based in the URL), kept within `count` slides. */
export function useSlideParam(count: number): [number, (index: number) => void] {
  const [params, setParams] = useSearchParams();
  const parsed = parseSlide(params.get(PARAM.slide), count);
  useCorrection(PARAM.slide, { value: String(parsed.value + 1), corrected: parsed.corrected });
  const set = useCallback(
    (index: number) => setParams((current) => withParam(current, PARAM.slide, String(Math.min(Math.max(index, 0), Math.max(count - 1, 0)) + 1)), { replace: true }),
    [count, setParams],
  );
  return [parsed.value, set];
}
