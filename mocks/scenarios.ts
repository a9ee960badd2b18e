// Fault scenarios of the mock backend, chosen with `?scenario=<name>` (the app sends it in a
// header on every request, mock mode only): how the app behaves when the backend misbehaves.
import { delay, HttpResponse } from 'msw';
import { API_PATHS, MOCK_SCENARIO_HEADER } from '../src/lib/api/contract';
import { mockHeaderValue } from '../src/lib/api/mock-identity';

export const SCENARIOS = [
  'slow',
  'hang',
  'server-error',
  'unauthorized',
  'forbidden',
  'malformed-json',
  'schema-drift',
  'negative',
  'empty',
  'no-report',
  'partial',
  'flaky',
  'hostile',
  'huge',
] as const;
export type Scenario = (typeof SCENARIOS)[number];

export function scenarioOf(request: Request): Scenario | null {
  const name = mockHeaderValue(request.headers, MOCK_SCENARIO_HEADER);
  return (SCENARIOS as readonly string[]).includes(name ?? '') ? (name as Scenario) : null;
}

/** Data endpoints (not who is signed in, nor the demo-user list). */
const DATA_PATHS: readonly string[] = [API_PATHS.meta, API_PATHS.communities, API_PATHS.metrics, API_PATHS.targets, API_PATHS.series];
export const SLOW_MS = 3_000;

/** Faults decided before the request is answered: a delay, a hang, or an error instead of data. */
export async function faultBefore(scenario: Scenario | null, path: string, request: Request, state: { requests: Map<string, number> }): Promise<Response | null> {
  if (!scenario) return null;
  const data = DATA_PATHS.includes(path);
  switch (scenario) {
    case 'slow':
      await delay(SLOW_MS);
      return null;
    case 'hang':
      if (path === API_PATHS.series) await delay('infinite');
      return null;
    case 'server-error':
      return path === API_PATHS.series || path === API_PATHS.targets ? HttpResponse.json({ error: '服务器内部错误' }, { status: 500 }) : null;
    case 'unauthorized':
      return path === API_PATHS.mockUsers ? null : HttpResponse.json({ error: '会话已过期' }, { status: 401 });
    case 'forbidden':
      return path === API_PATHS.series ? HttpResponse.json({ error: '无权查看' }, { status: 403 }) : null;
    case 'malformed-json':
      return path === API_PATHS.series ? new HttpResponse('{"from": "2021-01", "rows": [', { headers: { 'content-type': 'application/json' } }) : null;
    case 'partial':
      return path === API_PATHS.targets ? HttpResponse.json({ error: '目标库暂不可用' }, { status: 503 }) : null;
    case 'flaky': {
      // Every other request for the same data fails: the first try fails, the retry recovers.
      if (!data) return null;
      const tries = (state.requests.get(request.url) ?? 0) + 1;
      state.requests.set(request.url, tries);
      return tries % 2 === 1 ? HttpResponse.json({ error: '网关超时' }, { status: 502 }) : null;
    }
    default:
      return null;
  }
}

/** A name a hostile or careless source might send: markup, bidi overrides, emoji, 200 characters. */
export function hostileName(name: string, index: number): string {
  switch (index % 4) {
    case 0:
      return `<img src=x onerror="alert('xss')">${name}`;
    case 1:
      return `\u202E${name}\u202C（反转）`;
    case 2:
      return `🏘️${name}🚧`;
    default:
      return `${name}${'很长的名称'.repeat(40)}`;
  }
}

interface SeriesBody {
  rows: Array<{ value: number | null; [key: string]: unknown }>;
  [key: string]: unknown;
}

/** Faults in the data itself: what a broken or hostile backend would send. */
export async function faultAfter(scenario: Scenario | null, path: string, response: Response): Promise<Response> {
  if (!scenario || !response.ok) return response;
  if (scenario === 'hostile' && (path === API_PATHS.communities || path === API_PATHS.metrics)) {
    const body = (await response.json()) as Record<string, Array<{ name: string }>>;
    const list = path === API_PATHS.communities ? 'communities' : 'metrics';
    return HttpResponse.json({ ...body, [list]: body[list].map((item, i) => ({ ...item, name: hostileName(item.name, i) })) });
  }
  if (path !== API_PATHS.series) return response;
  const body = (await response.json()) as SeriesBody;
  switch (scenario) {
    case 'schema-drift':
      // A backend release renamed a field.
      return HttpResponse.json({ ...body, rows: body.rows.map(({ value, ...row }) => ({ ...row, amount: value })) });
    case 'negative':
      return HttpResponse.json({ ...body, rows: body.rows.map((row, i) => (i % 3 === 0 && row.value !== null ? { ...row, value: -row.value } : row)) });
    case 'empty':
      return HttpResponse.json({ ...body, rows: [] });
    case 'no-report':
      // Offered services without a report yet: null, which is not 未开通 and not 0.
      return HttpResponse.json({ ...body, rows: body.rows.map((row) => ({ ...row, value: null })) });
    default:
      return HttpResponse.json(body);
  }
}
