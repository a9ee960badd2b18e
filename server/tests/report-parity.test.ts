// The monthly reports on the real server and on the mock (mocks/reports.ts) give the same
// statuses and bodies for one whole flow: draft, the rules at the door, submit, return,
// resubmit, 上报情况, approve (数据截至 moves on), the lock, a correction, and access refusals.
import { getResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../mocks/data/generate';
import { createHandlers } from '../../mocks/handlers';
import { createReportStore } from '../../mocks/reports';
import { BACKENDS, startTestServer, type TestServer } from './support';

/** Both backends' clock: early August 2021 in China, so July is due and on time. */
const NOW = new Date('2021-08-03T02:00:00Z');
const MONTH = '2021-07';

type Step = [method: 'GET' | 'PUT' | 'POST', path: string, user: 'leader' | 'secretary-cilin' | 'viewer', body?: unknown];

function flow(): Step[] {
  const ds = generateDataset();
  const cilin = ds.communities.findIndex((c) => c.id === 'cilin');
  const june: Record<string, number> = {};
  for (const metric of ds.metrics) {
    const series = ds.values[metric.id].byCommunity[cilin];
    if (metric.scope === 'community' && series) june[metric.id] = series[ds.months.length - 1];
  }
  june.problems_solved = Math.min(june.problems_solved, june.matters_collected);
  const at = `/reports/cilin/${MONTH}`;
  return [
    ['PUT', `/reports/ximen/${MONTH}`, 'secretary-cilin', { figures: june }],
    ['PUT', at, 'viewer', { figures: june }],
    ['GET', `/reports?month=${MONTH}`, 'secretary-cilin'],
    ['GET', '/reports?month=July', 'leader'],
    ['GET', at, 'leader'],
    ['POST', `${at}/submit`, 'secretary-cilin'],
    ['PUT', at, 'secretary-cilin', { figures: { ...june, visits: june.visits * 10 } }],
    ['PUT', at, 'secretary-cilin', { figures: { ...june, visits: -3 } }],
    ['PUT', at, 'secretary-cilin', { figures: { centre_cases: 5 } }],
    ['PUT', `/reports/cilin/2099-01`, 'secretary-cilin', { figures: june }],
    ['PUT', at, 'secretary-cilin', { figures: { ...june, visits: june.visits * 10 }, reasons: { visits: '全覆盖走访专项月' } }],
    ['POST', `${at}/submit`, 'secretary-cilin'],
    ['PUT', at, 'secretary-cilin', { figures: june }],
    ['POST', `${at}/approve`, 'secretary-cilin'],
    ['POST', `${at}/return`, 'leader', {}],
    ['POST', `${at}/return`, 'leader', { comment: '走访户数请核实' }],
    ['GET', at, 'secretary-cilin'],
    ['PUT', at, 'secretary-cilin', { figures: june }],
    ['POST', `${at}/submit`, 'secretary-cilin'],
    ['GET', `/reports?month=${MONTH}`, 'leader'],
    ['POST', `${at}/corrections`, 'leader', { figures: { visits: 1 }, reason: '早了' }],
    ['POST', `${at}/approve`, 'leader'],
    ['GET', '/meta', 'leader'],
    ['PUT', at, 'secretary-cilin', { figures: june }],
    ['POST', `${at}/approve`, 'leader'],
    ['POST', `${at}/corrections`, 'leader', { figures: { visits: june.visits + 1 } }],
    ['POST', `${at}/corrections`, 'secretary-cilin', { figures: { visits: 1 }, reason: 'x' }],
    ['POST', `${at}/corrections`, 'leader', { figures: { visits: june.visits + 1 }, reason: '漏报一户' }],
    ['GET', at, 'leader'],
    ['GET', `/series?metrics=visits&from=${MONTH}&to=${MONTH}&groupBy=community&communities=cilin`, 'leader'],
  ];
}

describe.each(BACKENDS)('monthly reports: the mock answers as the server on %s', (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(backend, { now: () => NOW });
  });
  afterAll(() => server?.close());

  const onServer = async ([method, path, user, body]: Step) => {
    const response = await fetch(`${server.url}/api${path}`, { method, headers: { cookie: server.cookie(user), origin: server.url, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: response.status, body: (await response.json()) as unknown };
  };

  it('gives the same status and body at every step', async () => {
    const dataset = generateDataset();
    const handlers = createHandlers(dataset, { reports: createReportStore(dataset, () => NOW) });
    const onMock = async ([method, path, user, body]: Step) => {
      const request = new Request(`http://mock.test/api${path}`, { method, headers: { 'x-mock-user': user, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
      const response = await getResponse(handlers, request);
      if (!response) throw new Error(`mock: no handler for ${method} ${path}`);
      return { status: response.status, body: (await response.json()) as unknown };
    };
    for (const step of flow()) {
      const [real, mock] = [await onServer(step), await onMock(step)];
      expect(mock, `${step[0]} ${step[1]} as ${step[2]}`).toEqual(real);
    }
  });
});
