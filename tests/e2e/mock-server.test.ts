// The demo server (mocks/http-server.ts, mocks/static.ts) faces a browser on a real port: it must
// keep to its folder, refuse what it does not serve in a word a person can read, answer HEAD as
// GET does, and not be made to write a huge answer by a repeated query parameter.
import { request as httpRequest } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockHttpServer } from '../../mocks/http-server';
import { MAX_LIST_ITEMS } from '../../src/lib/api/contract';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One raw request (fetch refuses TRACE, and would normalise nothing we want to send as is). */
function send(url: string, method: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

const LEADER = { 'x-mock-user': 'leader' };
let folder: string;
let server: Awaited<ReturnType<typeof startMockHttpServer>>;

beforeAll(async () => {
  // A build folder `dist` and, beside it, a secret whose name starts with the folder's.
  folder = mkdtempSync(join(tmpdir(), 'mock-server-'));
  mkdirSync(join(folder, 'dist'));
  writeFileSync(join(folder, 'dist', 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(folder, 'dist.env'), 'SECRET=outside-the-build');
  server = await startMockHttpServer({ distDir: join(folder, 'dist') });
});
afterAll(async () => {
  await server?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('the demo server', () => {
  it('never serves a file outside the build folder, even one whose name starts with the folder’s', async () => {
    for (const path of ['/..%2fdist.env', '/..%2f..%2fdist.env', '/%2e%2e%2fdist.env']) {
      const answer = await send(server.url + path, 'GET');
      expect(answer.body, path).not.toContain('SECRET');
      expect(answer.status, path).toBe(400);
    }
    // The build itself is still served, and an unknown path falls back to the app.
    expect((await send(`${server.url}/index.html`, 'GET')).body).toContain('<title>app</title>');
    expect((await send(`${server.url}/overview`, 'GET')).body).toContain('<title>app</title>');
  });

  it('refuses a method it does not serve with 405, the methods it does, and a reason in Chinese', async () => {
    for (const [method, path] of [
      ['TRACE', '/api/meta'],
      ['TRACE', '/index.html'],
      ['POST', '/api/session'],
      ['DELETE', '/overview'],
    ]) {
      const answer = await send(server.url + path, method, LEADER);
      expect(answer.status, `${method} ${path}`).toBe(405);
      expect(answer.headers.allow, `${method} ${path}`).toBe('GET, HEAD');
      expect(answer.body, `${method} ${path}`).toContain('不支持');
      expect(answer.body).not.toMatch(/TypeError|Error:/);
    }
  });

  it('takes a report write of a normal size, and refuses a huge one with 413 before reading it all', async () => {
    const put = (body: string) =>
      fetch(`${server.url}/api/reports/cilin/2021-07`, { method: 'PUT', headers: { ...LEADER, 'content-type': 'application/json' }, body });
    // A leader may not draft a community's report: the handlers answered (not the size guard).
    expect((await put(JSON.stringify({ figures: { visits: 12 } }))).status).toBe(403);
    const huge = await put(JSON.stringify({ figures: { visits: 12 }, reasons: { visits: 'x'.repeat(200 * 1024) } }));
    expect(huge.status).toBe(413);
    expect(await huge.text()).toContain('请求体超过 64 KB');
  });

  it('answers HEAD on the API as GET, without the body', async () => {
    const get = await send(`${server.url}/api/meta`, 'GET', LEADER);
    const head = await send(`${server.url}/api/meta`, 'HEAD', LEADER);
    expect(get.status).toBe(200);
    expect(head.status).toBe(200);
    expect(head.headers['content-type']).toBe(get.headers['content-type']);
    expect(head.body).toBe('');
    // And access holds for HEAD as for GET.
    expect((await send(`${server.url}/api/meta`, 'HEAD')).status).toBe(401);
  });

  it('answers a metric asked for 2,000 times once, and refuses a list longer than the contract allows, in Chinese', async () => {
    const once = await fetch(`${server.url}/api/series?metrics=visits&from=2019-01&to=2021-06&groupBy=month,community`, { headers: LEADER });
    const repeated = await fetch(`${server.url}/api/series?metrics=${Array(2_000).fill('visits').join(',')}&from=2019-01&to=2021-06&groupBy=month,community`, { headers: LEADER });
    expect(repeated.status).toBe(200);
    expect(await repeated.text()).toBe(await once.text());

    const years = Array.from({ length: MAX_LIST_ITEMS + 1 }, (_, i) => 1900 + i).join(',');
    const tooMany = await fetch(`${server.url}/api/targets?years=${years}`, { headers: LEADER });
    expect(tooMany.status).toBe(400);
    expect(((await tooMany.json()) as { error: string }).error).toBe(`years：最多 ${MAX_LIST_ITEMS} 项，收到 ${MAX_LIST_ITEMS + 1} 项`);
    const communities = Array.from({ length: MAX_LIST_ITEMS + 1 }, (_, i) => `c${i}`).join(',');
    const tooManyCommunities = await fetch(`${server.url}/api/series?metrics=visits&from=2021-01&to=2021-06&communities=${communities}`, { headers: LEADER });
    expect(tooManyCommunities.status).toBe(400);
    // As many as allowed is fine.
    const allowed = Array.from({ length: MAX_LIST_ITEMS }, (_, i) => 1900 + i).join(',');
    expect((await fetch(`${server.url}/api/targets?years=${allowed}`, { headers: LEADER })).status).toBe(200);
  });
});
