// What a link carries, parsed and written in one place: the period (see period.ts), the chosen
// metric, the ranking basis, the slide. Hooks in lib/use-url-state.ts call these; pages never
// read search params by hand.

/** Search-param names: the only place they are spelled. */
export const PARAM = {
  from: 'from',
  to: 'to',
  metric: 'metric',
  /** What a ranking compares: completion (default) or value. */
  by: 'by',
  /** How a ranking is shown: list (default) or tile map. */
  view: 'view',
  slide: 'slide',
  /** The deck's auto-advance, in seconds per slide. */
  auto: 'auto',
  mockUser: 'as',
  /** Mock mode only: a fault scenario of the mock backend. */
  scenario: 'scenario',
} as const;

/** Params every in-app link keeps (the period), so a page change never loses it. */
export const CARRIED_PARAMS: readonly string[] = [PARAM.from, PARAM.to];

/**
 * What a link asks for, as written (null where it says nothing): read from the search string
 * here only. The period and choices are worked out from it against the data (period.ts
 * periodFromSearch, a route's `routeInputs`).
 */
export interface Asked {
  from: string | null;
  to: string | null;
  metric: string | null;
  slide: string | null;
}

export function askedOf(search: URLSearchParams | string): Asked {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  return { from: params.get(PARAM.from), to: params.get(PARAM.to), metric: params.get(PARAM.metric), slide: params.get(PARAM.slide) };
}

/** Whether the link names both months of a period (else the default period applies). */
export function asksForPeriod(asked: Pick<Asked, 'from' | 'to'>): asked is { from: string; to: string } {
  return asked.from !== null && asked.to !== null;
}

/** A route's inputs may name params the URL got wrong, with their right values: the page rewrites them once. */
export interface UrlFixes {
  fixes?: Readonly<Record<string, string>>;
}

export interface Parsed<T> {
  value: T;
  /** The URL said something else (missing is not a correction): it should be rewritten. */
  corrected: boolean;
}

/** One of `choices` (by id); anything else falls back to `fallbackId` or the first. null when there is no choice at all. */
export function parseChoice<T extends { id: string }>(raw: string | null, choices: readonly T[], fallbackId?: string): Parsed<T> | null {
  if (choices.length === 0) return null;
  const found = raw === null ? undefined : choices.find((c) => c.id === raw);
  const fallback = choices.find((c) => c.id === fallbackId) ?? choices[0];
  return { value: found ?? fallback, corrected: raw !== null && !found };
}

/**
 * A 1-based slide number in the URL as a 0-based index into `count` slides. Out of range,
 * negative or not a number opens the nearest valid slide and asks for the URL to be fixed.
 */
export function parseSlide(raw: string | null, count: number): Parsed<number> {
  if (raw === null) return { value: 0, corrected: false };
  const last = Math.max(count - 1, 0);
  const n = /^-?\d+$/.test(raw.trim()) ? Number(raw) : Number.NaN;
  const index = Number.isNaN(n) ? 0 : Math.min(Math.max(n - 1, 0), last);
  return { value: index, corrected: String(index + 1) !== raw };
}

/** `params` with `name` set to `value` (or removed for null); a new object, the input untouched. */
export function withParam(params: URLSearchParams, name: string, value: string | null): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value === null) next.delete(name);
  else next.set(name, value);
  return next;
}

/** `path` with the carried params of `params` (so in-app links keep the period) and any `extra` ones. */
export function hrefKeeping(path: string, params: URLSearchParams, extra: Readonly<Record<string, string>> = {}): string {
  const kept = new URLSearchParams();
  for (const name of CARRIED_PARAMS) {
    const value = params.get(name);
    if (value !== null) kept.set(name, value);
  }
  for (const [name, value] of Object.entries(extra)) kept.set(name, value);
  const query = kept.toString();
  return query ? `${path}?${query}` : path;
}

/** `?auto=20`: seconds per slide, from 5 s to 10 minutes; anything else: no auto-advance. */
export function parseAuto(raw: string | null): number | null {
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const seconds = Number(raw);
  return seconds >= 5 && seconds <= 600 ? seconds : null;
}
