// Exports and print in the production build, in Chromium: the CSV's bytes and rows, the PNG's
// size read from its header, and print media showing figures only, every chart drawn.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';

async function download(page: Page, panel: Locator, item: string): Promise<{ name: string; bytes: Buffer }> {
  await panel.getByRole('button', { name: /^导出：/ }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: item }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

/** A CSV line split into cells (the app quotes only cells with commas, quotes or line breaks; names here have none). */
const cellsOf = (line: string) => line.split(',');

describe('exports and print (production build)', () => {
  const b = useBrowser();

  it('downloads the completion chart’s CSV: BOM first, and the same rows as its table', async () => {
    const { page } = b;
    await page.goto(b.url('/overview?from=2021-01&to=2021-06'));
    const panel = page.getByRole('region', { name: '各社区目标完成率' });
    await expect.poll(() => panel.locator('.recharts-bar-rectangle').count(), { timeout: 10_000 }).toBe(20);
    const csv = await download(page, panel, '下载 CSV 表格');
    expect(csv.name).toBe('各社区走访群众完成率_2021年1—6月.csv');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.bytes.subarray(3).toString('utf8').split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('各社区走访群众完成率；单位：户；时段：2021年1—6月；数据截至：2021年6月');
    expect(cellsOf(lines[1])).toEqual(['排名', '社区', '完成值（户）', '序时目标（户）', '序时目标（精确）（户）', '完成率（%）', '序时进度']);

    await panel.getByRole('button', { name: '表格' }).click();
    const table = panel.getByRole('table');
    const shown = await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '')));
    const exported = lines.slice(2).map(cellsOf);
    expect(exported).toHaveLength(shown.length);
    exported.forEach(([rank, name, value, target, exactTarget, completion, pace], i) => {
      const [tRank, tName, tValue, tTarget, tCompletion, tPace] = shown[i];
      expect(rank).toBe(tRank);
      expect(name).toBe(tName);
      expect(Number(value).toLocaleString('zh-CN')).toBe(tValue);
      // The target in whole units as on screen, the exact figure beside it.
      expect(Number(target).toLocaleString('zh-CN')).toBe(tTarget);
      expect(Number.isInteger(Number(target))).toBe(true);
      expect(Math.abs(Number(exactTarget) - Number(target))).toBeLessThanOrEqual(0.5);
      expect(`${Number(completion).toFixed(1)}%`).toBe(tCompletion);
      expect(tPace).toContain(pace);
    });
    expect(b.consoleErrors).toEqual([]);
  });

  it('downloads a PNG of the chart 1920 px wide', async () => {
    const { page } = b;
    await page.goto(b.url('/overview?from=2021-01&to=2021-06'));
    const panel = page.getByRole('region', { name: /^走访群众：/ });
    await panel.scrollIntoViewIfNeeded();
    await expect.poll(() => panel.locator('.recharts-line-curve').count(), { timeout: 10_000 }).toBe(2);
    const png = await download(page, panel, '下载 PNG 图片');
    expect(png.name).toBe('走访群众累计与序时目标_2021年1—6月.png');
    // PNG signature, then the IHDR chunk: width and height as big-endian 32-bit integers.
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect(png.bytes.readUInt32BE(16)).toBe(1920);
    expect(png.bytes.readUInt32BE(20)).toBeGreaterThan(600);
    expect(b.consoleErrors).toEqual([]);
  });

  it('prints figures only: no navigation or buttons, every chart drawn, the period stamped', async () => {
    const { page } = b;
    await page.goto(b.url('/overview?from=2021-01&to=2021-06&metric=parking_spaces'));
    await page.getByRole('article', { name: '走访群众' }).getByText('目标').first().waitFor();
    // Nothing scrolled: the trend charts below the fold are on the page, not drawn yet.
    await expect.poll(() => page.locator('.chart-frame__chart[data-drawn="false"]').count()).toBeGreaterThan(0);
    // On screen the root carries no stamp: written there, each period change would restyle the page.
    const rootStamp = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--print-stamp'));
    expect(await rootStamp()).toBe('');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: '主导航' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: '上一年' }).isVisible()).toBe(false);
    expect(await page.locator('button:visible').count()).toBe(0);
    const charts = page.locator('.chart-frame__chart');
    const count = await charts.count();
    expect(count).toBe(6);
    await expect.poll(() => page.locator('.chart-frame__chart .recharts-wrapper > svg .recharts-bar-rectangle').count(), { timeout: 10_000 }).toBeGreaterThan(20);
    for (let i = 0; i < count; i++) await expect.poll(() => charts.nth(i).locator('.recharts-bar-rectangle').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const stamp = page.locator('.print-stamp');
    expect(await stamp.isVisible()).toBe(true);
    expect(await stamp.textContent()).toMatch(/^稠城街道工作进度 · 时段：2021年1—6月 · 指标：新增停车位 · 数据截至 2021年6月（更新于 .+） · 打印于 .+$/);
    // Every printed page carries it in its margin (styles.css @page reads this property).
    expect(await rootStamp()).toContain('时段：2021年1—6月');
    expect(b.consoleErrors).toEqual([]);
  });
});
