// One set of MSW handlers for the browser worker, vitest (setupServer) and the Node HTTP mock server.
import { delay, http, HttpResponse } from 'msw';
import { API_PATHS, GROUP_BY, MOCK_USER_HEADER, TARGET_LEVELS, type GroupBy, type TargetLevel } from '../src/lib/api/contract';
import { isValidMonth } from '../src/domain/month';
import type { Dataset } from './data/generate';
import { querySeries, queryTargets } from './data/query';
import { DEFAULT_MOCK_USER, mockUsers } from './users';

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

  return [
    http.get(at(API_PATHS.session), async ({ request }) => {
      await wait();
      const id = request.headers.get(MOCK_USER_HEADER) || DEFAULT_MOCK_USER;
      const user = users.find((u) => u.id === id);
      if (!user) return HttpResponse.json({ error: `未知的演示用户 “${id}”` }, { status: 401 });
      return HttpResponse.json({ user });
    }),
    http.get(at(API_PATHS.mockUsers), async () => {
      await wait();
      return HttpResponse.json({ users });
    }),
    http.get(at(API_PATHS.meta), async () => {
      await wait();
      return HttpResponse.json(dataset.meta);
    }),
    http.get(at(API_PATHS.communities), async () => {
      await wait();
      return HttpResponse.json({ communities: dataset.communities });
    }),
    http.get(at(API_PATHS.metrics), async () => {
      await wait();
      return HttpResponse.json({ areas: dataset.areas, metrics: dataset.metrics, rates: dataset.rates });
    }),
    http.get(at(API_PATHS.targets), async ({ request }) => {
      await wait();
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
      const url = new URL(request.url);
      const from = url.searchParams.get('from');
      const to = url.searchParams.get('to');
      if (!isValidMonth(from) || !isValidMonth(to)) return badRequest('from, to: expected months as YYYY-MM');
      const groupBy = url.searchParams.get('groupBy') ?? 'none';
      if (!(GROUP_BY as readonly string[]).includes(groupBy)) return badRequest(`groupBy: expected one of ${GROUP_BY.join(' | ')}`);
      const metrics = parseList(url.searchParams.get('metrics')) ?? metricIds;
      const unknown = metrics.find((m) => !isMetricId(m));
      if (unknown) return badRequest(`metrics: unknown metric "${unknown}"`);
      const rows = querySeries(dataset, {
        metrics,
        from,
        to,
        groupBy: groupBy as GroupBy,
        communities: parseList(url.searchParams.get('communities')),
      });
      return HttpResponse.json({ from, to, groupBy, rows });
    }),
  ];
}
