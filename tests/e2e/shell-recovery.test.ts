// The shell's crash screens and recovery in the production build: a page whose code fails to
// load (the app redeployed while a tab was open), and 全部重试 after requests timed out.
import { describe, expect, it } from 'vitest';
import { startMockHttpServer } from '../../mocks/http-server';
import { launchChromium } from '../support/chromium';
import { seriousA11yViolations, useBrowser } from './browser';

const OVERVIEW = '/overview?from=2021-01&to=2021-06';
const ENGLISH_CRASH = /Unexpected Application Error|Hydration|stack/i;

describe('a page whose code fails to load', () => {
  const b = useBrowser();
  const nav = () => b.page.getByRole('navigation', { name: '主导航' });
  const crash = () => b.page.getByRole('alert').filter({ has: b.page.getByRole('heading', { level: 1 }) });

  it.each([
    ['排名', 'rankings-page', '社区排名 · 2021年1—6月'],
    ['指标', 'metric-page', '走访群众 · 2021年1—6月'],
  ])('%s (%s chunk gone): the shell stays, 页面已更新 with a reload that brings the page', async (link, chunk, heading) => {
    const { page } = b;
    await page.route(`**/assets/${chunk}-*.js`, (r) => r.abort());
    await page.goto(b.url(OVERVIEW));
    await nav().getByRole('link', { name: link }).click();
    await crash().getByRole('heading', { level: 1, name: '页面已更新' }).waitFor({ timeout: 15_000 });
    expect(await crash().textContent()).toContain('页面已更新（或网络中断），请刷新后继续。');
    expect(await page.locator('body').textContent()).not.toMatch(ENGLISH_CRASH);
    // The shell is still there: header, navigation, period.
    expect(await nav().isVisible()).toBe(true);
    expect(await page.getByRole('group', { name: '统计时段' }).isVisible()).toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);
    // The technical detail is behind 详情.
    await crash().getByText('详情').click();
    expect(await crash().locator('pre').textContent()).toMatch(/dynamically imported module/);
    // The new release is there now: the button reloads, and the page comes.
    await page.unroute(`**/assets/${chunk}-*.js`);
    await crash().getByRole('button', { name: '页面已更新，重新加载' }).click();
    await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 15_000 });
    expect(await page.getByText('页面已更新').count()).toBe(0);
  });

  it('its stylesheet gone (a redeploy removes both): the same, not a generic error', async () => {
    const { page } = b;
    await page.route('**/assets/rankings-page-*.css', (r) => r.abort());
    await page.goto(b.url(OVERVIEW));
    await nav().getByRole('link', { name: '排名' }).click();
    await crash().getByRole('button', { name: '页面已更新，重新加载' }).waitFor({ timeout: 15_000 });
    expect(await nav().isVisible()).toBe(true);
  });

  it('opened by its link (a first load): the shell and 页面已更新', async () => {
    const { page } = b;
    await page.route('**/assets/community-page-*.js', (r) => r.abort());
    await page.goto(b.url('/communities/cilin?from=2021-01&to=2021-06'));
    await crash().getByRole('button', { name: '页面已更新，重新加载' }).waitFor({ timeout: 15_000 });
    expect(await nav().isVisible()).toBe(true);
    expect(await page.locator('body').textContent()).not.toMatch(ENGLISH_CRASH);
  });

  it('any other failure: 页面出错 in plain Chinese, the detail behind 详情', async () => {
    const { page } = b;
    await page.route('**/assets/rankings-page-*.js', (r) => r.fulfill({ contentType: 'text/javascript', body: 'throw new Error("排名页初始化失败 boom");' }));
    await page.goto(b.url(OVERVIEW));
    await nav().getByRole('link', { name: '排名' }).click();
    await crash().getByRole('heading', { level: 1, name: '页面出错' }).waitFor({ timeout: 15_000 });
    expect(await crash().textContent()).toContain('这个页面出错了，未能显示。');
    expect(await crash().getByRole('button', { name: '重新加载', exact: true }).count()).toBe(1);
    await crash().getByText('详情').click();
    expect(await crash().locator('pre').textContent()).toContain('boom');
    expect(await nav().isVisible()).toBe(true);
    expect(await page.locator('body').textContent()).not.toMatch(ENGLISH_CRASH);
  });

  it('the meeting deck (full screen, outside the shell): Chinese, with the reload button', async () => {
    const { page } = b;
    await page.route('**/assets/present-page-*.js', (r) => r.abort());
    await page.goto(b.url(OVERVIEW));
    await nav().getByRole('link', { name: '会议演示' }).click();
    await crash().getByRole('heading', { level: 1, name: '页面已更新' }).waitFor({ timeout: 15_000 });
    expect(await page.locator('body').textContent()).not.toMatch(ENGLISH_CRASH);
    expect(await crash().getByRole('button', { name: '页面已更新，重新加载' }).isVisible()).toBe(true);
    expect(await crash().getByRole('link', { name: '返回总览' }).getAttribute('href')).toBe('/overview?from=2021-01&to=2021-06');
    // Full screen: no shell around it.
    expect(await page.getByRole('navigation', { name: '主导航' }).count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    // Reloaded with the new release, the deck opens.
    await page.unroute('**/assets/present-page-*.js');
    await crash().getByRole('button', { name: '页面已更新，重新加载' }).click();
    await expect.poll(() => page.getByText('页面已更新').count(), { timeout: 15_000 }).toBe(0);
    await expect.poll(() => page.url()).toContain('/present');
  });
});

describe('全部重试 after requests timed out', () => {
  it('brings every panel back in one click once the backend answers again', { timeout: 90_000 }, async () => {
    const server = await startMockHttpServer({ distDir: 'dist', config: { requestTimeoutMs: 8000 } });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, serviceWorkers: 'block' });
      await page.goto(`${server.url}${OVERVIEW}&scenario=hang`);
      const attention = page.getByRole('region', { name: '需要关注' });
      await expect.poll(() => attention.textContent(), { timeout: 25_000 }).toContain('超时');
      // The backend answers again (the app keeps the scenario for the session).
      await page.evaluate(() => sessionStorage.removeItem('mock-scenario'));
      await page.getByRole('button', { name: '全部重试' }).click();
      await expect.poll(() => page.getByRole('article', { name: '走访群众' }).textContent(), { timeout: 20_000 }).toContain('1,608户');
      await attention.getByRole('listitem').first().waitFor({ timeout: 20_000 });
      await expect.poll(() => page.getByRole('alert').count(), { timeout: 20_000 }).toBe(0);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
