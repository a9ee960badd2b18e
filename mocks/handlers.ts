// One set of MSW handlers for the browser worker, vitest (setupServer) and the Node HTTP mock server.
import { delay, http, HttpResponse } from 'msw';
import { API_PATHS, GROUP_BY, MOCK_USER_HEADER, TARGET_LEVELS, type GroupBy, type TargetLevel, type User } from '../src/lib/api/contract';
import { isValidMonth } from '../src/domain/month';
import type { Dataset } from './data/generate';
import { querySeries, queryTargets } from './data/query';
import { mockUsers } from './users';
import { canSeeSeries } from '../src/domain/access';

export interface HandlerOptions {
  /** The API base URL the app is configured with; only its path is matched, on any origin. */
  apiBase?: string;
  /** Simulated network latency in ms (the dev server uses it so skeletons show). */
  latencyMs?: number;
}

function badRequest(message: string) {
  return HttpResponse.json({ error: message }, { status: 400 });
}

function parseList(value: string | null): string[] | undefined {
  if (value === null || value === '') return undefined;
  return value.split(',').map((s) => s.trim()).filter(Boolean);
}

export function apiPattern(apiBase: string, path: string): string {
  const pathname = new URL(apiBase, 'http://mock.invalid').pathname.replace(/\/$/, '');
  return `*${pathname}${path}`;
}

export function createHandlers(dataset: Dataset, options: HandlerOptions = {}) {
  const at = (path: string) => apiPattern(options.apiBase ?? '/api', path);
  const users = mockUsers(dataset.communities);
  const wait = () => (options.latencyMs ? delay(options.latencyMs) : undefined);
  const metricIds = dataset.metrics.map((m) => m.id);
  const isMetricId = (id: string) => metricIds.includes(id);

  /** Every endpoint but the demo-user list asks who is calling: unknown or missing is 401. */
  const signedIn = (request: Request): User | Response => {
    const id = request.headers.get(MOCK_USER_HEADER);
    const user = id ? users.find((u) => u.id === id) : undefined;
    if (!user) return HttpResponse.json({ error: id ? `未知的演示用户 “${id}”` : '未登录' }, { status: 401 });
    return user;
  };
  const forbidden = () => HttpResponse.json({ error: '无权查看' }, { status: 403 });

  return [
    http.get(at(API_PATHS.session), async ({ request }) => {
      await wait();
      const user = signedIn(request);
      return user instanceof Response ? user : HttpResponse.json({ user });
    }),
    // The switcher lists the demo users even when nobody valid is signed in.
    http.get(at(API_PATHS.mockUsers), async () => {
      await wait();
      return HttpResponse.json({ users });
    }),
    http.get(at(API_PATHS.meta), async ({ request }) => {
      await wait();
      const user = signedIn(request);
      return user instanceof Response ? user : HttpResponse.json(dataset.meta);
    }),
    http.get(at(API_PATHS.communities), async ({ request }) => {
      await wait();
      const user = signedIn(request);
      return user instanceof Response ? user : HttpResponse.json({ communities: dataset.communities });
    }),
    http.get(at(API_PATHS.metrics), async ({ request }) => {
      await wait();
      const user = signedIn(request);
      return user instanceof Response ? user : HttpResponse.json({ areas: dataset.areas, metrics: dataset.metrics, rates: dataset.rates });
    }),
    http.get(at(API_PATHS.targets), async ({ request }) => {
      await wait();
      const user = signedIn(request);
      if (user instanceof Response) return user;
      const url = new URL(request.url);
      const years = (parseList(url.searchParams.get('years')) ?? []).map(Number);
      if (years.length === 0 || years.some((y) => !Number.isInteger(y))) return badRequest('years: expected a comma-separated list of years');
      const metrics = parseList(url.searchParams.get('metrics'));
      const unknown = metrics?.find((m) => !isMetricId(m));
      if (unknown) return badRequest(`metrics: unknown metric "${unknown}"`);
      const level = url.searchParams.get('level') ?? undefined;
      if (level !== undefined && !(TARGET_LEVELS as readonly string[]).includes(level)) return badRequest(`level: expected one of ${TARGET_LEVELS.join(' | ')}`);
      return HttpResponse.json({ targets: queryTargets(dataset, years, metrics, level as TargetLevel | undefined) });
    }),
    http.get(at(API_PATHS.series), async ({ request }) => {
      await wait();
      const user = signedIn(request);
      if (user instanceof Response) return user;
      const url = new URL(request.url);
      const from = url.searchParams.get('from');
      const to = url.searchParams.get('to');
      if (!isValidMonth(from) || !isValidMonth(to)) return badRequest('from, to: expected months as YYYY-MM');
      const groupBy = url.searchParams.get('groupBy') ?? 'none';
      if (!(GROUP_BY as readonly string[]).includes(groupBy)) return badRequest(`groupBy: expected one of ${GROUP_BY.join(' | ')}`);
      const metrics = parseList(url.searchParams.get('metrics')) ?? metricIds;
      const unknown = metrics.find((m) => !isMetricId(m));
      if (unknown) return badRequest(`metrics: unknown metric "${unknown}"`);
      const communities = parseList(url.searchParams.get('communities'));
      if (!canSeeSeries(user, { groupBy: groupBy as GroupBy, communities })) return forbidden();
      const rows = querySeries(dataset, {
        metrics,
        from,
        to,
        groupBy: groupBy as GroupBy,
        communities,
      });
      return HttpResponse.json({ from, to, groupBy, rows });
    }),
  ];
}
