// Issue 24 (bytes): the charts' own tooltip (components/charts/chart-tip.tsx) in the production
// build — it comes with the mouse, names the bar or month and each series in Chinese with the
// chart's format, and goes when the mouse leaves the chart.
import { describe, expect, it } from 'vitest';
import { useBrowser, firstCompletionBar } from './browser';

describe('chart tooltip (production build, 1440×900)', () => {
  const b = useBrowser();

  it('shows a bar’s name and value on hover and is gone when the mouse leaves', async () => {
    const { page } = b;
    const { chart, bar } = await firstCompletionBar(page, b.url);
    const tooltip = page.getByRole('tooltip');
    await bar.hover();
    await expect.poll(() => tooltip.count()).toBe(1);
    // The first bar (highest completion): its rank and whole name, then "数值：" with the chart's percent.
    expect(await tooltip.textContent()).toMatch(/^1 \S+社区数值：\d+\.\d%$/);
    expect(await tooltip.isVisible()).toBe(true);
    // Inside the chart's box, not cut at its edge.
    const [tip, box] = [await tooltip.boundingBox(), await chart.boundingBox()];
    expect(tip!.x).toBeGreaterThanOrEqual(box!.x - 0.5);
    expect(tip!.x + tip!.width).toBeLessThanOrEqual(box!.x + box!.width + 0.5);
    await page.mouse.move(5, 5);
    await expect.poll(() => tooltip.count()).toBe(0);
    expect(b.consoleErrors).toEqual([]);
  });

  it('writes every series of the hovered month in one tooltip on the metric page’s line chart', async () => {
    const { page } = b;
    await page.goto(b.url('/metrics/visits?from=2021-01&to=2021-06'));
    const chart = page.getByRole('img', { name: /^走访群众月度趋势：/ });
    await chart.scrollIntoViewIfNeeded();
    const plot = chart.locator('.recharts-cartesian-grid');
    await chart.locator('.recharts-line').first().waitFor({ timeout: 15_000 });
    const area = (await plot.boundingBox())!;
    // The last of six months sits at the plot's right edge.
    await page.mouse.move(area.x + area.width - 2, area.y + area.height / 2);
    const tooltip = page.getByRole('tooltip');
    await expect.poll(() => tooltip.count()).toBe(1);
    const items = await tooltip.getByRole('listitem').allTextContents();
    expect(await tooltip.locator('p').textContent()).toBe('6月');
    expect(items).toEqual([expect.stringMatching(/^本期：[\d,]+ 户$/), expect.stringMatching(/^去年同期：[\d,]+ 户$/), expect.stringMatching(/^月度目标：[\d,]+ 户$/)]);
    await page.mouse.move(5, 5);
    await expect.poll(() => tooltip.count()).toBe(0);
  });
});
