// One set of MSW handlers for the browser worker, vitest (setupServer) and the Node HTTP mock server.
import { delay, getResponse, http, HttpResponse } from 'msw';
import { API_PATHS, GROUP_BY, LIST_PARAMS, MAX_LIST_ITEMS, MOCK_USER_HEADER, TARGET_LEVELS, type GroupBy, type TargetLevel, type User } from '../src/lib/api/contract';
import { addMonths, isValidMonth } from '../src/domain/month';
import { generateDataset, type Dataset } from './data/generate';
import { querySeries, queryTargets } from './data/query';
import { mockUsers } from './users';
import { canSeeSeries, type SeriesAsked, type Viewer } from '../src/domain/access';
import { faultAfter, faultBefore, scenarioOf, type Scenario } from './scenarios';
import { periodFromSearch } from '../src/domain/period';
import { overviewMetricId, overviewRequests } from '../src/lib/api/overview';
import { mockHeaderValue } from '../src/lib/api/mock-identity';

export interface HandlerOptions {
  /** The API base URL the app is configured with; only its path is matched, on any origin. */
  apiBase?: string;
  /** Simulated network latency in ms (the dev server uses it so skeletons show). */
  latencyMs?: number;
}

function badRequest(message: string) {
  return HttpResponse.json({ error: message }, { status: 400 });
}

/** A comma-separated list parameter, each value once (`visits,visits` asks for visits once). */
function parseList(value: string | null): string[] | undefined {
  if (value === null || value === '') return undefined;
  return [...new Set(value.split(',').map((s) => s.trim()).filter(Boolean))];
}

/** A list parameter with more distinct values than the contract allows: 400, before any work. */
function listTooLong(url: URL): Response | null {
  for (const name of LIST_PARAMS) {
    const count = parseList(url.searchParams.get(name))?.length ?? 0;
    if (count > MAX_LIST_ITEMS) return badRequest(`${name}：最多 ${MAX_LIST_ITEMS} 项，收到 ${count} 项`);
  }
  return null;
}

/** How long GET /overview waits for any one of its parts (a real backend's per-part deadline). */
export const OVERVIEW_PART_DEADLINE_MS = 2_000;

/** Why a series was refused, in the words the app shows behind 详情. */
function seriesRefusal(user: Viewer, query: SeriesAsked): string {
  if (query.communities?.length) return '只能查看本社区的分月数据';
  if (query.groupBy === 'month,community') return '各社区的分月数据仅街道领导可查看';
  return `各社区数据按整季度公布（${user.role === 'viewer' ? '访客' : '社区书记'}不能查看 ${query.from}—${query.to}）`;
}

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
  const forbidden = (reason = '无权查看') => HttpResponse.json({ error: reason }, { status: 403 });

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
      const refused = listTooLong(new URL(request.url));
      if (refused) return refused;
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
      const url = new URL(request.url);
      const years = (parseList(url.searchParams.get('years')) ?? []).map(Number);
      if (years.length === 0 || years.some((y) => !Number.isInteger(y))) return badRequest('years: expected a comma-separated list of years');
      const metrics = parseList(url.searchParams.get('metrics'));
      const unknown = metrics?.find((m) => !ds.metrics.some((x) => x.id === m));
      if (unknown) return badRequest(`metrics: unknown metric "${unknown}"`);
      const level = url.searchParams.get('level') ?? undefined;
      if (level !== undefined && !(TARGET_LEVELS as readonly string[]).includes(level)) return badRequest(`level: expected one of ${TARGET_LEVELS.join(' | ')}`);
      return HttpResponse.json({ targets: queryTargets(ds, years, metrics, level as TargetLevel | undefined) });
    }),
    route(API_PATHS.series, (request, ds, user) => {
      const url = new URL(request.url);
      const from = url.searchParams.get('from');
      const to = url.searchParams.get('to');
      if (!isValidMonth(from) || !isValidMonth(to)) return badRequest('from, to: expected months as YYYY-MM');
      const groupBy = url.searchParams.get('groupBy') ?? 'none';
      if (!(GROUP_BY as readonly string[]).includes(groupBy)) return badRequest(`groupBy: expected one of ${GROUP_BY.join(' | ')}`);
      const metrics = parseList(url.searchParams.get('metrics')) ?? ds.metrics.map((m) => m.id);
      const unknown = metrics.find((m) => !ds.metrics.some((x) => x.id === m));
      if (unknown) return badRequest(`metrics: unknown metric "${unknown}"`);
      const communities = parseList(url.searchParams.get('communities'));
      const asked: SeriesAsked = { from, to, groupBy: groupBy as GroupBy, communities };
      if (user && !canSeeSeries(user, asked, ds.meta)) return forbidden(seriesRefusal(user, asked));
      const rows = querySeries(ds, { ...asked, metrics, communities });
      return HttpResponse.json({ from, to, groupBy, rows });
    }),
  ];
  return [overview, ...endpoints];
}
