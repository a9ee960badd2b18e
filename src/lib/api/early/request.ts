// The early request itself, sent by src/boot.ts before the app's code has run: GET /overview
// for the period in the URL. Free of zod and React, so its entry is a few hundred bytes and runs
// while the app is still downloading; early/answers.ts reads the answer.
import { askedOf, PARAM } from '../../../domain/url-params';
import { peekConfig, startConfigRead } from './config-file';
import { expectedMockHeaders } from '../mock-identity';
import { API_PATHS } from '../paths';

/** The API base and mode the last visit's config gave, so the early request can guess them. */
const HINTS_KEY = 'early-request-hints';
export interface Hints {
  apiBaseUrl: string;
  mockMode: string;
}

/** The last visit's config, if there was one. */
export function readHints(): Hints | null {
  try {
    const hints = JSON.parse(localStorage.getItem(HINTS_KEY) ?? 'null') as Partial<Hints> | null;
    if (hints && typeof hints.apiBaseUrl === 'string' && typeof hints.mockMode === 'string') return { apiBaseUrl: hints.apiBaseUrl, mockMode: hints.mockMode };
  } catch {
    // unreadable: no guess
  }
  return null;
}

export function writeHints(hints: Hints) {
  try {
    localStorage.setItem(HINTS_KEY, JSON.stringify({ apiBaseUrl: hints.apiBaseUrl, mockMode: hints.mockMode }));
  } catch {
    // storage refused (private mode): no hints next time
  }
}

/** The base URL a path is appended to (`/api` → `https://host/api`). */
export function baseUrl(base: string): URL {
  return new URL(base.replace(/\/?$/, '/'), window.location.href);
}

export interface EarlyRequest {
  /** The API base it went to, resolved (ends with "/"). */
  base: string;
  headers: Record<string, string>;
  /** The parsed JSON body of a 200 answer, else null (never rejects). */
  json: Promise<unknown>;
}

let sent: EarlyRequest | null = null;

/** The early request, if one was sent and not dropped since. */
export function earlyRequest(): EarlyRequest | null {
  return sent;
}

export function dropEarlyRequest() {
  sent = null;
}

/** Sends GET /overview for the period in `search` (both months, else the server's default) and its completion chart's metric. */
export function sendEarlyOverview(search: string, apiBase: string, headers: Record<string, string>) {
  const { from, to, metric } = askedOf(search);
  const url = new URL(API_PATHS.overview.slice(1), baseUrl(apiBase));
  if (from && to) {
    url.searchParams.set(PARAM.from, from);
    url.searchParams.set(PARAM.to, to);
  }
  if (metric) url.searchParams.set(PARAM.metric, metric);
  const json = fetch(url, { headers: { accept: 'application/json', ...headers }, signal: AbortSignal.timeout(15_000) })
    .then((response) => (response.ok ? (response.json() as Promise<unknown>) : null))
    .catch(() => null);
  sent = { base: baseUrl(apiBase).href, headers, json };
}

/**
 * Sends the early request for the overview at `search` as soon as it is safe to. When the last
 * visit's config said `off`, at once and with no mock headers (a base changed since costs one
 * wasted request). Otherwise, including a first visit, once config.json is in (index.html
 * preloads it beside this script, so it is there or nearly): mock headers go only where the real
 * config says the backend is the mock server, never to a real backend on an old or missing guess
 * (a cross-origin one would refuse the unknown headers, and they are no business of it anyway).
 * In the worker mode the mock backend starts later, inside the page: nothing to ask yet.
 */
export function startEarlyOverview(search: string) {
  const hints = readHints();
  if (hints?.mockMode === 'off') return sendEarlyOverview(search, hints.apiBaseUrl, {});
  startConfigRead().then(
    (file) => {
      const config = peekConfig(file);
      if (!config || config.mockMode === 'worker') return;
      sendEarlyOverview(search, config.apiBaseUrl, config.mockMode === 'server' ? expectedMockHeaders(search) : {});
    },
    () => undefined, // no config: the app says so
  );
}
