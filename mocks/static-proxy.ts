// A deployment's front door in a few lines: `dist/` from this process, `/api` forwarded to the API
// in another process (the way nginx serves the build in front of a real backend). The benchmark's
// headline setup (`npm run bench`): no answer comes from the process that serves index.html.
//   PORT=4180 API_ORIGIN=http://127.0.0.1:4181 tsx mocks/static-proxy.ts
import { Agent, createServer, request } from 'node:http';
import { CONTENT_SECURITY_POLICY } from './http-server';
import { createStaticHandler, TYPES } from './static';

const port = Number(process.env.PORT ?? 4180);
const apiOrigin = new URL(process.env.API_ORIGIN ?? 'http://127.0.0.1:4181');
const distDir = process.env.DIST ?? 'dist';
/** The mock API over HTTP, as `npm run demo` configures the build (a real backend: mockMode "off"). */
const config = JSON.stringify({ apiBaseUrl: '/api', mockMode: process.env.MOCK_MODE ?? 'server' });

const serveStatic = createStaticHandler(distDir, { headers: { 'content-security-policy': CONTENT_SECURITY_POLICY } });
/** Kept-alive connections to the API, as an upstream block with keepalive would. */
const agent = new Agent({ keepAlive: true, maxSockets: 64 });

const server = createServer((req, res) => {
  const pathname = new URL(req.url ?? '/', 'http://x').pathname;
  if (pathname.startsWith('/api/')) {
    const upstream = request(
      { host: apiOrigin.hostname, port: apiOrigin.port, method: req.method, path: req.url, headers: { ...req.headers, host: apiOrigin.host }, agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (res.headersSent) return void res.destroy();
      res.writeHead(502, { 'content-type': TYPES['.json'] }).end(JSON.stringify({ error: '无法连接数据接口' }));
    });
    req.pipe(upstream);
    return;
  }
  if (pathname === '/config.json') {
    res.writeHead(200, { 'content-type': TYPES['.json'], 'cache-control': 'no-store' }).end(config);
    return;
  }
  serveStatic(req, res, pathname).catch(() => res.writeHead(500).end());
});
server.listen(port, '127.0.0.1', () => console.log(`static + proxy: ${distDir} at http://127.0.0.1:${port}/ (api → ${apiOrigin.origin})`));
