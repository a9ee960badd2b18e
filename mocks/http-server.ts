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

/** What this server answers: it only serves, like the API it stands in for (README: API contract). */
const ALLOWED_METHODS = ['GET', 'HEAD'];
/** The monthly reports are the one place the mock takes writes (a secretary's draft, a leader's decision). */
const WRITE_METHODS = ['PUT', 'POST'];
const REPORT_WRITES = /^\/api\/reports\//;
const MAX_WRITE_BYTES = 64 * 1024;
class BodyTooLarge extends Error {}

/** The request for the MSW handlers, which are all `http.get`: HEAD is looked up as GET (its body is dropped on the way out). */
async function toRequest(req: IncomingMessage, origin: string): Promise<Request> {
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(key, value);
    else if (Array.isArray(value)) headers.set(key, value.join(', '));
  }
  const url = new URL(req.url ?? '/', origin);
  if (WRITE_METHODS.includes(req.method ?? '') && REPORT_WRITES.test(url.pathname)) {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      // A month's report is a few hundred bytes: anything near this is not one.
      if (size > MAX_WRITE_BYTES) throw new BodyTooLarge();
      chunks.push(chunk as Buffer);
    }
    return new Request(url, { method: req.method, headers, body: Buffer.concat(chunks) });
  }
  return new Request(url, { method: 'GET', headers });
}

/** An answer the server makes itself (not the handlers'), with its reason in words: JSON under /api, text elsewhere. */
function refuse(res: ServerResponse, api: boolean, status: number, reason: string, headers: Record<string, string> = {}) {
  const body = api ? JSON.stringify({ error: reason }) : reason;
  res.writeHead(status, { 'content-type': api ? TYPES['.json'] : 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(body);
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
  // A HEAD answer has GET's status and headers, no body.
  res.end(req.method === 'HEAD' ? undefined : body);
}

export async function startMockHttpServer(options: MockHttpServerOptions = {}): Promise<{ server: Server; url: string; close: () => Promise<void> }> {
  const host = options.host ?? '127.0.0.1';
  const handlers = createHandlers(generateDataset(options.data), { apiBase: '/api' });
  const serveStatic = options.distDir ? createStaticHandler(options.distDir, { headers: { 'content-security-policy': CONTENT_SECURITY_POLICY } }) : null;

  const server = createServer((req, res) => {
    const origin = `http://${req.headers.host ?? host}`;
    const pathname = new URL(req.url ?? '/', origin).pathname;
    const api = pathname.startsWith('/api/');
    void (async () => {
      try {
        // Anything but GET and HEAD (TRACE, POST…): 405 naming what is allowed, before any handler
        // (a fetch Request refuses TRACE outright, which was a 500 with the exception's English).
        if (!ALLOWED_METHODS.includes(req.method ?? '') && !(WRITE_METHODS.includes(req.method ?? '') && REPORT_WRITES.test(pathname))) {
          return refuse(res, api, 405, `不支持 ${req.method ?? ''} 请求：此服务器只接受 ${ALLOWED_METHODS.join('、')}`, { allow: ALLOWED_METHODS.join(', ') });
        }
        if (pathname === '/config.json') {
          res.writeHead(200, { 'content-type': TYPES['.json'], 'cache-control': 'no-store' });
          res.end(JSON.stringify({ ...SERVER_CONFIG, ...options.config }));
          return;
        }
        if (api) {
          const response = await getResponse(handlers, await toRequest(req, origin));
          if (response) return await sendResponse(req, res, response);
          return refuse(res, true, 404, `没有这个接口：${pathname}`);
        }
        if (serveStatic) return await serveStatic(req, res, pathname);
        res.writeHead(404);
        res.end();
      } catch (error) {
        // The rest of the body is never read: the connection closes after the answer.
        if (error instanceof BodyTooLarge && !res.headersSent) return refuse(res, true, 413, `请求体超过 ${MAX_WRITE_BYTES / 1024} KB`, { connection: 'close' });
        // The detail is for whoever runs the server, not for the page.
        console.error(`${req.method ?? ''} ${req.url ?? ''}:`, error);
        if (res.headersSent) return void res.destroy();
        refuse(res, api, 500, '演示服务器内部错误');
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
