// The mock backend's fault scenarios (mocks/scenarios.ts), each tried in the production build:
// what the user sees when the backend is slow, hangs, fails, lies or is hostile.
import { describe, expect, it } from 'vitest';
import { startMockHttpServer } from '../../mocks/http-server';
import { launchChromium } from '../support/chromium';
import { useBrowser } from './browser';

const OVERVIEW = '/overview?from=2021-01&to=2021-06';
const at = (path: string, scenario: string) => `${path}${path.includes('?') ? '&' : '?'}scenario=${scenario}`;

describe('fault scenarios (production build)', () => {
  const b = useBrowser();
  const card = () => b.page.getByRole('article', { name: '走访群众' });
  const alerts = () => b.page.getByRole('alert');

  it('slow: skeletons first, then the figures, nothing lost', async () => {
    const { page } = b;
    await page.goto(b.url(at(OVERVIEW, 'slow')));
    // While it waits the page says it is loading (the shell, then skeletons): never empty or broken.
    await page.getByText('正在加载…').waitFor();
    expect(await page.getByRole('status').count()).toBeGreaterThan(0);
    await page.getByRole('heading', { level: 1, name: '总览 · 2021年1—6月' }).waitFor({ timeout: 15_000 });
    await expect.poll(() => card().textContent(), { timeout: 15_000 }).toContain('1,608户');
    expect(await alerts().count()).toBe(0);
  });

  it('server-error: each failed panel says 服务器出错 (500), and one 全部重试 serves the page', async () => {
    const { page } = b;
    await page.goto(b.url(at(OVERVIEW, 'server-error')));
    await expect.poll(() => card().textContent(), { timeout: 15_000 }).toContain('服务器出错（500）');
    expect(await card().textContent()).toContain('服务器内部错误');
    await page.getByRole('button', { name: '全部重试' }).waitFor();
    expect(await page.getByText(/^⚠ 本页有 \d+ 处未能取得数据/).count()).toBe(1);
  });

  it('unauthorized: one 请重新登录 page, no figures', async () => {
    const { page } = b;
    await page.goto(b.url(at(OVERVIEW, 'unauthorized')));
    await page.getByRole('heading', { level: 1, name: '请重新登录' }).waitFor();
    expect(await page.getByText('会话已过期').count()).toBeGreaterThan(0);
    expect(await page.getByRole('article').count()).toBe(0);
  });

  it('forbidden: 无权查看 in the panels, not an empty chart', async () => {
    const { page } = b;
    await page.goto(b.url(at(OVERVIEW, 'forbidden')));
    await expect.poll(() => card().textContent(), { timeout: 10_000 }).toContain('无权查看');
  });

  it('malformed-json: 数据格式不符, the detail behind 详情', async () => {
    const { page } = b;
    await page.goto(b.url(at(OVERVIEW, 'malformed-json')));
    await expect.poll(() => card().textContent(), { timeout: 10_000 }).toContain('数据格式不符');
    await card().getByText('详情').click();
    expect(await card().textContent()).toContain('不是有效的 JSON');
  });

  it('schema-drift: names the field in Chinese', async () => {
    const { page } = b;
    await page.goto(b.url(at(OVERVIEW, 'schema-drift')));
    await expect.poll(() => card().textContent(), { timeout: 10_000 }).toContain('服务器返回的指标数据格式不对：第 1 条数据的数值缺少该字段');
  });

  it('negative: refused at the door, never a negative figure on screen', async () => {
    const { page } = b;
    await page.goto(b.url(at(OVERVIEW, 'negative')));
    await expect.poll(() => card().textContent(), { timeout: 10_000 }).toContain('不能为负数');
    const kpis = await page.getByRole('article').allTextContents();
    for (const text of kpis) expect(text).not.toMatch(/-\d/);
  });

  it('empty: 暂无数据, not zero and not 未开通', async () => {
    const { page } = b;
    await page.goto(b.url(at(OVERVIEW, 'empty')));
    await expect.poll(() => card().textContent(), { timeout: 10_000 }).toContain('暂无数据');
    await expect.poll(() => page.getByRole('region', { name: /^各项工作合计/ }).textContent()).toContain('该时段暂无数据');
    // Nothing reads 未开通 (the service is offered), and nobody is called on pace without figures.
    for (const text of await page.getByRole('article').allTextContents()) expect(text).not.toContain('未开通');
    expect(await page.getByRole('region', { name: '需要关注' }).textContent()).toContain('该时段暂无数据');
  });

  it('no-report: offered services without a report read 暂无数据, never 未开通 or 0', async () => {
    const { page } = b;
    await page.goto(b.url(at('/rankings?from=2021-01&to=2021-06&metric=visits', 'no-report')));
    const panel = page.getByRole('region', { name: '走访群众排名' });
    await expect.poll(() => panel.textContent(), { timeout: 10_000 }).toContain('该时段暂无数据');
    expect(await panel.getByText(/不参与排名（未开通）/).count()).toBe(0);
    await page.goto(b.url(at(OVERVIEW, 'no-report')));
    await expect.poll(() => card().textContent(), { timeout: 10_000 }).toContain('暂无数据');
    expect(await card().textContent()).not.toMatch(/\b0户/);
  });

  it('partial: the panels that need targets fail, the rest of the page shows its figures', async () => {
    const { page } = b;
    await page.goto(b.url(at(OVERVIEW, 'partial')));
    await expect.poll(() => card().textContent(), { timeout: 15_000 }).toContain('目标库暂不可用');
    await expect.poll(() => page.getByRole('region', { name: '走访群众合计' }).textContent(), { timeout: 10_000 }).toContain('1,608');
  });

  it('flaky: every other request fails, retries recover, no error stays', async () => {
    const { page } = b;
    await page.goto(b.url(at(OVERVIEW, 'flaky')));
    await expect.poll(() => card().textContent(), { timeout: 20_000 }).toContain('1,608户');
    await expect.poll(() => alerts().count(), { timeout: 10_000 }).toBe(0);
  });

  it('hostile: markup stays text, bidi overrides are dropped, long names stay inside the page', async () => {
    const { page } = b;
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    await page.goto(b.url(at('/rankings?from=2021-01&to=2021-06&metric=visits', 'hostile')));
    const table = page.getByRole('table', { name: /排名/ });
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 10_000 }).toBe(20);
    expect(dialogs).toBe(0);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await table.textContent()).toContain('<img src=x onerror=');
    expect(await page.evaluate(() => document.body.textContent?.includes('\u202E'))).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    const longName = table.locator('.name[title*="很长的名称很长的名称"]').first();
    expect((await longName.boundingBox())?.width).toBeLessThan(400);
  });

  it('huge: 500 communities × 60 months, the table lists the first 100 and all on request, the chart the 30 furthest behind', async () => {
    const { page } = b;
    await page.goto(b.url(at('/rankings?from=2021-01&to=2021-06&metric=visits', 'huge')));
    const table = page.getByRole('table', { name: /排名/ });
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 30_000 }).toBe(100);
    await page.getByRole('button', { name: /^显示全部 \d+ 行$/ }).click();
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 30_000 }).toBeGreaterThan(400);
    await page.goto(b.url(at(OVERVIEW, 'huge')));
    const completion = page.getByRole('region', { name: '各社区目标完成率' });
    await expect.poll(() => completion.locator('.recharts-bar-rectangle').count(), { timeout: 30_000 }).toBe(30);
  });
});

describe('the hang scenario', () => {
  it('says 仍在加载… after 5 s, then 超时 with 重试', { timeout: 60_000 }, async () => {
    const server = await startMockHttpServer({ distDir: 'dist', config: { requestTimeoutMs: 8000 } });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, serviceWorkers: 'block' });
      await page.goto(`${server.url}${at(OVERVIEW, 'hang')}`);
      const kpi = page.getByRole('article', { name: '走访群众' });
      await expect.poll(() => kpi.textContent(), { timeout: 10_000 }).toContain('仍在加载…');
      await expect.poll(() => kpi.textContent(), { timeout: 15_000 }).toContain('超时');
      expect(await kpi.getByRole('button', { name: '重试' }).count()).toBe(1);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
