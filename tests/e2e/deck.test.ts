// The meeting deck in the production build, driven by keyboard as a presenter would: every
// slide drawn with a headline whose numbers are the data's, readable sizes, no scrollbars, the
// slide in the URL, the community round, and presenting offline after the network drops.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startMockHttpServer } from '../../mocks/http-server';
import { launchChromium } from '../support/chromium';
import { figureOf, targetOf } from '../support/dataset-figures';
import { seriousA11yViolations, useBrowser } from './browser';

const number = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('zh-CN', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const signed = new Intl.NumberFormat('zh-CN', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
const paceWord = (r: number) => (r >= 1.1 ? '超前' : r >= 0.95 ? '正常' : r >= 0.8 ? '滞后' : '严重滞后');

/** The area slides' headlines for 2021年1—6月, computed from the sample data. */
const AREAS: Array<{ title: string; metric: string; name: string; unit: string }> = [
  { title: '走访群众', metric: 'visits', name: '走访群众', unit: '户' },
  { title: '民生实事与矛盾纠纷', metric: 'problems_solved', name: '解决群众问题', unit: '个' },
  { title: '停车设施', metric: 'parking_spaces', name: '新增停车位', unit: '个' },
  { title: '“三无行动”飞线整治', metric: 'cables_cleared', name: '清剪户外零星飞线', unit: '处' },
  { title: '办件服务', metric: 'centre_cases', name: '街道行政服务中心受理事项', unit: '件' },
];
function expectedHeadline({ metric, name, unit }: (typeof AREAS)[number]): string {
  const value = figureOf(metric, null, '2021-01', '2021-06') as number;
  const lastYear = figureOf(metric, null, '2020-01', '2020-06') as number;
  const yearTarget = targetOf(metric, 2021, null) as number;
  return `2021年1—6月${name} ${number.format(value)} ${unit}，完成年度目标 ${percent.format(value / yearTarget)}，序时进度${paceWord(value / (yearTarget / 2))}；同比 ${signed.format((value - lastYear) / lastYear)}。`;
}

const current = (page: Page) => page.locator('.deck__slot.is-current .slide');
const countOf = async (page: Page) => Number((await page.locator('.deck__count').textContent())?.split('/')[1]);

async function drawnMarks(page: Page): Promise<number> {
  return current(page).locator('.recharts-bar-rectangle path, .recharts-line-curve').count();
}

describe('the meeting deck (production build)', () => {
  const b = useBrowser();

  it('steps through every slide by keyboard: each drawn, with a headline from the data, readable at 1080p, without scrollbars', async () => {
    const { page } = b;
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(b.url('/present?from=2021-01&to=2021-06'));
    await current(page).waitFor();
    // No app header, navigation or period bar on the deck.
    expect(await page.getByRole('navigation', { name: '主导航' }).count()).toBe(0);
    const count = await countOf(page);
    expect(count).toBe(9);
    const seen: string[] = [];
    for (let i = 0; i < count; i++) {
      await expect.poll(() => page.locator('.deck__count').textContent()).toBe(`${i + 1} / ${count}`);
      // Slide 1 may have no ?slide= yet; every step writes it.
      expect(i === 0 ? [null, '1'] : [String(i + 1)]).toContain(new URL(page.url()).searchParams.get('slide'));
      const title = current(page).locator('h1');
      seen.push((await title.textContent()) ?? '');
      expect(parseFloat(await title.evaluate((h) => getComputedStyle(h).fontSize))).toBeGreaterThanOrEqual(48);
      if (i > 0) {
        await expect.poll(() => drawnMarks(page), { timeout: 10_000 }).toBeGreaterThan(0);
        const headline = current(page).locator('.slide__headline');
        expect(parseFloat(await headline.evaluate((p) => getComputedStyle(p).fontSize))).toBeGreaterThanOrEqual(32);
        const tick = current(page).locator('.recharts-cartesian-axis-tick-value').first();
        expect(parseFloat(await tick.evaluate((t) => getComputedStyle(t).fontSize))).toBeGreaterThanOrEqual(20);
        const area = AREAS.find((a) => a.title === seen[i]);
        if (area) expect(await headline.textContent()).toBe(expectedHeadline(area));
      }
      expect(await page.evaluate(() => [document.documentElement.scrollWidth <= innerWidth, document.documentElement.scrollHeight <= innerHeight])).toEqual([true, true]);
      await page.keyboard.press(i % 2 ? 'ArrowRight' : 'PageDown');
    }
    expect(seen).toEqual(['稠城街道工作进度', ...AREAS.map((a) => a.title), '各社区走访群众完成率', '综合指数红黑榜', '需要关注']);
    expect(b.consoleErrors).toEqual([]);
  });

  it('fits a 1280×720 window without scrollbars', async () => {
    const { page } = b;
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(b.url('/present?from=2021-01&to=2021-06&slide=2'));
    await expect.poll(() => drawnMarks(page), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight])).toEqual([1280, 720]);
    const box = await page.locator('.deck-canvas').boundingBox();
    expect([box?.x, box?.y, box?.width, box?.height].map((v) => Math.round(v ?? -1))).toEqual([0, 0, 1280, 720]);
    // A window resized during the meeting: the canvas follows, still whole and centred.
    await page.setViewportSize({ width: 1600, height: 1000 });
    await expect.poll(async () => (await page.locator('.deck-canvas').boundingBox())?.width).toBeCloseTo(1600, 0);
    const resized = await page.locator('.deck-canvas').boundingBox();
    expect([resized?.x, resized?.y, resized?.height].map((v) => Math.round(v ?? -1))).toEqual([0, 50, 900]);
  });

  it('keeps the slide in the URL: a reload on slide 3 stays there; PageDown, End, digits + Enter', async () => {
    const { page } = b;
    await page.goto(b.url('/present?from=2021-01&to=2021-06&slide=3'));
    await expect.poll(() => page.locator('.deck__count').textContent()).toBe('3 / 9');
    await page.reload();
    await expect.poll(() => page.locator('.deck__count').textContent()).toBe('3 / 9');
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.locator('.deck__count').textContent()).toBe('4 / 9');
    await page.keyboard.press('End');
    await expect.poll(() => page.locator('.deck__count').textContent()).toBe('9 / 9');
    await page.keyboard.press('2');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.deck__count').textContent()).toBe('2 / 9');
    await page.keyboard.press('Home');
    await expect.poll(() => page.locator('.deck__count').textContent()).toBe('1 / 9');
  });

  it('counts every press of a clicker, also presses quicker than the slides draw', async () => {
    const { page } = b;
    await page.goto(b.url('/present?from=2021-01&to=2021-06&slide=2'));
    await expect.poll(() => drawnMarks(page)).toBeGreaterThan(0);
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.locator('.deck__count').textContent()).toBe('5 / 9');
    await page.keyboard.press('PageUp');
    await page.keyboard.press('PageUp');
    await expect.poll(() => page.locator('.deck__count').textContent()).toBe('3 / 9');
    expect(new URL(page.url()).searchParams.get('slide')).toBe('3');
  });

  it('opens the nearest slide for an out-of-range or malformed ?slide= and fixes the URL', async () => {
    const { page } = b;
    await page.goto(b.url('/present?from=2021-01&to=2021-06&slide=99'));
    await expect.poll(() => page.locator('.deck__count').textContent()).toBe('9 / 9');
    await expect.poll(() => new URL(page.url()).searchParams.get('slide')).toBe('9');
    await page.goto(b.url('/present?from=2021-01&to=2021-06&slide=-4'));
    await expect.poll(() => new URL(page.url()).searchParams.get('slide')).toBe('1');
  });

  it('goes round the table: one slide per community once the round is chosen', async () => {
    const { page } = b;
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(b.url('/present?from=2021-01&to=2021-06'));
    await current(page).waitFor();
    await page.getByRole('button', { name: '选择幻灯片' }).click();
    const chooser = page.getByRole('dialog', { name: '选择幻灯片' });
    await chooser.getByRole('checkbox', { name: /社区轮讲/ }).check();
    await chooser.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => countOf(page)).toBe(29);
    await page.keyboard.press('9');
    await page.keyboard.press('Enter');
    const names: string[] = [];
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.locator('.deck__count').textContent()).toBe(`${10 + i} / 29`);
      names.push((await current(page).locator('h1').textContent()) ?? '');
      await expect.poll(() => drawnMarks(page), { timeout: 10_000 }).toBeGreaterThan(0);
      expect(await current(page).locator('.slide__headline').textContent()).toMatch(/^综合指数第 \d+ 名（共 20）/);
    }
    expect(new Set(names).size).toBe(20);
    // The choice is remembered.
    await page.reload();
    await expect.poll(() => countOf(page)).toBe(29);
  });

  it('exports the slide on screen as a 1920×1080 PNG, and prints the deck one slide per page', async () => {
    const { page } = b;
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(b.url('/present?from=2021-01&to=2021-06&slide=7'));
    await expect.poll(() => drawnMarks(page), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.getByRole('button', { name: /^导出：/ }).click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 PNG 图片' }).click()]);
    expect(file.suggestedFilename()).toBe('各社区走访群众完成率_2021年1—6月.png');
    const bytes = await readFile(await file.path());
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1920, 1080]);

    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('.deck__slot').count()).toBe(9);
    expect(await page.locator('.deck__footer').isVisible()).toBe(false);
    const slots = await page.locator('.deck__slot').evaluateAll((els) => els.map((e) => ({ page: getComputedStyle(e).page, breakAfter: getComputedStyle(e).breakAfter, height: e.getBoundingClientRect().height })));
    // One slide per page: a break after each but the last (no blank page at the end).
    slots.forEach((slot, i) => expect(slot).toEqual({ page: 'deck', breakAfter: i < slots.length - 1 ? 'page' : 'auto', height: 1080 }));
    const stamps = await page.locator('.deck__stamp').allTextContents();
    expect(stamps[4]).toBe('2021年1—6月 · 数据截至 2021年6月 · 第 5 / 9 页');
    // Every chart is drawn on paper, not only the slide that was on screen.
    await expect.poll(() => page.locator('.deck__slot .recharts-surface').count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(8);
  });

  it('has no serious accessibility violations on any slide', async () => {
    const { page } = b;
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(b.url('/present?from=2021-01&to=2021-06'));
    await current(page).waitFor();
    for (let i = 0; i < 9; i++) {
      if (i > 0) await expect.poll(() => drawnMarks(page), { timeout: 10_000 }).toBeGreaterThan(0);
      expect(await seriousA11yViolations(page), `slide ${i + 1}`).toEqual([]);
      await page.keyboard.press('ArrowRight');
    }
  });
});

describe('the deck offline', () => {
  it('presents after the network drops: the shell from the service worker, the figures from the saved snapshot, marked 离线', { timeout: 90_000 }, async () => {
    const server = await startMockHttpServer({ distDir: 'dist' });
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1920, height: 1080 } });
      const page = await context.newPage();
      await page.goto(`${server.url}/present?from=2021-01&to=2021-06&slide=2`);
      await expect.poll(() => drawnMarks(page), { timeout: 10_000 }).toBeGreaterThan(0);
      // The shell is cached and the page controlled; the snapshot is saved.
      await page.evaluate(() => navigator.serviceWorker.ready);
      await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 10_000 }).toBe(true);
      await expect.poll(() => page.evaluate(() => new Promise((resolve) => {
        const open = indexedDB.open('keyval-store');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('keyval')) return resolve(false);
          const get = db.transaction('keyval').objectStore('keyval').get('query-snapshot');
          get.onsuccess = () => resolve(get.result !== undefined);
        };
        open.onerror = () => resolve(false);
      })), { timeout: 10_000 }).toBe(true);
      const headline = await current(page).locator('.slide__headline').textContent();

      await server.close();
      await page.reload();
      await expect.poll(() => current(page).locator('.slide__headline').textContent(), { timeout: 15_000 }).toBe(headline);
      await expect.poll(() => drawnMarks(page), { timeout: 10_000 }).toBeGreaterThan(0);
      await expect.poll(() => page.locator('.deck__badge--offline').textContent(), { timeout: 15_000 }).toMatch(/^离线 · 数据截至 2021年6月/);
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.locator('.deck__count').textContent()).toBe('3 / 9');
      await expect.poll(() => drawnMarks(page), { timeout: 10_000 }).toBeGreaterThan(0);
      await context.close();
    } finally {
      await browser.close();
      await server.close().catch(() => undefined);
    }
  });
});
