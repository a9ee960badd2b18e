// The app on a 390×844 touch phone (the work app's web view), in the production build: every
// route stays inside the screen with a compact header and finger-sized controls; the
// secretary's answer is on the first screen; tooltips come on tap; the period is one sheet.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE, seriousA11yViolations, useBrowser, firstCompletionBar } from './browser';

const ROUTES = [
  { name: '总览', path: '/overview', ready: '各社区' },
  { name: '指标', path: '/metrics/visits', ready: '走访群众' },
  { name: '排名', path: '/rankings', ready: '综合指数排名' },
  { name: '书记首页', path: '/?as=secretary-cilin', ready: '查看全部社区综合指数排名' },
  { name: '社区页（领导）', path: '/communities/cilin', ready: '查看全部社区综合指数排名' },
  { name: '会议演示', path: '/present', ready: '稠城街道工作进度' },
  { name: '页面不存在', path: '/no-such-page', ready: '页面不存在' },
];

/** Waits for the page's heading and its figures (no skeleton left). */
async function settle(page: Page, text: string) {
  await page.getByText(text).first().waitFor({ timeout: 15_000 });
  await expect.poll(() => page.locator('[aria-busy="true"], .skeleton').count(), { timeout: 15_000 }).toBe(0);
}

/** What breaks the phone layout on the page now: wide elements, a tall header, small targets. */
function layoutProblems(page: Page) {
  return page.evaluate(() => {
    const visible = (e: Element) => {
      const r = e.getBoundingClientRect();
      const style = getComputedStyle(e);
      return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && !e.closest('[aria-hidden="true"], [inert]');
    };
    const wide = [...document.querySelectorAll('body *')]
      .filter((e) => visible(e) && e.getBoundingClientRect().right > innerWidth + 0.5)
      .map((e) => `${e.tagName.toLowerCase()}.${e.getAttribute('class') ?? ''} right=${Math.round(e.getBoundingClientRect().right)}`);
    const header = document.querySelector('header.shell__header')?.getBoundingClientRect().height ?? 0;
    const small = [...document.querySelectorAll('a, button, select, summary')]
      .filter((e) => visible(e) && !e.closest('svg') && !e.matches('.skip-link:not(:focus)') && e.getBoundingClientRect().height < 44 - 0.5)
      .map((e) => `${e.tagName.toLowerCase()} “${(e.textContent ?? '').trim().slice(0, 20)}” ${Math.round(e.getBoundingClientRect().height)}px`);
    return { scrollWidth: document.documentElement.scrollWidth, wide: wide.slice(0, 5), header, small: small.slice(0, 5) };
  });
}

describe('on a phone (390×844, touch)', () => {
  const b = useBrowser(PHONE);

  for (const route of ROUTES) {
    it(`${route.name} (${route.path}) fits the screen: nothing wider, header ≤ 56 px, targets ≥ 44 px, axe clean`, async () => {
      const { page } = b;
      await page.goto(b.url(route.path));
      await settle(page, route.ready);
      const problems = await layoutProblems(page);
      expect(problems.scrollWidth).toBeLessThanOrEqual(390);
      expect(problems.wide).toEqual([]);
      expect(problems.header).toBeLessThanOrEqual(56);
      expect(problems.small).toEqual([]);
      expect(await seriousA11yViolations(page)).toEqual([]);
      expect(b.consoleErrors).toEqual([]);
    });
  }

  it('shows the secretary’s overall rank and a gap to the next place on the first screen', async () => {
    const { page } = b;
    await page.goto(b.url('/?as=secretary-cilin'));
    const headline = page.getByRole('region', { name: '词林社区综合指数排名' });
    await headline.getByText(/^第 \d+ 名/).waitFor();
    const rank = await headline.locator('.home-headline__figure').boundingBox();
    const gap = await headline.getByText(/综合指数升至第 \d+ 名还需 \+[\d.]+ 分，约\S+再(增加|减少) [\d,]+ \S+/).boundingBox();
    const link = await headline.getByRole('link', { name: /查看全部社区/ }).boundingBox();
    for (const box of [rank, gap, link]) {
      expect(box).not.toBeNull();
      expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(844);
    }
  });

  it('shows a bar’s tooltip on tap and hides it on a tap elsewhere', async () => {
    const { page } = b;
    const { bar } = await firstCompletionBar(page, b.url);
    const tooltip = page.getByRole('tooltip');
    await bar.tap();
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.textContent()).toMatch(/社区.*%/);
    // Inside the screen.
    const tip = (await tooltip.boundingBox())!;
    expect(tip.x).toBeGreaterThanOrEqual(0);
    expect(tip.x + tip.width).toBeLessThanOrEqual(390);
    await page.getByRole('heading', { level: 1 }).tap();
    await expect.poll(() => tooltip.count()).toBe(0);
  });

  it('says how many bars the completion chart shows, and shows that many: a dozen on a phone, their value axis legible', async () => {
    const { page } = b;
    await page.goto(b.url('/overview?from=2021-01&to=2021-06'));
    const chart = page.getByRole('img', { name: /^各社区走访群众完成率：/ });
    await chart.scrollIntoViewIfNeeded();
    await chart.locator('.recharts-bar-rectangle').first().waitFor({ timeout: 15_000 });
    expect(await chart.getAttribute('aria-label')).toContain('图中只显示完成率最低的 12 个社区。');
    expect(await chart.locator('.recharts-bar-rectangle').count()).toBe(12);
    // The value axis's labels ("100.0%") side by side, none over the next.
    const labels = await chart
      .locator('.recharts-cartesian-axis-tick-label text')
      .filter({ hasText: /%$/ })
      .evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect()).map((r) => [r.left, r.right]));
    expect(labels.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < labels.length; i++) expect(labels[i][0], `label ${i + 1} starts after label ${i} ends`).toBeGreaterThanOrEqual(labels[i - 1][1]);
  });

  it('changes the period from the bottom sheet: the page, the button and the URL follow, and Back leaves the page', async () => {
    const { page } = b;
    await page.goto(b.url('/overview?from=2021-01&to=2021-06'));
    await settle(page, '各社区');
    await page.getByRole('button', { name: '菜单' }).tap();
    await page.getByRole('link', { name: '排名' }).tap();
    await page.waitForURL(/\/rankings\?/);
    await page.getByRole('button', { name: /统计时段：\s*2021年1—6月/ }).tap();
    const sheet = page.getByRole('dialog', { name: '选择时段' });
    await sheet.waitFor();
    await sheet.getByRole('combobox', { name: /^从/ }).selectOption('2021-04');
    await sheet.getByRole('button', { name: '应用' }).tap();
    await sheet.waitFor({ state: 'detached' });
    await page.waitForURL(/from=2021-04&to=2021-06/);
    await page.getByRole('heading', { level: 1, name: '社区排名 · 2021年4—6月' }).waitFor();
    expect(await page.getByRole('button', { name: /统计时段：/ }).textContent()).toContain('2021年4—6月');
    // The period replaced the history entry; the page change pushed one: Back returns to 总览.
    await page.goBack();
    await page.waitForURL(/\/overview\?/);
  });

  it('keeps the period and the scroll position through a turn to landscape and back', async () => {
    const { page } = b;
    await page.goto(b.url('/overview?from=2021-01&to=2021-03'));
    await settle(page, '各社区');
    await page.evaluate(() => window.scrollTo(0, 900));
    const before = await page.evaluate(() => window.scrollY);
    // Each turn has happened once the page is laid out at the new width.
    await page.setViewportSize({ width: 844, height: 390 });
    await expect.poll(() => page.evaluate(() => document.documentElement.clientWidth)).toBe(844);
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => page.evaluate(() => document.documentElement.clientWidth)).toBe(390);
    expect(page.url()).toContain('from=2021-01&to=2021-03');
    // The panel read before the turn is back where it was (the browser alone came back a card off).
    await expect.poll(async () => Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThan(24);
    expect(await page.getByRole('button', { name: /统计时段：\s*2021年1—3月/ }).count()).toBe(1);
  });

  it('with a large system font (text at 130 %), the secretary’s first screen has no overlapping text', async () => {
    const { page } = b;
    await page.goto(b.url('/?as=secretary-cilin'));
    // Android's text zoom scales every font; the app's sizes are in rem, so the root's size stands for it.
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '130%', 'important'));
    await settle(page, '查看全部社区综合指数排名');
    const overlaps = await page.evaluate(() => {
      // Every element with its own text on the first screen, as boxes of its text lines.
      const boxes: Array<{ text: string; r: DOMRect }> = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = (n.textContent ?? '').trim();
        const el = n.parentElement;
        if (!text || !el || el.closest('svg, .visually-hidden, [aria-hidden="true"]') || getComputedStyle(el).visibility === 'hidden') continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        for (const r of range.getClientRects()) if (r.width > 0 && r.top < innerHeight && r.bottom > 0) boxes.push({ text: text.slice(0, 16), r });
      }
      const hits: string[] = [];
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i].r;
          const c = boxes[j].r;
          const x = Math.min(a.right, c.right) - Math.max(a.left, c.left);
          const y = Math.min(a.bottom, c.bottom) - Math.max(a.top, c.top);
          if (x > 2 && y > 2) hits.push(`“${boxes[i].text}” × “${boxes[j].text}”`);
        }
      return hits;
    });
    expect(overlaps).toEqual([]);
    const header = await page.locator('header.shell__header').boundingBox();
    expect(header?.height).toBeLessThanOrEqual(56);
  });
  // Issue 24, item 3: the secretary's home and /rankings were 5,201 and 9,345 px tall on a phone.
  it('lists one line per metric at home, its details on a keyboard-operable disclosure, in under 2,600 px', async () => {
    const { page } = b;
    await page.goto(b.url('/?as=secretary-cilin&from=2021-01&to=2021-06'));
    const list = page.getByRole('list', { name: '词林社区各项指标' });
    const line = list.getByRole('button', { name: /^走访群众 · 第 \d+ \/ \d+ 名 · / });
    await line.waitFor();
    await expect.poll(() => line.getAttribute('aria-expanded')).toBe('false');
    const details = list.locator(`[id="${(await line.getAttribute('aria-controls')) ?? ''}"]`);
    expect(await details.isVisible()).toBe(false);
    await line.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => line.getAttribute('aria-expanded')).toBe('true');
    expect(await details.isVisible()).toBe(true);
    expect(await details.textContent()).toMatch(/序时目标/);
    await line.click();
    await expect.poll(() => line.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(2600);
  });

  it('draws the 红榜, 本社区 and 黑榜 on /rankings, not the dozen furthest behind, in under 4,000 px', async () => {
    const { page } = b;
    await page.goto(b.url('/rankings?as=secretary-cilin&from=2021-01&to=2021-06'));
    const chart = page.getByRole('img', { name: /^各社区综合指数排名/ });
    await chart.locator('svg text').first().waitFor();
    const text = (await chart.locator('svg text').allTextContents()).join(' ');
    expect(text).toMatch(/红榜/);
    expect(text).toMatch(/本社区/);
    expect(text).toMatch(/黑榜/);
    // 20 communities: 3 + 3 on the boards and 词林 in between, not ranks 9–20.
    expect(await chart.locator('.recharts-bar-rectangle').count()).toBeLessThanOrEqual(7);
    await settle(page, '红黑榜记录');
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(4000);
  });
});
