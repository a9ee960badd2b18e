// The reference backend's HTTP layer (Hono): the API under /api, signed in by session cookie,
// and, when given a build, the app itself on the same origin.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import { compress } from 'hono/compress';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Kysely } from 'kysely';
import type { User } from '../src/lib/api/contract';
import { CONTENT_SECURITY_POLICY } from '../mocks/http-server';
import { answerGet, Reads } from './api';
import { createSession, decoyHash, DEFAULT_SESSION_TTL_MS, deleteSession, findUserForSignIn, SESSION_COOKIE, sessionUser, SignInLimiter, verifyPassword } from './auth';
import type { Database } from './schema';
import { reportRoutes } from './reports';
import { importRoutes } from './import';
import { SIGN_IN_CSS, SIGN_IN_CSS_PATH, SIGN_IN_PROBLEMS, signInPage, type SignInProblem } from './sign-in-page';

export interface AppOptions {
  db: Kysely<Database>;
  /** The production build to serve beside /api; omitted: the API only. */
  distDir?: string;
  sessionTtlMs?: number;
  /** Origins besides the server's own that may write (e.g. the public https origin behind a proxy). */
  allowedOrigins?: readonly string[];
  /** Mark the cookie Secure (behind https). */
  secureCookie?: boolean;
  limiter?: SignInLimiter;
  now?: () => Date;
}

type Env = { Variables: { user: User } };

const API = '/api';
const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function createApp(options: AppOptions) {
  const { db } = options;
  const now = options.now ?? (() => new Date());
  const ttl = options.sessionTtlMs ?? DEFAULT_SESSION_TTL_MS;
  const limiter = options.limiter ?? new SignInLimiter();
  const app = new Hono<Env>();
  const fail = (c: Context, status: 400 | 401 | 403 | 404 | 405 | 409 | 413 | 429 | 500, error: string) => c.json({ error }, status);

  app.onError((error, c) => {
    // The detail is for whoever runs the server, not for the page.
    console.error(`${c.req.method} ${c.req.path}:`, error);
    return c.req.path.startsWith(`${API}/`) ? fail(c, 500, '服务器内部错误') : c.text('服务器内部错误', 500);
  });

  app.use('*', async (c, next) => {
    await next();
    c.header('content-security-policy', CONTENT_SECURITY_POLICY);
    c.header('x-content-type-options', 'nosniff');
    c.header('referrer-policy', 'same-origin');
  });

  // Writes only from the app's own origin: a page elsewhere cannot act with the user's cookie (CSRF).
  app.use('*', async (c, next) => {
    if (c.req.path.startsWith(`${API}/`)) c.header('cache-control', 'no-store');
    if (READ_METHODS.has(c.req.method)) return next();
    const own = new URL(c.req.url).origin;
    const origin = c.req.header('origin');
    const sameSite = origin ? origin === own || (options.allowedOrigins ?? []).includes(origin) : c.req.header('sec-fetch-site') === 'same-origin';
    if (!sameSite) return fail(c, 403, `拒绝来自其他网站的请求（${origin ?? '来源不明'}）`);
    return next();
  });
  app.use(`${API}/*`, compress());

  /** The signed-in user, or the 401 to answer. */
  const signedIn = async (c: Context): Promise<User | Response> => {
    const token = getCookie(c, SESSION_COOKIE);
    if (!token) return fail(c, 401, '未登录');
    const user = await sessionUser(db, token, now());
    if (user === null || user === 'expired') {
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return fail(c, 401, user === 'expired' ? '登录已过期，请重新登录' : '未登录');
    }
    return user;
  };

  const sessionCookie = (c: Context, token: string) =>
    setCookie(c, SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'Strict', secure: options.secureCookie ?? new URL(c.req.url).protocol === 'https:', maxAge: Math.floor(ttl / 1000) });

  // Sign in: JSON { username, password } from a script, or the sign-in page's form (which is sent back to / or to the page with the reason).
  app.post(`${API}/session`, async (c) => {
    const form = !c.req.header('content-type')?.includes('application/json');
    let username = '';
    let password = '';
    try {
      const body = form ? await c.req.parseBody() : await c.req.json<unknown>();
      if (body && typeof body === 'object') {
        const b = body as Record<string, unknown>;
        username = typeof b.username === 'string' ? b.username.trim() : '';
        password = typeof b.password === 'string' ? b.password : '';
      }
    } catch {
      return fail(c, 400, '请求格式不对：应为 JSON { username, password }');
    }
    // The page is sent back a reason code only, so a link cannot make it say anything else.
    const refuse = (status: 400 | 401 | 429, error: string, code: SignInProblem) => (form ? c.redirect(`/signin?error=${code}`, 303) : fail(c, status, error));
    if (!username || !password) return refuse(400, SIGN_IN_PROBLEMS.missing, 'missing');
    const key = `${username}\n${getConnInfo(c).remote.address ?? ''}`;
    const wait = limiter.waitMs(key, now().getTime());
    if (wait > 0) {
      c.header('retry-after', String(Math.ceil(wait / 1000)));
      return refuse(429, `登录失败次数过多，请 ${Math.ceil(wait / 1000)} 秒后再试`, 'limited');
    }
    const found = await findUserForSignIn(db, username);
    const good = await verifyPassword(password, found?.passwordHash ?? (await decoyHash()));
    if (!found || !good) {
      limiter.fail(key, now().getTime());
      return refuse(401, SIGN_IN_PROBLEMS.credentials, 'credentials');
    }
    limiter.succeed(key);
    sessionCookie(c, await createSession(db, found.user.id, now(), ttl));
    return form ? c.redirect('/', 303) : c.json({ user: found.user });
  });

  app.delete(`${API}/session`, async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) await deleteSession(db, token);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });

  reportRoutes(app, db, signedIn, fail, now);
  importRoutes(app, db, signedIn, fail, now);

  app.get(`${API}/*`, async (c) => {
    const user = await signedIn(c);
    if (user instanceof Response) return user;
    const url = new URL(c.req.url);
    const answer = await answerGet(url.pathname.slice(API.length), url.searchParams, user, new Reads(db));
    return c.json(answer.body, answer.status as 200);
  });

  app.all(`${API}/*`, (c) => {
    const path = c.req.path;
    if (path === `${API}/session`) return fail(c, 405, `不支持 ${c.req.method} 请求`);
    return fail(c, c.req.method === 'GET' ? 404 : 405, `没有这个接口：${c.req.method} ${path}`);
  });

  // The sign-in page (plain HTML, no script) and signing out from it.
  app.get('/signin', async (c) => {
    const anyUser = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
    return c.html(signInPage(c.req.query('error'), { noUsers: !anyUser }));
  });
  app.get(SIGN_IN_CSS_PATH, (c) => c.body(SIGN_IN_CSS, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'no-cache' }));
  app.post('/signout', async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) await deleteSession(db, token);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.redirect('/signin', 303);
  });

  if (options.distDir) {
    const dist = options.distDir;
    const indexFile = join(dist, 'index.html');
    if (!existsSync(indexFile)) throw new Error(`${indexFile} 不存在：先运行 vite build（npm run serve 会先构建）`);
    app.get('/config.json', (c) => c.json({ apiBaseUrl: API, mockMode: 'off' }, 200, { 'cache-control': 'no-store' }));
    // Files of the build as they are; the page itself (index.html) only below, behind the sign-in check.
    const files = serveStatic({ root: dist, precompressed: true });
    const assets = new Set(existsSync(join(dist, 'assets')) ? readdirSync(join(dist, 'assets')).map((f) => `/assets/${f}`) : []);
    app.use('/*', (c, next) => {
      if (c.req.path.endsWith('/') || c.req.path === '/index.html') return next();
      // Vite's hashed files never change under their name: a browser or a CDN keeps them a year.
      if (assets.has(c.req.path)) c.header('cache-control', 'public, max-age=31536000, immutable');
      return files(c, next);
    });
    // Any other page is the app (client-side routes); someone not signed in is sent to sign in first.
    const index = readFileSync(indexFile, 'utf8');
    app.get('*', async (c) => {
      const token = getCookie(c, SESSION_COOKIE);
      const user = token ? await sessionUser(db, token, now()) : null;
      if (user === null || user === 'expired') return c.redirect('/signin', 302);
      return c.html(index, 200, { 'cache-control': 'no-cache' });
    });
  }
  return app;
}
