// The MSW handlers behind a real HTTP server on 127.0.0.1, serving the production build too:
// what `npm run demo`, the browser tests and the benchmark talk to (no service worker involved).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { getResponse } from 'msw';
import { generateDataset, type GenerateOptions } from './data/generate';
import { createHandlers } from './handlers';
import { acceptedEncoding, compress, createStaticHandler, TYPES } from './static';

export interface MockHttpServerOptions {
  port?: number;
  host?: string;
  /** The production build to serve; omitted: API only. */
  distDir?: string;
  data?: GenerateOptions;
  /** Runtime config handed to the app beside mockMode "server" (e.g. a short request timeout for tests). */
  config?: Record<string, unknown>;
}

/**
 * The Content-Security-Policy the production build runs under (README: the same for nginx). No
 * inline script anywhere; the API is same-origin here (add a configured API origin to connect-src).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The runtime config this server hands the production build: mock backend over HTTP, no worker. */
const SERVER_CONFIG = { apiBaseUrl: '/api', mockMode: 'server' };

async function toRequest(req: IncomingMessage, origin: string): Promise<Request> {
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(key, value);
    else if (Array.isArray(value)) headers.set(key, value.join(', '));
  }
  return new Request(new URL(req.url ?? '/', origin), { method: req.method, headers });
}

/** Responses above this size go compressed, as a real API behind nginx would send them. */
const COMPRESS_FROM_BYTES = 1024;

async function sendResponse(req: IncomingMessage, res: ServerResponse, response: Response) {
  let body: Buffer = Buffer.from(await response.arrayBuffer());
  const headers: Record<string, string> = { ...Object.fromEntries(response.headers), 'cache-control': 'no-store' };
  const encoding = body.length >= COMPRESS_FROM_BYTES ? acceptedEncoding(req.headers['accept-encoding']) : null;
  if (encoding) {
    body = compress(body, encoding);
    headers['content-encoding'] = encoding;
    headers.vary = 'accept-encoding';
    delete headers['content-length'];
  }
  res.writeHead(response.status, headers);
  res.end(body);
}

export async function startMockHttpServer(options: MockHttpServerOptions = {}): Promise<{ server: Server; url: string; close: () => Promise<void> }> {
  const host = options.host ?? '127.0.0.1';
  const handlers = createHandlers(generateDataset(options.data), { apiBase: '/api' });
  const serveStatic = options.distDir ? createStaticHandler(options.distDir, { headers: { 'content-security-policy': CONTENT_SECURITY_POLICY } }) : null;

  const server = createServer((req, res) => {
    const origin = `http://${req.headers.host ?? host}`;
    const pathname = new URL(req.url ?? '/', origin).pathname;
    void (async () => {
      try {
        if (pathname === '/config.json') {
          res.writeHead(200, { 'content-type': TYPES['.json'], 'cache-control': 'no-store' });
          res.end(JSON.stringify({ ...SERVER_CONFIG, ...options.config }));
          return;
        }
        if (pathname.startsWith('/api/')) {
          const response = await getResponse(handlers, await toRequest(req, origin));
          if (response) return await sendResponse(req, res, response);
          res.writeHead(404, { 'content-type': TYPES['.json'] });
          res.end(JSON.stringify({ error: `no such endpoint: ${pathname}` }));
          return;
        }
        if (serveStatic) return await serveStatic(req, res, pathname);
        res.writeHead(404);
        res.end();
      } catch (error) {
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(String(error));
      }
    })();
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host, ok);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    server,
    url: `http://${host}:${port}`,
    // Kept-alive browser connections would hold close() open: end them too (a network that drops).
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}
