// One set of MSW handlers for the browser worker, vitest (setupServer) and the Node HTTP mock server.
import { delay, getResponse, http, HttpResponse } from 'msw';
import { API_PATHS, MOCK_USER_HEADER, type User } from '../src/lib/api/contract';
import { addMonths } from '../src/domain/month';
import { generateDataset, type Dataset } from './data/generate';
import { querySeries, queryTargets } from './data/query';
import { mockUsers } from './users';
import { isRefusal, listTooLong, parseSeriesParams, parseTargetsParams, type Refusal } from '../src/lib/api/request-rules';
import { faultAfter, faultBefore, scenarioOf, type Scenario } from './scenarios';
import { periodFromSearch } from '../src/domain/period';
import { overviewMetricId, overviewRequests } from '../src/lib/api/overview';
import { mockHeaderValue } from '../src/lib/api/mock-identity';
import { importHandlers } from './report-import';

export interface HandlerOptions {
  /** The API base URL the app is configured with; only its path is matched, on any origin. */
  apiBase?: string;
  /** Simulated network latency in ms (the dev server uses it so skeletons show). */
  latencyMs?: number;
}

/** A refusal of request-rules.ts as the response it is. */
const refusal = ({ status, error }: Refusal) => HttpResponse.json({ error }, { status });

/** How long GET /overview waits for any one of its parts (a real backend's per-part deadline). */
export const OVERVIEW_PART_DEADLINE_MS = 2_000;

export function apiPattern(apiBase: string, path: string): string {
  const pathname = new URL(apiBase, 'http://mock.invalid').pathname.replace(/\/$/, '');
  return `*${pathname}${path}`;
}

export function createHandlers(dataset: Dataset, options: HandlerOptions = {}) {
  const at = (path: string) => apiPattern(options.apiBase ?? '/api', path);
  const wait = () => (options.latencyMs ? delay(options.latencyMs) : undefined);
  // The `huge` scenario serves 500 communities × 60 months, made the first time it is asked for.
  let huge: Dataset | undefined;
  const datasetFor = (scenario: Scenario | null) =>
    scenario === 'huge' ? (huge ??= generateDataset({ communities: 500, latestMonth: dataset.meta.latestMonth, firstMonth: addMonths(dataset.meta.latestMonth, -59) })) : dataset;
  const state = { requests: new Map<string, number>() };

  /** Every endpoint but the demo-user list asks who is calling: unknown or missing is 401. */
  const signedIn = (request: Request, ds: Dataset): User | Response => {
    const id = mockHeaderValue(request.headers, MOCK_USER_HEADER);
    const user = id ? mockUsers(ds.communities).find((u) => u.id === id) : undefined;
    if (!user) return HttpResponse.json({ error: id ? `未知的演示用户 “${id}”` : '未登录' }, { status: 401 });
    return user;
  };

  /** One endpoint: its fault scenario first, then the answer from the dataset, then faults in the data. */
  const route = (path: string, answer: (request: Request, ds: Dataset, user: User | null) => Response, open = false) =>
    http.get(at(path), async ({ request }) => {
      await wait();
      const scenario = scenarioOf(request);
      const early = await faultBefore(scenario, path, request, state);
      if (early) return early;
      const ds = datasetFor(scenario);
      const user = open ? null : signedIn(request, ds);
      if (user instanceof Response) return user;
      const refused = listTooLong(new URL(request.url).searchParams);
      if (refused) return refusal(refused);
      return faultAfter(scenario, path, answer(request, ds, user));
    });

  /**
   * The overview's first screen in one response: each of its requests answered by its own
   * endpoint above (faults, access and all), with the status and body it gave. A part not ready
   * within OVERVIEW_PART_DEADLINE_MS comes back as 504 with no body, so one slow endpoint never
   * holds the whole screen back: the client asks for that part on its own.
   */
  const overview = http.get(at(API_PATHS.overview), async ({ request }) => {
    await wait();
    const url = new URL(request.url);
    const ds = datasetFor(scenarioOf(request));
    const user = signedIn(request, ds);
    if (user instanceof Response) return user;
    const { period } = periodFromSearch(url.searchParams, ds.meta);
    const base = url.pathname.slice(0, -API_PATHS.overview.length);
    const catalogue = { areas: ds.areas, metrics: ds.metrics, rates: ds.rates };
    const answers = await Promise.all(
      overviewRequests(catalogue, period, overviewMetricId(catalogue, url.searchParams)).map(async (asked) => {
        const sub = new URL(`${base}${asked.path}`, url);
        for (const [key, value] of Object.entries(asked.params)) sub.searchParams.set(key, value);
        const response = await Promise.race([getResponse(endpoints, new Request(sub, { headers: request.headers })), delay(OVERVIEW_PART_DEADLINE_MS).then(() => 'late' as const)]);
        if (response === 'late') return { request: asked, status: 504, body: null };
        if (!response) return { request: asked, status: 404, body: null };
        try {
          return { request: asked, status: response.status, body: (await response.json()) as unknown };
        } catch {
          // Not JSON (a fault scenario): the client asks again on its own and reports it.
          return { request: asked, status: 502, body: null };
        }
      }),
    );
    return HttpResponse.json({ from: period.from, to: period.to, answers });
  });

  const endpoints = [
    route(API_PATHS.session, (_, __, user) => HttpResponse.json({ user })),
    // The switcher lists the demo users even when nobody valid is signed in.
    route(API_PATHS.mockUsers, (_, ds) => HttpResponse.json({ users: mockUsers(ds.communities) }), true),
    route(API_PATHS.meta, (_, ds) => HttpResponse.json(ds.meta)),
    route(API_PATHS.communities, (_, ds) => HttpResponse.json({ communities: ds.communities })),
    route(API_PATHS.metrics, (_, ds) => HttpResponse.json({ areas: ds.areas, metrics: ds.metrics, rates: ds.rates })),
    route(API_PATHS.targets, (request, ds) => {
      const asked = parseTargetsParams(new URL(request.url).searchParams, ds.metrics.map((m) => m.id));
      if (isRefusal(asked)) return refusal(asked);
      return HttpResponse.json({ targets: queryTargets(ds, asked.years, asked.metrics, asked.level) });
    }),
    route(API_PATHS.series, (request, ds, user) => {
      const asked = parseSeriesParams(new URL(request.url).searchParams, ds.metrics.map((m) => m.id), user, ds.meta);
      if (isRefusal(asked)) return refusal(asked);
      const { from, to, groupBy } = asked;
      const rows = querySeries(ds, asked);
      return HttpResponse.json({ from, to, groupBy, rows });
    }),
  ];
  return [overview, ...endpoints, ...importHandlers(dataset, at)];
}
