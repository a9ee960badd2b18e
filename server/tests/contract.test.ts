// The real server against the mock backend: for every request of a list and every user, the same
// status and the same body (deep equal), each 200 body valid under the app's zod contract; and the
// access matrix of tests/e2e/access.test.ts, run against the server. Mock and server cannot drift.
import { getResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../mocks/handlers';
import { API_PATHS, CommunitiesResponse, MAX_LIST_ITEMS, MetaResponse, MetricsResponse, OverviewResponse, SeriesResponse, SessionResponse, TargetsResponse } from '../../src/lib/api/contract';
import { REFERENCE, SERIES, USERS } from '../../tests/support/access-matrix';
import { sampleDataset } from '../../tests/support/sample-dataset';
import { BACKENDS, startTestServer, TEST_USERS, type TestServer } from './support';

const mock = createHandlers(sampleDataset, { apiBase: '/api' });

async function askMock(path: string, user: string) {
  const response = await getResponse(mock, new Request(`http://mock.test/api${path}`, { headers: { 'x-mock-user': user } }));
  if (!response) throw new Error(`the mock has no handler for ${path}`);
  return { status: response.status, body: (await response.json()) as unknown };
}

const SCHEMAS: Record<string, { safeParse(data: unknown): { success: boolean; error?: unknown } }> = {
  [API_PATHS.session]: SessionResponse,
  [API_PATHS.meta]: MetaResponse,
  [API_PATHS.communities]: CommunitiesResponse,
  [API_PATHS.metrics]: MetricsResponse,
  [API_PATHS.targets]: TargetsResponse,
  [API_PATHS.series]: SeriesResponse,
  [API_PATHS.overview]: OverviewResponse,
};

/** A 200 body as the app would read it: parsed by its endpoint's schema, and each overview part by its own. */
function expectContract(path: string, body: unknown) {
  const endpoint = path.split('?')[0];
  const parsed = SCHEMAS[endpoint].safeParse(body);
  expect(parsed.success, `${path}: ${JSON.stringify(parsed.error)}`).toBe(true);
  if (endpoint === API_PATHS.overview) {
    for (const part of (body as OverviewResponse).answers) if (part.status === 200) expectContract(part.request.path, part.body);
  }
}

const many = Array.from({ length: MAX_LIST_ITEMS + 1 }, (_, i) => `m${i}`).join(',');

/** Beyond the access matrix: every endpoint's variants, malformed requests and the overview. */
const MORE = [
  '/targets?years=2019,2020,2021',
  '/targets?years=2020&metrics=visits,centre_cases&level=subdistrict',
  '/targets?years=2031',
  '/series?from=2020-01&to=2020-12&groupBy=month',
  '/series?metrics=visits,centre_cases,community_cases&from=2020-11&to=2021-02&groupBy=month,community',
  '/series?metrics=visits,centre_cases,community_cases&from=2020-01&to=2020-12&groupBy=community',
  '/series?metrics=community_cases,centre_cases_on_time&from=2021-01&to=2021-03&groupBy=community&communities=cilin,ximen',
  '/series?metrics=visits&from=2018-10&to=2019-03&groupBy=month',
  '/series?metrics=visits,centre_cases&from=2022-01&to=2022-03&groupBy=none',
  '/series?metrics=visits&from=2022-01&to=2022-03&groupBy=community',
  '/series?metrics=visits,visits&from=2021-06&to=2021-01&groupBy=none',
  // Malformed: 400 with the same reason.
  '/series?metrics=visits&from=2021-13&to=2021-01',
  '/series?metrics=visits&from=2021-01&to=2021-03&groupBy=week',
  '/series?metrics=nothing&from=2021-01&to=2021-03',
  `/series?metrics=${many}&from=2021-01&to=2021-03`,
  '/targets',
  '/targets?years=twenty',
  '/targets?years=2020&level=street',
  '/targets?years=2020&metrics=nothing',
  // The overview's first screen, as each user may see it.
  '/overview',
  '/overview?from=2021-01&to=2021-06',
  '/overview?from=2021-06&to=2021-06',
  '/overview?from=2020-01&to=2020-12&metric=parking_spaces',
  '/overview?from=2020-04&to=2020-05&metric=no_such_metric',
];

describe.each(BACKENDS)('the server on %s', (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(backend);
  });
  afterAll(() => server?.close());

  const ask = async (path: string, user?: (typeof TEST_USERS)[number]) => {
    const response = await fetch(`${server.url}/api${path}`, { headers: user ? { cookie: server.cookie(user) } : {} });
    return { status: response.status, body: (await response.json()) as unknown };
  };

  it('answers every request as the mock backend does, for every user, within the contract', async () => {
    for (const path of [...REFERENCE, ...SERIES.map(([p]) => p), ...MORE]) {
      for (const user of TEST_USERS) {
        const [real, mocked] = await Promise.all([ask(path, user), askMock(path, user)]);
        expect(real, `${user} ${path}`).toEqual(mocked);
        if (real.status === 200) expectContract(path, real.body);
      }
    }
  });

  it('holds the access matrix: 401 without a session, then each role as the matrix says', async () => {
    for (const path of [...REFERENCE, ...SERIES.map(([p]) => p), '/overview?from=2021-01&to=2021-06']) expect((await ask(path)).status, path).toBe(401);
    for (const user of USERS) for (const path of REFERENCE) expect((await ask(path, user)).status, `${user} ${path}`).toBe(200);
    for (const [path, expected] of SERIES) {
      for (const [i, user] of USERS.entries()) expect((await ask(path, user)).status, `${user} ${path}`).toBe(expected[i]);
    }
  });

  it('has no demo users and no unknown endpoints: 404 in words', async () => {
    const response = await ask('/mock/users', 'leader');
    expect(response).toEqual({ status: 404, body: { error: '没有这个接口：/mock/users' } });
  });
});
