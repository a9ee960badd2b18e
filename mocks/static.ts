// Serving a built single-page app the way a production static server would: precompressed
// `.br` / `.gz` beside each asset when the client accepts them (nginx `gzip_static`, a CDN),
// else compressed once on the fly and kept; unknown paths fall back to index.html. Used by the
// demo server for our build and by the benchmark for the peer's.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

/** Text worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.webmanifest']);

export type Encoding = 'br' | 'gzip';

/** The best encoding the request accepts (q=0 refuses), brotli first. */
export function acceptedEncoding(header: string | undefined): Encoding | null {
  const accepted = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)).find(Boolean);
    if (name) accepted.set(name, q ? Number(q[1]) : 1);
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return null;
}

/** Compresses a response body (API JSON, a file without a precompressed copy). */
export function compress(body: Buffer, encoding: Encoding): Buffer {
  return encoding === 'br' ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }) : gzipSync(body, { level: 6 });
}

/** A path that does not decode (`/%E0`) is the client's mistake: 400, not a crash. */
function decodedPath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

/**
 * The file a decoded path names inside `root`, or null when it leads out of it. The URL parser
 * resolves `..` but not an encoded slash: `/..%2fdist.env` decodes to `/../dist.env`, which is
 * `<root>.env`, a sibling whose name merely starts with the folder's. Inside means the root
 * itself or below `root + sep`.
 */
export function fileInside(root: string, decoded: string): string | null {
  const file = resolve(root, `.${sep}${decoded}`);
  return file === root || file.startsWith(root + sep) ? file : null;
}

export interface StaticOptions {
  /** Extra headers for every file (the CSP for our build). */
  headers?: Record<string, string>;
}

/** Files compressed on the fly, once per process (the peer's build ships no `.gz`). */
const compressedCache = new Map<string, Buffer>();

export function createStaticHandler(distDir: string, options: StaticOptions = {}) {
  const root = resolve(distDir);
  return async function serveStatic(req: IncomingMessage, res: ServerResponse, pathname: string) {
    const decoded = decodedPath(pathname);
    const wanted = decoded === null ? null : fileInside(root, decoded);
    // Undecodable, or leading out of the build (nginx answers 400 to both too).
    if (wanted === null) {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('请求的路径无效');
      return;
    }
    let file = wanted;
    const info = await stat(file).catch(() => null);
    // Client-side routes fall back to index.html.
    if (!info || info.isDirectory()) file = join(root, 'index.html');
    const ext = extname(file);
    const immutable = file.startsWith(join(root, 'assets') + sep);
    const headers: Record<string, string> = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
      ...options.headers,
    };
    const encoding = COMPRESSIBLE.has(ext) ? acceptedEncoding(req.headers['accept-encoding']) : null;
    let body: Buffer;
    if (encoding) {
      const suffix = encoding === 'br' ? '.br' : '.gz';
      const source = await stat(file);
      // Keyed by modification time: a rebuild under a running server is served fresh.
      const key = `${file}${suffix}@${source.mtimeMs}`;
      body =
        compressedCache.get(key) ??
        (await readFile(file + suffix).catch(async () => {
          const made = compress(await readFile(file), encoding);
          compressedCache.set(key, made);
          return made;
        }));
      headers['content-encoding'] = encoding;
      headers.vary = 'accept-encoding';
    } else {
      body = await readFile(file);
    }
    headers['content-length'] = String(body.length);
    res.writeHead(200, headers);
    res.end(body);
  };
}
