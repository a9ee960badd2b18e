// Issue 24 item 7 (charts): every chart says one thing, plainly — a 序时 100% line on every
// completion chart (and none on a count chart), each bar's figure at its end where it fits,
// and one y-axis, labelled with its unit, on the trend cards.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';

const completionChart = (page: Page, metricName: string) => page.getByRole('img', { name: new RegExp(`^各社区${metricName}完成率：`) });

/** Each drawn bar of a ranking chart: its length in px and the value written inside it (null: none). */
const barsOf = (chart: Locator) =>
  chart.locator('.recharts-bar-rectangle').evaluateAll((groups) =>
    groups.map((g) => ({ width: (g.querySelector('path') as SVGPathElement).getBBox().width, value: g.querySelector('.bar-value')?.textContent ?? null })),
  );

describe('chart marks (production build)', () => {
  const b = useBrowser();

  it('draws a 序时 100% line on the overview completion chart, beside the average', async () => {
    const { page } = b;
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(b.url('/overview?as=leader&from=2021-01&to=2021-06'));
    const chart = completionChart(page, '走访群众');
    await chart.scrollIntoViewIfNeeded();
    const pace = chart.locator('.chart-reference', { hasText: '序时 100%' });
    await pace.waitFor({ timeout: 15_000 });
    expect(await pace.getAttribute('data-value')).toBe('1');
    expect(await chart.locator('.chart-reference', { hasText: /^平均/ }).count()).toBe(1);
    // The line sits at 100% of the value axis: where the axis' "100.0%" tick is.
    const line = (await pace.locator('line').boundingBox())!;
    const tick = (await chart.locator('text.recharts-xAxis', { hasText: /^100\.0%$/ }).boundingBox())!;
    expect(Math.abs(line.x - (tick.x + tick.width / 2))).toBeLessThan(2);
  });

  it('draws the 序时 100% line on /rankings by completion, and none when ranked by value', async () => {
    const { page } = b;
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(b.url('/rankings?as=leader&metric=visits&from=2021-01&to=2021-06'));
    await page.getByRole('button', { name: '图表', exact: true }).click();
    const chart = page.getByRole('img', { name: /^各社区走访群众排名/ });
    await chart.locator('.chart-reference', { hasText: '序时 100%' }).waitFor({ timeout: 15_000 });
    await page.goto(b.url('/rankings?as=leader&metric=visits&by=value&from=2021-01&to=2021-06'));
    await page.getByRole('button', { name: '图表', exact: true }).click();
    await page.getByRole('img', { name: /^各社区走访群众排名/ }).locator('.recharts-bar-rectangle').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('.chart-reference', { hasText: '序时' }).count()).toBe(0);
  });

  it('writes each bar’s figure at its end, the same as the table’s, and none on a bar too short for it', async () => {
    const { page } = b;
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(b.url('/overview?as=leader&from=2021-01&to=2021-06'));
    const chart = completionChart(page, '走访群众');
    await chart.scrollIntoViewIfNeeded();
    await chart.locator('.bar-value').first().waitFor({ timeout: 15_000 });
    const bars = await barsOf(chart);
    expect(bars).toHaveLength(20);
    // Every bar here is long enough: its figure is written, as the summary sentence writes it.
    expect(bars.every((bar) => bar.value !== null && /^\d+\.\d%$/.test(bar.value))).toBe(true);
    expect(bars[0].value).toBe('120.7%');
    expect(bars[19].value).toBe('75.1%');

    // One month of disputes: several communities mediated none, a bar of a couple of pixels.
    await page.goto(b.url('/overview?as=leader&metric=disputes_mediated&from=2021-03&to=2021-03'));
    const disputes = completionChart(page, '化解矛盾纠纷');
    await disputes.scrollIntoViewIfNeeded();
    await disputes.locator('.bar-value').first().waitFor({ timeout: 15_000 });
    const small = await barsOf(disputes);
    const short = small.filter((bar) => bar.width < 10);
    expect(short.length).toBeGreaterThan(0);
    expect(short.every((bar) => bar.value === null)).toBe(true);
    expect(small.filter((bar) => bar.width > 100).every((bar) => bar.value !== null)).toBe(true);
  });

  it('gives an overview trend card one y-axis, labelled with its unit', async () => {
    const { page } = b;
    await page.setViewportSize({ width: 1440, height: 4000 });
    await page.goto(b.url('/overview?as=leader&from=2021-01&to=2021-06'));
    const chart = page.getByRole('img', { name: /^走访群众累计与序时目标/ });
    await chart.scrollIntoViewIfNeeded();
    await chart.locator('.recharts-bar-rectangle').first().waitFor({ timeout: 15_000 });
    expect(await chart.locator('g.recharts-yAxis').count()).toBe(1);
    expect(await chart.locator('.chart-axis-unit').allTextContents()).toEqual(['户']);
  });

  it('labels the metric page trend’s one y-axis with its unit, not a unit on every tick', async () => {
    const { page } = b;
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(b.url('/metrics/visits?as=leader&from=2021-01&to=2021-06'));
    const chart = page.getByRole('img', { name: /^走访群众月度趋势/ });
    await chart.locator('.recharts-line').first().waitFor({ timeout: 15_000 });
    expect(await chart.locator('g.recharts-yAxis').count()).toBe(1);
    expect(await chart.locator('.chart-axis-unit').allTextContents()).toEqual(['户']);
    const ticks = await chart.locator('text.recharts-yAxis').allTextContents();
    expect(ticks.length).toBeGreaterThan(2);
    expect(ticks.some((t) => t.includes('户'))).toBe(false);
  });
});
