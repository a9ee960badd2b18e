// The first load's early request: GET /overview answers every request of the overview's first
// screen as its own endpoint would, and the client takes each answer once instead of asking.
import { delay, http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContractError, getJson } from '../../src/lib/api/client';
import { setConfig } from '../../src/lib/api/config';
import { API_PATHS, DEFAULT_MOCK_USER, MetaResponse, MOCK_SCENARIO_HEADER, MOCK_USER_HEADER, OverviewResponse } from '../../src/lib/api/contract';
import { OVERVIEW_PART_DEADLINE_MS } from '../../mocks/handlers';
import { dropEarlyRequest, sendEarlyOverview } from '../../src/lib/api/early/request';
import { EARLY_WAIT_MAX_MS } from '../../src/lib/api/early/answers';
import { overviewRequests } from '../../src/lib/api/overview';
import { countRequests } from '../support/hold-requests';
import { sampleDataset, server } from '../support/msw-server';

const leader = { [MOCK_USER_HEADER]: DEFAULT_MOCK_USER };
const catalogue = { areas: sampleDataset.areas, metrics: sampleDataset.metrics, rates: sampleDataset.rates };

async function overview(search: string) {
  const response = await fetch(`http://localhost/api/overview${search}`, { headers: leader });
  return OverviewResponse.parse(await response.json());
}

function urlOf(request: { path: string; params: Record<string, string> }) {
  const url = new URL(`http://localhost/api${request.path}`);
  for (const [k, v] of Object.entries(request.params)) url.searchParams.set(k, v);
  return url;
}

beforeEach(() => setConfig({ apiBaseUrl: '/api', mockMode: 'server' }));
afterEach(() => dropEarlyRequest());

describe('GET /overview', () => {
  it('answers each request of the overview’s first load exactly as its own endpoint does', async () => {
    const response = await overview('?from=2021-01&to=2021-06');
    expect(response.answers.map((a) => a.request)).toEqual(overviewRequests(catalogue, { from: '2021-01', to: '2021-06' }, 'visits'));
    for (const answer of response.answers) {
      const own = await fetch(urlOf(answer.request), { headers: leader });
      expect(answer.status, answer.request.path).toBe(own.status);
      expect(answer.body, `${answer.request.path}?${new URLSearchParams(answer.request.params)}`).toEqual(await own.json());
    }
  });

  it('answers one metric’s per-community figures: the one in the URL, else the first', async () => {
    const communityParts = (answers: Array<{ request: { params: Record<string, string> } }>) =>
      answers.filter((a) => a.request.params.groupBy === 'community' || a.request.params.level === 'community').map((a) => a.request.params.metrics);
    expect(communityParts((await overview('?from=2021-01&to=2021-06&metric=parking_spaces')).answers)).toEqual(['parking_spaces', 'parking_spaces']);
    expect(communityParts((await overview('?from=2021-01&to=2021-06&metric=nonsense')).answers)).toEqual(['visits', 'visits']);
    expect(communityParts((await overview('?from=2021-01&to=2021-06')).answers)).toEqual(['visits', 'visits']);
  });

  it('answers the year to date of the latest month when no period is given', async () => {
    const response = await overview('');
    expect([response.from, response.to]).toEqual(['2021-01', sampleDataset.meta.latestMonth]);
  });

  it('does not wait for a part that hangs: that one comes back as 504, the rest answered', async () => {
    const started = Date.now();
    const response = await fetch('http://localhost/api/overview?from=2021-01&to=2021-06', { headers: { ...leader, [MOCK_SCENARIO_HEADER]: 'hang' } });
    const { answers } = OverviewResponse.parse(await response.json());
    expect(Date.now() - started).toBeLessThan(OVERVIEW_PART_DEADLINE_MS + 1_000);
    const statuses = new Set(answers.map((a) => `${a.request.path} ${a.status}`));
    expect(statuses).toEqual(new Set(['/meta 200', '/session 200', '/metrics 200', '/communities 200', '/targets 200', '/series 504']));
  });

  it('refuses a caller who is not signed in, like every endpoint', async () => {
    const response = await fetch('http://localhost/api/overview');
    expect(response.status).toBe(401);
  });
});

describe('the client and the early answers', () => {
  it('takes an answer once instead of asking, and asks the second time', async () => {
    const counts = countRequests();
    sendEarlyOverview('?from=2021-01&to=2021-06', '/api', leader);
    const meta = await getJson(API_PATHS.meta, MetaResponse);
    expect(meta.latestMonth).toBe(sampleDataset.meta.latestMonth);
    expect(counts.get('/meta')).toBeUndefined();
    expect(counts.get('/overview?from=2021-01&to=2021-06')).toBe(1);
    await getJson(API_PATHS.meta, MetaResponse);
    expect(counts.get('/meta')).toBe(1);
  });

  it('does not hand one user’s answers to another', async () => {
    const counts = countRequests();
    sendEarlyOverview('', '/api', { [MOCK_USER_HEADER]: 'secretary-cilin' });
    await getJson(API_PATHS.meta, MetaResponse); // the client speaks for the default user, the leader
    expect(counts.get('/meta')).toBe(1);
  });

  it('asks on its own when the early request failed', async () => {
    server.use(http.get('*/api/overview', () => HttpResponse.error()));
    const counts = countRequests();
    sendEarlyOverview('', '/api', leader);
    await getJson(API_PATHS.meta, MetaResponse);
    expect(counts.get('/meta')).toBe(1);
  });

  it('checks an early answer against the contract like a fetched one, naming the endpoint', async () => {
    server.use(
      http.get('*/api/overview', () =>
        HttpResponse.json({ from: '2021-01', to: '2021-06', answers: [{ request: { path: '/meta', params: {} }, status: 200, body: { latestMonth: 'June' } }] }),
      ),
    );
    sendEarlyOverview('', '/api', leader);
    const error = await getJson(API_PATHS.meta, MetaResponse).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractError);
    expect(String((error as Error).message)).toContain('GET /meta');
  });

  it('asks on its own after EARLY_WAIT_MAX_MS when the early request hangs, not after a whole request timeout', async () => {
    server.use(http.get('*/api/overview', () => delay('infinite')));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const counts = countRequests();
      sendEarlyOverview('', '/api', leader);
      const meta = getJson(API_PATHS.meta, MetaResponse);
      await vi.advanceTimersByTimeAsync(EARLY_WAIT_MAX_MS - 1);
      expect(counts.get('/meta')).toBeUndefined();
      await vi.advanceTimersByTimeAsync(1);
      vi.useRealTimers();
      expect((await meta).latestMonth).toBe(sampleDataset.meta.latestMonth);
      expect(counts.get('/meta')).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('asks on its own for an answer that failed in the early response', async () => {
    server.use(
      http.get('*/api/overview', () => HttpResponse.json({ from: '2021-01', to: '2021-06', answers: [{ request: { path: '/meta', params: {} }, status: 500, body: null }] })),
    );
    const counts = countRequests();
    sendEarlyOverview('', '/api', leader);
    expect((await getJson(API_PATHS.meta, MetaResponse)).latestMonth).toBe(sampleDataset.meta.latestMonth);
    expect(counts.get('/meta')).toBe(1);
  });
});
