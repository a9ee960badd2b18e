// Signing in for real: the cookie's attributes, sign-out, an expired session, a forged cookie,
// writes from another origin refused, and the limit on failed sign-ins (which locks nothing else).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, PASSWORD, sessionCookieOf, startTestServer, type TestServer } from './support';

describe.each(BACKENDS)('sessions on %s', (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(backend);
  });
  afterAll(() => server?.close());

  const signIn = (username: string, password: string, origin: string | null = server.url) =>
    fetch(`${server.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json', ...(origin && { origin }) }, body: JSON.stringify({ username, password }) });
  const session = async (cookie: string) => {
    const response = await fetch(`${server.url}/api/session`, { headers: { cookie } });
    return { status: response.status, body: (await response.json()) as unknown };
  };

  it('signs in with an HttpOnly SameSite=Strict cookie, and signing out ends the session', async () => {
    const response = await signIn('secretary-cilin', PASSWORD);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ user: { id: 'secretary-cilin', name: '词林社区书记', role: 'secretary', communityId: 'cilin' } });
    const set = response.headers.getSetCookie().find((c) => c.startsWith('session='))!;
    expect(set).toMatch(/; HttpOnly/);
    expect(set).toMatch(/; SameSite=Strict/);
    expect(set).toMatch(/; Path=\//);
    const cookie = sessionCookieOf(response);
    expect((await session(cookie)).status).toBe(200);
    const out = await fetch(`${server.url}/api/session`, { method: 'DELETE', headers: { cookie, origin: server.url } });
    expect(out.status).toBe(204);
    expect(await session(cookie)).toEqual({ status: 401, body: { error: '未登录' } });
  });

  it('refuses a wrong password and an unknown user alike', async () => {
    for (const [user, password] of [['viewer', 'wrong password'], ['nobody', PASSWORD]]) {
      const response = await signIn(user, password);
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: '用户名或密码不对' });
      expect(response.headers.getSetCookie()).toEqual([]);
    }
  });

  it('refuses an expired session, saying so', async () => {
    const cookie = sessionCookieOf(await signIn('viewer', PASSWORD));
    await server.handle.db.updateTable('sessions').set({ expires_at: new Date(Date.now() - 1000) }).execute();
    expect(await session(cookie)).toEqual({ status: 401, body: { error: '登录已过期，请重新登录' } });
    expect((await session(server.cookie('leader'))).status).toBe(401);
  });

  it('refuses a forged cookie', async () => {
    for (const forged of ['session=', 'session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', `${sessionCookieOf(await signIn('leader', PASSWORD))}x`]) {
      expect((await session(forged)).status, forged).toBe(401);
    }
  });

  it('refuses writes from another origin or from nowhere (CSRF), and takes them from its own', async () => {
    const cookie = sessionCookieOf(await signIn('leader', PASSWORD));
    for (const origin of ['https://evil.example', 'null', null]) {
      const out = await fetch(`${server.url}/api/session`, { method: 'DELETE', headers: { cookie, ...(origin && { origin }) } });
      expect(out.status, String(origin)).toBe(403);
      expect(((await out.json()) as { error: string }).error).toMatch(/^拒绝来自其他网站的请求/);
      expect((await signIn('leader', PASSWORD, origin)).status).toBe(403);
    }
    expect((await session(cookie)).status).toBe(200);
    const same = await fetch(`${server.url}/api/session`, { method: 'DELETE', headers: { cookie, 'sec-fetch-site': 'same-origin' } });
    expect(same.status).toBe(204);
  });

  it('limits failed sign-ins per user and address to 5 a minute, without locking anyone else out', async () => {
    for (let i = 0; i < 5; i++) expect((await signIn('viewer', `wrong ${i}`)).status).toBe(401);
    const limited = await signIn('viewer', PASSWORD);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await limited.json()) as { error: string }).error).toMatch(/登录失败次数过多/);
    expect((await signIn('secretary-cilin', PASSWORD)).status).toBe(200);
  });

  it('sends the sign-in form back to the page with a reason, and a signed-in one to the app', async () => {
    const form = (password: string) =>
      fetch(`${server.url}/api/session`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url }, body: new URLSearchParams({ username: 'secretary-cilin', password }) });
    const bad = await form('nope');
    expect(bad.status).toBe(303);
    expect(bad.headers.get('location')).toBe('/signin?error=credentials');
    const page = await (await fetch(`${server.url}/signin?error=credentials`)).text();
    expect(page).toContain('用户名或密码不对');
    expect(await (await fetch(`${server.url}/signin?error=<script>`)).text()).not.toContain('<script>');
    const good = await form(PASSWORD);
    expect(good.headers.get('location')).toBe('/');
    expect(good.headers.getSetCookie()[0]).toMatch(/^session=/);
  });
});
