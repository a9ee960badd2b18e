// The trend card's PNG (issue 24, item 14): a 540 px chart exported into a 1920 px picture must
// fill it, not sit small in the middle of a white canvas. The picture is decoded in Chromium and
// the drawn extent of the band between the legend and the source line (the chart) measured.
import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';

/** The picture's padding each side (src/lib/export/png.ts PAD): the content is 1920 − 2 × 72 wide. */
const CONTENT = 1920 - 2 * 72;
/** Below the chart: 32 px gap, the source line (32 px) and the padding (72 px). */
const BELOW_CHART = 32 + 32 + 72;

describe('the trend PNG (production build)', () => {
  const b = useBrowser();

  it('draws the chart across the picture’s width', async () => {
    const { page } = b;
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(b.url('/overview?from=2021-01&to=2021-06'));
    const panel = page.getByRole('region', { name: /^走访群众：/ });
    await panel.scrollIntoViewIfNeeded();
    await expect.poll(() => panel.locator('.recharts-line-curve').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const cardChartWidth = await panel.locator('.chart-frame__chart').evaluate((e) => e.getBoundingClientRect().width);
    expect(cardChartWidth).toBeLessThan(CONTENT / 2.5);
    await panel.getByRole('button', { name: /^导出：/ }).click();
    const [file] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: '下载 PNG 图片' }).click()]);
    const bytes = await readFile(await file.path());
    if (process.env.PNG_SHOT) await writeFile(process.env.PNG_SHOT, bytes);
    // Decoded in the page: the leftmost and rightmost drawn (not white) pixel of the chart's band.
    const extent = await page.evaluate(
      async ({ base64, below }) => {
        const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
        ctx.drawImage(bitmap, 0, 0);
        // Below title, period, a one-line summary and the legend (72 + 60 + 48 + 44 + 16 + 48).
        const top = 300;
        const { data: px } = ctx.getImageData(0, top, bitmap.width, bitmap.height - below - top);
        let min = Infinity;
        let max = -Infinity;
        for (let i = 0; i < px.length; i += 4) {
          if (px[i] > 235 && px[i + 1] > 235 && px[i + 2] > 235) continue;
          const x = (i / 4) % bitmap.width;
          min = Math.min(min, x);
          max = Math.max(max, x);
        }
        return { width: bitmap.width, min, max };
      },
      { base64: bytes.toString('base64'), below: BELOW_CHART },
    );
    expect(extent.width).toBe(1920);
    expect(extent.max - extent.min).toBeGreaterThan(0.9 * CONTENT);
    // And the card on the page has its own width back.
    await expect.poll(() => panel.locator('.chart-frame__chart').evaluate((e) => e.getBoundingClientRect().width)).toBe(cardChartWidth);
    expect(b.consoleErrors).toEqual([]);
  });
});
