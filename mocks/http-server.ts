// The MSW handlers behind a real HTTP server on 127.0.0.1, serving the production build too:
// what `npm run demo`, the browser tests and the benchmark talk to (no service worker involved).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { getResponse } from 'msw';
import { generateDataset, type GenerateOptions } from './data/generate';
import { createHandlers } from './handlers';

export interface MockHttpServerOptions {
  port?: number;
  host?: string;
  /** The production build to serve; omitted: API only. */
  distDir?: string;
  data?: GenerateOptions;
  /** Runtime config handed to the app beside mockMode "server" (e.g. a short request timeout for tests). */
  config?: Record<string, unknown>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

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

async function sendResponse(res: ServerResponse, response: Response) {
  const body = Buffer.from(await response.arrayBuffer());
  res.writeHead(response.status, { ...Object.fromEntries(response.headers), 'cache-control': 'no-store' });
  res.end(body);
}

/** A path that does not decode (`/%E0`) is the client's mistake: 400, not a crash. */
function decodedPath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

async function serveStatic(res: ServerResponse, distDir: string, pathname: string) {
  const root = resolve(distDir);
  const decoded = decodedPath(pathname);
  if (decoded === null) {
    res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Bad request: malformed path');
    return;
  }
  const wanted = normalize(join(root, decoded));
  let file = wanted.startsWith(root) ? wanted : join(root, 'index.html');
  const info = await stat(file).catch(() => null);
  // Client-side routes fall back to index.html.
  if (!info || info.isDirectory()) file = join(root, 'index.html');
  const body = await readFile(file);
  const immutable = file.includes(`${join(root, 'assets')}`);
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
}

export async function startMockHttpServer(options: MockHttpServerOptions = {}): Promise<{ server: Server; url: string; close: () => Promise<void> }> {
  const host = options.host ?? '127.0.0.1';
  const handlers = createHandlers(generateDataset(options.data), { apiBase: '/api' });

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
          if (response) return await sendResponse(res, response);
          res.writeHead(404, { 'content-type': TYPES['.json'] });
          res.end(JSON.stringify({ error: `no such endpoint: ${pathname}` }));
          return;
        }
        if (options.distDir) return await serveStatic(res, options.distDir, pathname);
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
