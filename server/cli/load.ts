// npm run server:load [-- --clients 20 --requests 400]: how fast the reference backend answers the
// overview's requests under concurrent clients, on the database the environment names
// (DATABASE_URL, else PGlite in DATA_DIR; seed it first, e.g. `npm run server:seed -- --communities
// 500 --months 60`). Starts the server as its own process on a free port (the client measuring
// in the same process would share its event loop), signs in as a leader made for the run, and
// sends each request `--requests` times from `--clients` concurrent clients over keep-alive.
// Prints p50/p95/p99 per request, requests per second, and each answer's size (JSON and gzip).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { defaultPeriod } from '../../src/domain/period';
import { API_PATHS, type Catalogue, type MetaResponse } from '../../src/lib/api/contract';
import { overviewMetricId, overviewRequests } from '../../src/lib/api/overview';

const { values } = parseArgs({ options: { clients: { type: 'string', default: '20' }, requests: { type: 'string', default: '400' } } });
const clients = Number(values.clients);
const perRequest = Number(values.requests);

const freePort = () =>
  new Promise<number>((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => ok(typeof address === 'object' && address ? address.port : 0));
    });
  });

const password = randomBytes(12).toString('base64url');
const made = spawnSync('npx', ['tsx', 'server/cli/user.ts', '--id', 'load-leader', '--name', '压测', '--role', 'leader'], { env: { ...process.env, PASSWORD: password }, encoding: 'utf8' });
if (made.status !== 0) throw new Error(`could not add the load user: ${made.stderr}`);

const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const server = spawn('npx', ['tsx', 'server/main.ts'], { env: { ...process.env, PORT: String(port), DIST_DIR: '' }, stdio: ['ignore', 'pipe', 'inherit'], detached: true });
await new Promise<void>((ready, fail) => {
  server.once('exit', (code) => fail(new Error(`server exited ${code}`)));
  server.stdout.on('data', (chunk: Buffer) => chunk.toString().includes(`:${port}/`) && ready());
});

try {
  const signIn = await fetch(`${origin}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json', origin }, body: JSON.stringify({ username: 'load-leader', password }) });
  if (!signIn.ok) throw new Error(`sign-in: ${signIn.status}`);
  const cookie = signIn.headers.get('set-cookie')!.split(';')[0];
  const get = async (path: string) => {
    const response = await fetch(`${origin}/api${path}`, { headers: { cookie, 'accept-encoding': 'gzip' } });
    const body = await response.text();
    if (!response.ok) throw new Error(`${path}: ${response.status} ${body.slice(0, 200)}`);
    return body;
  };

  const meta = JSON.parse(await get(API_PATHS.meta)) as MetaResponse;
  const catalogue = JSON.parse(await get(API_PATHS.metrics)) as Catalogue;
  const communities = (JSON.parse(await get(API_PATHS.communities)) as { communities: unknown[] }).communities.length;
  const period = defaultPeriod(meta);
  const metricId = overviewMetricId(catalogue, new URLSearchParams());
  const series = overviewRequests(catalogue, period, metricId)
    .filter((r) => r.path === API_PATHS.series)
    .map((r) => `${r.path}?${new URLSearchParams(r.params as Record<string, string>)}`);
  const paths = [`${API_PATHS.overview}?from=${period.from}&to=${period.to}`, ...series];

  console.log(`${communities} 个社区，${meta.firstMonth}—${meta.latestMonth}；期间 ${period.from}—${period.to}；${clients} 个并发客户端，每个请求 ${perRequest} 次`);
  console.log('| request | p50 ms | p95 ms | p99 ms | req/s | JSON | gzip |\n|---|---|---|---|---|---|---|');
  for (const path of paths) {
    const body = await get(path);
    for (let i = 0; i < clients; i += 1) await get(path); // warm up: connections, plans, caches
    const times: number[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (next < perRequest) {
          next += 1;
          const t0 = performance.now();
          await get(path);
          times.push(performance.now() - t0);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(0);
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    console.log(`| ${path.length > 70 ? `${path.slice(0, 67)}…` : path} | ${at(0.5)} | ${at(0.95)} | ${at(0.99)} | ${(times.length / seconds).toFixed(0)} | ${kb(Buffer.byteLength(body))} | ${kb(gzipSync(body).length)} |`);
  }
} finally {
  process.kill(-server.pid!, 'SIGTERM');
}
