// Charts and exports when the data or the network misbehaves, in the production build in Chromium.
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';

const at = (path: string, scenario: string) => `${path}${path.includes('?') ? '&' : '?'}scenario=${scenario}`;

interface TickBox {
  text: string;
  left: number;
  right: number;
}

/** The category axis' labels of a ranking chart, each with its box, and the chart's own box. */
async function rankTicks(chart: Locator): Promise<{ ticks: TickBox[]; svg: { left: number; right: number } }> {
  return chart.locator('svg.recharts-surface').first().evaluate((svg) => {
    const box = (e: Element) => e.getBoundingClientRect();
    const ticks = [...svg.querySelectorAll('.recharts-yAxis-tick-labels text')].map((t) => ({ text: t.textContent ?? '', left: box(t).left, right: box(t).right }));
    return { ticks, svg: { left: box(svg).left, right: box(svg).right } };
  });
}

/** Every label starts with its rank ("3 三挺路社区…"), ranks run in order, and none leaves the chart. */
function expectRanksInside({ ticks, svg }: Awaited<ReturnType<typeof rankTicks>>, count: number) {
  expect(ticks).toHaveLength(count);
  const ranks = ticks.map((t) => Number(/^(\d+) \S/.exec(t.text)?.[1]));
  for (const [i, tick] of ticks.entries()) {
    expect(tick.text, `tick ${i}`).toMatch(/^\d+ \S/);
    expect(tick.left, `“${tick.text}” starts inside the chart`).toBeGreaterThanOrEqual(svg.left);
    expect(tick.right, `“${tick.text}” ends inside the chart`).toBeLessThanOrEqual(svg.right);
    if (i > 0) expect(ranks[i]).toBeGreaterThanOrEqual(ranks[i - 1]);
  }
  // Names 200 characters long are cut, not dropped.
  expect(ticks.some((t) => /^\d+ \S+社区很长\S*…$/.test(t.text))).toBe(true);
}

describe('ranking charts with hostile names (production build)', () => {
  const b = useBrowser();

  it('/rankings: a long name is cut, its rank always shows, every label inside the chart', async () => {
    const { page } = b;
    await page.goto(b.url(at('/rankings?from=2021-01&to=2021-06&metric=visits&view=list', 'hostile')));
    const frame = page.locator('.chart-frame').filter({ has: page.getByRole('button', { name: '图表' }) }).first();
    await frame.getByRole('button', { name: '图表' }).click();
    await expect.poll(() => frame.locator('.recharts-bar-rectangle').count()).toBe(20);
    expectRanksInside(await rankTicks(frame), 20);
  });

  it('/overview: the completion chart too', async () => {
    const { page } = b;
    await page.goto(b.url(at('/overview?from=2021-01&to=2021-06', 'hostile')));
    const panel = page.getByRole('region', { name: '各社区目标完成率' });
    await panel.scrollIntoViewIfNeeded();
    await expect.poll(() => panel.locator('.recharts-bar-rectangle').count()).toBe(20);
    expectRanksInside(await rankTicks(panel), 20);
  });
});

describe('an export whose code cannot load (production build)', () => {
  const b = useBrowser();

  it('says so in plain Chinese in the menu and offers a reload, not the browser’s English', async () => {
    const { page } = b;
    // As after a redeploy: the old page asks for an export chunk the server no longer has.
    await page.route(/\/assets\/exporters-[^/]+\.js$/, (route) => route.abort());
    await page.goto(b.url('/overview?from=2021-01&to=2021-06'));
    const panel = page.getByRole('region', { name: '各社区目标完成率' });
    await expect.poll(() => panel.locator('.recharts-bar-rectangle').count()).toBe(20);
    await panel.getByRole('button', { name: /^导出：/ }).click();
    const menu = panel.getByRole('group', { name: /^导出/ });
    await menu.getByRole('button', { name: '下载 CSV 表格' }).click();
    const alert = menu.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('页面已更新');
    expect(await alert.textContent()).not.toMatch(/dynamically imported module|Failed to fetch/i);
    expect(await menu.getByRole('button', { name: '页面已更新，重新加载' }).count()).toBe(1);
    // The page is as it was: the chart is still drawn.
    expect(await panel.locator('.recharts-bar-rectangle').count()).toBe(20);
  });
});
