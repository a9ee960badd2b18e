// A first load's early answers (the request: early/request.ts, sent by src/boot.ts).
// The overview's whole first screen came back in one response; the client's own requests for
// that screen take their answers from it instead of going out one by one after the app, meta
// and the catalogue have loaded. An answer is used once, only for the same URL and the same
// user; anything else (a failed or late early request, another period) is fetched as usual.
import { OverviewResponse } from '../contract';
import { baseUrl, dropEarlyRequest, earlyRequest, writeHints, type EarlyRequest, type Hints } from './request';
import { API_PATHS, MOCK_SCENARIO_HEADER, MOCK_USER_HEADER } from '../paths';

export interface EarlyAnswer {
  status: number;
  body: unknown;
}

/** Answers not taken by then are dropped (a first screen takes them within a second). */
const KEEP_MS = 30_000;
/** Paths the early request can answer: only these wait for it. */
const ANSWERABLE: readonly string[] = [API_PATHS.meta, API_PATHS.session, API_PATHS.metrics, API_PATHS.communities, API_PATHS.series, API_PATHS.targets];

/** A URL as a key: origin, path and the parameters sorted (their order does not change the request). */
export function urlKey(url: URL): string {
  const params = [...url.searchParams].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${url.origin}${url.pathname}?${new URLSearchParams(params).toString()}`;
}

/** The answers by URL key, read from the early request's body once. */
const answersOf = new WeakMap<EarlyRequest, Promise<Map<string, EarlyAnswer>>>();
function answers(request: EarlyRequest): Promise<Map<string, EarlyAnswer>> {
  let found = answersOf.get(request);
  if (!found) {
    found = request.json.then((json) => {
      const map = new Map<string, EarlyAnswer>();
      const parsed = OverviewResponse.safeParse(json);
      if (!parsed.success) return map;
      for (const { request: asked, status, body } of parsed.data.answers) {
        const url = new URL(asked.path.replace(/^\//, ''), request.base);
        for (const [key, value] of Object.entries(asked.params)) url.searchParams.set(key, value);
        map.set(urlKey(url), { status, body });
      }
      setTimeout(() => earlyRequest() === request && dropEarlyRequest(), KEEP_MS);
      return map;
    });
    answersOf.set(request, found);
  }
  return found;
}

/** Remembers the config for the next visit's early request, and drops this one's if it went to another API. */
export function confirmHints(config: Hints) {
  writeHints(config);
  const request = earlyRequest();
  if (request && request.base !== baseUrl(config.apiBaseUrl).href) dropEarlyRequest();
}

/**
 * The same user and scenario. Outside mock mode both requests sent neither; an early request
 * that did (never since it follows the real config) spoke for someone the app does not.
 */
function sameSpeaker(sent: Record<string, string>, now: Record<string, string>): boolean {
  return sent[MOCK_USER_HEADER] === now[MOCK_USER_HEADER] && sent[MOCK_SCENARIO_HEADER] === now[MOCK_SCENARIO_HEADER];
}

/**
 * How long a request waits for the early answer before asking on its own. A backend answers the
 * aggregate within its per-part deadline (2 s in the mock); one that hangs on it entirely must not
 * hold every first-screen request for a whole request timeout before they even start.
 */
export const EARLY_WAIT_MAX_MS = 5_000;

/**
 * The early answer to `url`, once, waiting for the early request if it is still out (at most
 * `waitMs`, capped at EARLY_WAIT_MAX_MS: a slow network is no reason to ask twice, a hung
 * aggregate is no reason to wait the whole timeout); undefined when there is none.
 */
export async function takeEarlyAnswer(url: URL, headers: Record<string, string>, waitMs: number, signal?: AbortSignal): Promise<EarlyAnswer | undefined> {
  const request = earlyRequest();
  if (!request || !sameSpeaker(request.headers, headers)) return undefined;
  if (!url.href.startsWith(request.base) || !ANSWERABLE.includes(`/${url.pathname.slice(new URL(request.base).pathname.length)}`)) return undefined;
  let timer: number | undefined;
  const gaveUp = new Promise<undefined>((resolve) => {
    timer = window.setTimeout(resolve, Math.min(waitMs, EARLY_WAIT_MAX_MS));
    signal?.addEventListener('abort', () => resolve(undefined), { once: true });
  });
  const map = await Promise.race([answers(request), gaveUp]);
  clearTimeout(timer);
  if (signal?.aborted) throw signal.reason;
  if (!map) return undefined;
  const key = urlKey(url);
  const answer = map.get(key);
  map.delete(key);
  return answer;
}
