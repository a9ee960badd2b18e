// Issue 24 (deck): chart text a presenter and a reader see — every month on a trend axis,
// tooltips in Chinese, and a projected slide that shows nothing under a resting mouse.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, firstCompletionBar } from './browser';

const current = (page: Page) => page.locator('.deck__slot.is-current .slide');

describe('deck charts (production build)', () => {
  const b = useBrowser();

  it('labels every month on an area card trend axis, 10月 and 11月 included', async () => {
    const { page } = b;
    await page.setViewportSize({ width: 1440, height: 4000 });
    await page.goto(b.url('/overview?from=2021-01&to=2021-12'));
    const chart = page.locator('svg.recharts-surface').filter({ hasText: '1月' }).first();
    await chart.waitFor({ timeout: 15_000 });
    await expect.poll(async () => (await chart.locator('text').allTextContents()).filter((t) => /^\d+月$/.test(t))).toEqual(Array.from({ length: 12 }, (_, i) => `${i + 1}月`));
  });

  it('shows no tooltip or hover band on a projected slide under a resting mouse', async () => {
    const { page } = b;
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(b.url('/present?as=leader&from=2021-01&to=2021-06&slide=2'));
    const surface = current(page).locator('.recharts-surface').first();
    await surface.waitFor({ timeout: 15_000 });
    const box = (await surface.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.move(box.x + box.width / 2 + 5, box.y + box.height / 2 + 5);
    await page.waitForTimeout(300);
    expect(await page.getByRole('tooltip').count()).toBe(0);
    expect(await current(page).locator('.recharts-tooltip-cursor').count()).toBe(0);
    expect(await current(page).textContent()).not.toMatch(/value/);
  });

  it('writes a bar chart tooltip in Chinese, never "value : …"', async () => {
    const { page } = b;
    const { bar } = await firstCompletionBar(page, b.url);
    await bar.hover();
    const tooltip = page.getByRole('tooltip');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    const text = (await tooltip.textContent()) ?? '';
    expect(text).not.toMatch(/value/);
    expect(text).toMatch(/：/);
  });
});
