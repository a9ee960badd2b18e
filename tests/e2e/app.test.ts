import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../mocks/data/generate';
import { overviewRequests } from '../../src/lib/api/overview';
import { seriousA11yViolations, useBrowser } from './browser';

/** A request as path and sorted, decoded parameters: the same request however it was written. */
const requestKey = (url: URL) => `${url.pathname}?${[...url.searchParams].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}=${v}`).join('&')}`;

const ARTICLE_2020 = {
  走访群众: '3,046户',
  收集民生实事: '452项',
  解决群众问题: '291个',
  化解矛盾纠纷: '62个',
  新增停车位: '2,600个',
  正向停车标识: '25,000个',
  清剪户外零星飞线: '3,300处',
  修整绿化: '9,000平方米',
  路侧石修复: '4,200米',
  问题城市家具整改: '2,700处',
  街道行政服务中心受理事项: '14,017件',
  社区下沉办件: '2,491件',
  问题解决率: '64.4%',
  按期办结率: '100.0%',
};

describe('production build against the mock HTTP API', () => {
  const b = useBrowser();

  it('shows every 2020 figure of the seed article on /overview', async () => {
    const { page } = b;
    await page.goto(b.url('/overview?from=2020-01&to=2020-12'));
    await page.getByRole('heading', { level: 1, name: '总览 · 2020年1—12月' }).waitFor();
    await page.locator('.figure').first().waitFor();
    const figures = await page.locator('.figure').evaluateAll((rows) =>
      Object.fromEntries(rows.map((row) => [row.querySelector('dt')?.textContent?.trim(), row.querySelector('dd')?.textContent?.trim()])),
    );
    expect(figures).toMatchObject(ARTICLE_2020);
    // The production build talks HTTP to the API: no service worker in the way.
    expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();
    expect(b.consoleErrors).toEqual([]);
  });

  it('loads the runtime config and defaults the period to the latest year to date', async () => {
    const { page } = b;
    await page.goto(b.url('/'));
    await page.getByRole('heading', { level: 1, name: '总览 · 2021年1—6月' }).waitFor();
    await expect.poll(() => new URL(page.url()).search).toBe('?from=2021-01&to=2021-06');
    await expect.poll(() => page.getByText('数据截至 2021年6月', { exact: true }).isVisible()).toBe(true);
  });

  it('changes period with a preset and keeps it when navigating by click', async () => {
    const { page } = b;
    await page.goto(b.url('/overview'));
    // The ranking chart says what its summary says: the top bar is the best community, the average line its average.
    const completion = page.getByRole('region', { name: '各社区目标完成率' });
    const chartAgreesWithSummary = async () => {
      const summary = (await completion.locator('.chart-frame__summary').textContent()) ?? '';
      const [, average, best] = /社区平均 ([\d.]+%)，(\S+?)最高/.exec(summary) ?? [];
      const firstTick = await completion.locator('.recharts-yAxis-tick-labels text').first().textContent();
      const line = await completion.locator('.chart-reference__label', { hasText: /^平均/ }).textContent();
      return `${firstTick} / ${line}` === `1 ${best} / 平均 ${average}`;
    };
    await expect.poll(chartAgreesWithSummary, { timeout: 10_000 }).toBe(true);
    await page.getByRole('button', { name: '上一年' }).click();
    await page.getByRole('heading', { level: 1, name: '总览 · 2020年1—12月' }).waitFor();
    await expect.poll(() => completion.locator('.chart-frame__summary').textContent()).toMatch(/^2020年1—12月/);
    await expect.poll(chartAgreesWithSummary, { timeout: 10_000 }).toBe(true);
    await page.getByRole('article', { name: '走访群众' }).getByRole('link', { name: '走访群众' }).click();
    await page.getByRole('heading', { level: 1, name: '走访群众 · 2020年1—12月' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/metrics/visits');
    await expect.poll(() => page.locator('.big-figure').textContent()).toBe('3,046户');
    await page.getByRole('table').getByRole('link', { name: '绣湖社区' }).click();
    await page.getByRole('heading', { level: 1, name: '绣湖社区 · 2020年1—12月' }).waitFor();
  });

  it('opens a secretary on their community with ?as=', async () => {
    const { page } = b;
    await page.goto(b.url('/?as=secretary-tonghui'));
    await page.getByRole('heading', { level: 1, name: '通惠社区 · 2021年1—6月' }).waitFor();
    expect(await page.getByText('通惠社区书记').first().isVisible()).toBe(true);
  });

  it('asks for a first load’s data in one request, and draws the same figures', async () => {
    const { page } = b;
    const asked: string[] = [];
    page.on('request', (r) => r.url().includes('/api/') && asked.push(requestKey(new URL(r.url()))));
    await page.goto(b.url('/overview?from=2021-01&to=2021-06'));
    await expect.poll(() => page.getByRole('article', { name: '走访群众' }).textContent()).toContain('1,608户');
    await page.getByRole('region', { name: '各社区目标完成率' }).locator('.recharts-bar-rectangle').first().waitFor();
    // The shell's and every panel's figures came in GET /overview: none of those requests went
    // out on its own (later, in idle time, the other presets' figures are fetched ahead).
    const { areas, metrics, rates } = generateDataset();
    const firstScreen = overviewRequests({ areas, metrics, rates }, { from: '2021-01', to: '2021-06' }, 'visits').map((r) => requestKey(new URL(`http://x/api${r.path}?${new URLSearchParams(r.params)}`)));
    expect(asked.filter((k) => k.startsWith('/api/overview'))).toEqual(['/api/overview?from=2021-01&to=2021-06']);
    expect(asked.filter((k) => firstScreen.includes(k))).toEqual([]);
  });

  it('names the endpoint and field of a broken payload, and the rest of the page keeps working', async () => {
    const { page } = b;
    // No early answers (each request on its own), and a broken all-totals request: that panel
    // reports it, the rest of the page carries on.
    await page.route('**/api/overview*', (route) => route.abort());
    await page.route('**/api/series?*groupBy=none*', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify({ from: '2020-01', to: '2020-12', groupBy: 'none', rows: [{ metricId: 'visits' }] }) }),
    );
    await page.goto(b.url('/overview?from=2020-01&to=2020-12'));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('GET /series');
    expect(await alert.textContent()).toContain('rows[0].value');
    await expect.poll(() => page.getByRole('article', { name: '走访群众' }).textContent()).toContain('3,046户');
    await page.unroute('**/api/series?*groupBy=none*');
    await alert.getByRole('button', { name: '重试' }).click();
    await page.getByRole('region', { name: '走访群众合计' }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('draws the charts, switches one to its table, and opens a community from a bar', async () => {
    const { page } = b;
    await page.goto(b.url('/overview?from=2021-01&to=2021-06'));
    const completion = page.getByRole('region', { name: '各社区目标完成率' });
    // Drawn, not an empty box: one bar per community with a value (20 in the sample).
    await expect.poll(() => completion.locator('.recharts-bar-rectangle').count(), { timeout: 10_000 }).toBe(20);
    // Trend charts below the fold draw once scrolled to.
    const visitsTrend = page.getByRole('region', { name: /^走访群众：2021年1—6月累计/ });
    await visitsTrend.locator('.chart-frame__chart[data-drawn="false"]').waitFor();
    expect(await visitsTrend.locator('.recharts-surface').count()).toBe(0);
    await visitsTrend.scrollIntoViewIfNeeded();
    await expect.poll(() => visitsTrend.locator('.recharts-line-curve').count(), { timeout: 10_000 }).toBe(2);
    expect(await visitsTrend.locator('.recharts-bar-rectangle').count()).toBe(6);
    await completion.scrollIntoViewIfNeeded();
    await completion.getByRole('button', { name: '表格' }).click();
    expect(await completion.getByRole('table').getByRole('row').count()).toBe(21);
    await completion.getByRole('button', { name: '图表' }).click();
    await expect.poll(() => completion.locator('.recharts-bar-rectangle').count(), { timeout: 10_000 }).toBe(20);
    await completion.locator('.recharts-bar-rectangle path').first().click();
    await page.waitForURL(/\/communities\/[a-z]+\?from=2021-01&to=2021-06/);
    await page.getByRole('heading', { level: 1, name: /社区 · 2021年1—6月$/ }).waitFor();
    expect(b.consoleErrors).toEqual([]);
  });

  it.each(['/overview', '/metrics/community_cases', '/rankings', '/communities/xiuhu', '/present'])('has no serious accessibility violations on %s', async (path) => {
    const { page } = b;
    await page.goto(b.url(`${path}?from=2020-01&to=2020-12`));
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it.each(['/overview', '/metrics/visits', '/rankings', '/communities/xiuhu', '/present'])('has no serious accessibility violations in the projector theme on %s', async (path) => {
    const { page } = b;
    await page.addInitScript(() => localStorage.setItem('ui-preferences', JSON.stringify({ state: { theme: 'projector' }, version: 0 })));
    await page.goto(b.url(`${path}?from=2020-01&to=2020-12`));
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('projector');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('works by keyboard alone: period preset, a KPI card, a sortable column, with a visible focus ring', async () => {
    const { page } = b;
    await page.goto(b.url('/overview?from=2021-01&to=2021-06'));
    await page.getByRole('heading', { level: 1, name: '总览 · 2021年1—6月' }).waitFor();
    const focusOn = async (name: string, role: 'button' | 'link', limit = 60) => {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press('Tab');
        const active = await page.evaluate(() => ({ text: document.activeElement?.textContent?.trim(), tag: document.activeElement?.tagName }));
        if (active.text === name && active.tag === (role === 'button' ? 'BUTTON' : 'A')) return;
      }
      throw new Error(`could not reach ${role} ${name} with Tab`);
    };
    await focusOn('上一年', 'button');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: '总览 · 2020年1—12月' }).waitFor();
    await focusOn('停车设施', 'link');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: '新增停车位 · 2020年1—12月' }).waitFor();
    const table = page.getByRole('table', { name: /新增停车位排名/ });
    await table.waitFor();
    await table.getByRole('button', { name: /完成率/ }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => table.getByRole('columnheader', { name: /完成率/ }).getAttribute('aria-sort')).toMatch(/ascending|descending/);
  });

  it('reaches the main content with the skip link from the keyboard', async () => {
    const { page } = b;
    await page.goto(b.url('/overview?from=2020-01&to=2020-12'));
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到主要内容');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });
});
