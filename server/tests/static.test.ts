// The build as the server hands it out (hashed files kept a year, the page and config.json never),
// and the sign-in page's own look.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_USERS_YET } from '../sign-in-page';
import { startTestServer, type TestServer } from './support';

describe('the build served by the API server', () => {
  const dist = mkdtempSync(join(tmpdir(), 'dist-'));
  let server: TestServer;
  beforeAll(async () => {
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>看板</title>');
    writeFileSync(join(dist, 'assets', 'app-Ab12Cd34.js'), 'export {};');
    writeFileSync(join(dist, 'robots.txt'), 'User-agent: *');
    server = await startTestServer('pglite', { distDir: dist });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('lets a browser or CDN keep a hashed file for a year, and nothing else', async () => {
    const asset = await fetch(`${server.url}/assets/app-Ab12Cd34.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');

    const other = await fetch(`${server.url}/robots.txt`);
    expect(other.status).toBe(200);
    expect(other.headers.get('cache-control')).toBeNull();

    const missing = await fetch(`${server.url}/assets/gone-Zz99Yy88.js`, { redirect: 'manual' });
    expect(missing.status).toBe(302);
    expect(missing.headers.get('cache-control') ?? '').not.toContain('immutable');

    const page = await fetch(`${server.url}/`, { headers: { cookie: server.cookie('leader') } });
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect((await fetch(`${server.url}/config.json`)).headers.get('cache-control')).toBe('no-store');
  });

  it('styles the sign-in page from its own stylesheet, and a fresh install says how to add the first user', async () => {
    const page = await (await fetch(`${server.url}/signin`)).text();
    expect(page).toContain('<link rel="stylesheet" href="/signin.css">');
    expect(page).not.toContain(NO_USERS_YET);
    const css = await fetch(`${server.url}/signin.css`);
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    expect(await css.text()).toContain('PingFang SC');

    await server.handle.db.deleteFrom('sessions').execute();
    await server.handle.db.deleteFrom('users').execute();
    expect(await (await fetch(`${server.url}/signin`)).text()).toContain(NO_USERS_YET);
  });
});
