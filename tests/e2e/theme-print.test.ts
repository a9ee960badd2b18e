// Themes and paper in the production build: the OS dark setting is followed until the user
// chooses (persisted, applied before the first paint), and printing shows no keyboard help and
// keeps each page's stamp off the charts, 红榜 readable on white.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { contrastRatio, relativeLuminance, TEXT_CONTRAST_MIN } from '../../src/domain/contrast';
import { useBrowser } from './browser';

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

interface Box { x: number; y: number; width: number; height: number }
const intersects = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('theme (production build)', () => {
  const b = useBrowser();

  it('follows the OS dark setting with no choice stored; 浅色 chosen wins, across a reload, from the first frame', async () => {
    const { page } = b;
    await page.emulateMedia({ colorScheme: 'dark' });
    // The root's background at the first rendered frame of every load (a flash would show here).
    await page.addInitScript(() => requestAnimationFrame(() => ((window as unknown as { firstBg: string }).firstBg = getComputedStyle(document.documentElement).backgroundColor)));
    await page.goto(b.url('/overview?from=2020-01&to=2020-12'));
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(async () => relativeLuminance(await background(page))).toBeLessThan(0.05);
    const theme = page.getByLabel('外观');
    expect(await theme.inputValue()).toBe('system');

    await theme.selectOption({ label: '浅色' });
    await expect.poll(async () => relativeLuminance(await background(page))).toBeGreaterThan(0.8);
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { firstBg: string }).firstBg)).not.toBe('');
    expect(relativeLuminance(await page.evaluate(() => (window as unknown as { firstBg: string }).firstBg))).toBeGreaterThan(0.8);
    await expect.poll(async () => relativeLuminance(await background(page))).toBeGreaterThan(0.8);
    expect(await page.getByLabel('外观').inputValue()).toBe('light');

    // 深色 chosen on a light OS; 跟随系统 again follows it.
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByLabel('外观').selectOption({ label: '深色' });
    await expect.poll(async () => relativeLuminance(await background(page))).toBeLessThan(0.05);
    await page.getByLabel('外观').selectOption({ label: '跟随系统' });
    await expect.poll(async () => relativeLuminance(await background(page))).toBeGreaterThan(0.8);
  });

  it('prints the deck without keyboard help, each page’s stamp clear of its charts, 红榜 readable on white', async () => {
    const { page } = b;
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(b.url('/present?from=2020-01&to=2020-12'));
    await page.locator('.deck__slot.is-current').waitFor();
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await expect.poll(() => page.locator('.deck__slot .recharts-surface').count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(8);

    const first = page.locator('.deck__slot').first();
    expect(await first.getByText('PageDown').isVisible()).toBe(false);
    expect(await first.locator('.deck__stamp').isVisible()).toBe(true);

    const slots = await page.locator('.deck__slot').evaluateAll((els) =>
      els.map((slot) => {
        const box = (e: Element) => {
          const r = e.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height };
        };
        // Legend icons are recharts surfaces too: a chart is a wide one.
        const charts = [...slot.querySelectorAll('.recharts-surface')].map(box).filter((r) => r.width > 100);
        return { stamp: box(slot.querySelector('.deck__stamp') as Element), charts };
      }),
    );
    expect(slots.length).toBeGreaterThanOrEqual(9);
    slots.forEach(({ stamp, charts }, i) => charts.forEach((chart) => expect(intersects(stamp, chart), `page ${i + 1}`).toBe(false)));

    const boards = await page.locator('.slide__board--red h2').evaluateAll((els) => els.map((h) => [getComputedStyle(h).color, getComputedStyle(h.closest('.deck-canvas') as Element).backgroundColor]));
    expect(boards.length).toBeGreaterThan(0);
    for (const [color, paper] of boards) {
      expect(relativeLuminance(paper)).toBe(1);
      expect(contrastRatio(color, paper)).toBeGreaterThanOrEqual(TEXT_CONTRAST_MIN);
    }
  });

  it('prints a page on white in any screen theme: status colours readable, the stamp clear of the charts', async () => {
    const { page } = b;
    await page.addInitScript(() => localStorage.setItem('ui-preferences', JSON.stringify({ state: { theme: 'projector' }, version: 0 })));
    await page.goto(b.url('/overview?from=2020-01&to=2020-12'));
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('.recharts-surface').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(relativeLuminance(await background(page))).toBe(1);
    // 超前/滞后, ▲▼, 同比 and 红黑榜 marks in their theme colours, on paper.
    const marks = await page.locator('.pace, .move, .delta, .board').evaluateAll((els) =>
      els.map((e) => ({ text: e.textContent, color: getComputedStyle(e).color, on: getComputedStyle(e).backgroundColor })),
    );
    expect(marks.length).toBeGreaterThan(0);
    const weak = marks.filter((m) => contrastRatio(m.color, m.on === 'rgba(0, 0, 0, 0)' ? '#ffffff' : m.on) < TEXT_CONTRAST_MIN);
    expect(weak).toEqual([]);
    const stamp = await page.locator('.print-stamp').boundingBox();
    expect(stamp).not.toBeNull();
    const charts = (await page.locator('.recharts-surface').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as Box))).filter((r) => r.width > 100);
    for (const chart of charts) expect(intersects(stamp as Box, chart)).toBe(false);
  });
});
