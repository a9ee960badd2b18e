// Start-up in the production build: what config.json says (or fails to say) before the app runs,
// and what the boot script's early request sends before the app knows which backend it talks to.
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockHttpServer } from '../../mocks/http-server';
import { useBrowser } from './browser';

const OVERVIEW = '/overview?from=2021-01&to=2021-06';
const HINTS_KEY = 'early-request-hints';

/** Every API request the page sends, with its headers as sent. */
function apiRequests(page: Page): Array<{ url: string; headers: Record<string, string> }> {
  const seen: Array<{ url: string; headers: Record<string, string> }> = [];
  page.on('request', (request: Request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) seen.push({ url: request.url(), headers: request.headers() });
  });
  return seen;
}

describe('a config.json that cannot be used', () => {
  const b = useBrowser();

  async function startWith(body: string) {
    const { page } = b;
    await page.route('**/config.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
    await page.goto(b.url(OVERVIEW));
    await page.getByRole('heading', { level: 1, name: '无法启动' }).waitFor();
    return page.getByRole('alert');
  }

  it('is named in plain Chinese when it is not JSON, the parser’s words behind 详情, in the app’s own header', async () => {
    const alert = await startWith('{ "apiBaseUrl": "/api", mockMode: "server" }');
    const message = await alert.locator('p').first().textContent();
    expect(message).toContain('配置文件 config.json');
    expect(message).toContain('不是有效的 JSON');
    expect(message).not.toMatch(/Failed|execute|Unexpected|Response|Expected/);
    // The technical detail is there for whoever fixes the file, folded away.
    const details = alert.locator('details');
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await details.getByText('详情').click();
    expect(await details.locator('pre').textContent()).toMatch(/JSON/);
    // The page keeps the look index.html painted: the app's title in its header, a way to try again.
    expect(await b.page.locator('header').getByText('稠城街道工作进度').isVisible()).toBe(true);
    expect(await b.page.getByRole('button', { name: '重新加载' }).isVisible()).toBe(true);
  });

  it('names the field that is wrong when the JSON does not fit', async () => {
    const alert = await startWith('{ "apiBaseUrl": "", "mockMode": "cloud" }');
    const message = (await alert.locator('p').first().textContent()) ?? '';
    expect(message).toContain('配置文件 config.json');
    expect(message).toContain('接口地址（apiBaseUrl）不能为空');
    expect(message).toContain('运行模式（mockMode）应为 worker | server | off 之一');
    expect(message).not.toMatch(/Invalid|expected|Failed/);
  });
});

describe('the early request in mockMode off', () => {
  const b = useBrowser();
  let off: Awaited<ReturnType<typeof startMockHttpServer>>;
  beforeAll(async () => {
    off = await startMockHttpServer({ distDir: 'dist', config: { mockMode: 'off' } });
  });
  afterAll(async () => {
    await off?.close();
  });

  /** Opens the overview; returns every API request sent up to the app's own first one answered. */
  async function visit(page: Page) {
    const requests = apiRequests(page);
    const isOverview = (url: string) => new URL(url).pathname === '/api/overview';
    const early = page.waitForResponse((r) => isOverview(r.url()));
    const appsOwn = page.waitForResponse((r) => r.url().includes('/api/') && !isOverview(r.url()));
    await page.goto(off.url + OVERVIEW);
    await Promise.all([early, appsOwn]);
    expect(requests.filter((r) => isOverview(r.url))).toHaveLength(1);
    return requests;
  }

  it('sends no mock headers on a first visit, with no guess from an earlier one', async () => {
    for (const { url, headers } of await visit(b.page)) {
      expect(headers['x-mock-user'], url).toBeUndefined();
      expect(headers['x-mock-scenario'], url).toBeUndefined();
    }
  });

  it('sends no mock headers when the last visit was in mock mode but config.json now says off', async () => {
    const { page } = b;
    await page.addInitScript(([key]) => localStorage.setItem(key, JSON.stringify({ apiBaseUrl: '/api', mockMode: 'server' })), [HINTS_KEY]);
    for (const { url, headers } of await visit(page)) {
      expect(headers['x-mock-user'], url).toBeUndefined();
      expect(headers['x-mock-scenario'], url).toBeUndefined();
    }
    // With no user the backend refuses, and the app says so (it never borrows another speaker's answers).
    await expect.poll(() => page.getByRole('heading', { level: 1 }).first().textContent()).toBe('请重新登录');
  });
});

describe('a demo user id in Chinese (mock mode)', () => {
  const b = useBrowser();

  it('reaches the mock backend intact, from the early request on: an unknown one is asked to sign in again, by name', async () => {
    const { page } = b;
    const requests = apiRequests(page);
    await page.goto(b.url(`${OVERVIEW}&as=李主任`));
    await expect.poll(() => page.getByRole('heading', { level: 1 }).first().textContent()).toBe('请重新登录');
    expect(await page.getByRole('alert').textContent()).toContain('未知的演示用户 “李主任”');
    const early = requests.find((r) => new URL(r.url).pathname === '/api/overview');
    expect(early?.headers['x-mock-user']).toBe(encodeURIComponent('李主任'));
  });
});
