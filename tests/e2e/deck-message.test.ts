// The deck's one message per slide (issue 24, items 10 and 12), in the production build: each
// area slide's big figure, its gap or the year's verdict, the area's other figures (the 2020
// deck shows the article's), and the community round in 综合指数 order, its advice naming a
// metric the slide charts.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';

const current = (page: Page) => page.locator('.deck__slot.is-current .slide');
const countOf = async (page: Page) => Number((await page.locator('.deck__count').textContent())?.split('/')[1]);
const drawnMarks = (page: Page) => current(page).locator('.recharts-bar-rectangle path, .recharts-line-curve').count();

describe('one message per slide (production build)', () => {
  const b = useBrowser();

  it('the 2020 deck shows the article’s figures on the area slides, each with the year’s verdict', async () => {
    const { page } = b;
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(b.url('/present?as=leader&from=2020-01&to=2020-12&slide=2'));
    await current(page).waitFor();
    const seen = new Map<string, { figure: string; gap: string; extras: string[] }>();
    for (let i = 2; i <= 6; i++) {
      await expect.poll(() => page.locator('.deck__count').textContent()).toBe(`${i} / ${await countOf(page)}`);
      const slide = current(page);
      await slide.locator('.slide__figure').waitFor();
      seen.set((await slide.locator('h1').textContent()) ?? '', {
        figure: ((await slide.locator('.slide__figure b').textContent()) ?? '') + ' ' + ((await slide.locator('.slide__figure p').textContent()) ?? '').split(' ')[1],
        gap: (await slide.locator('.slide__figure p span').textContent()) ?? '',
        extras: await slide.locator('.slide__figure li').allTextContents(),
      });
      await page.keyboard.press('ArrowRight');
    }
    expect(seen.get('走访群众')?.figure).toBe('3,046 户');
    expect(seen.get('民生实事与矛盾纠纷')).toMatchObject({ figure: '291 个', extras: ['收集民生实事 452 项', '化解矛盾纠纷 62 个', '问题解决率 64.4%'] });
    expect(seen.get('停车设施')?.figure).toBe('2,600 个');
    expect(seen.get('“三无行动”飞线整治')?.figure).toBe('3,300 处');
    expect(seen.get('办件服务')).toMatchObject({ figure: '14,017 件', extras: ['社区下沉办件 2,491 件', '按期办结率 100.0%'] });
    // A closed year reads 全年完成 / 未完成, never 序时进度.
    for (const { gap } of seen.values()) expect(gap).toMatch(/(全年完成|未完成)$/);
    expect(b.consoleErrors).toEqual([]);
  });

  it('goes round the communities in 综合指数 order, each slide’s advice naming a metric it charts', async () => {
    const { page } = b;
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(b.url('/present?as=leader&from=2021-01&to=2021-06'));
    await current(page).waitFor();
    await page.getByRole('button', { name: '选择幻灯片' }).click();
    const chooser = page.getByRole('dialog', { name: '选择幻灯片' });
    await chooser.getByRole('checkbox', { name: /社区轮讲/ }).check();
    await chooser.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => countOf(page)).toBe(29);
    await page.keyboard.press('9');
    await page.keyboard.press('Enter');
    const ranks: number[] = [];
    let advised = 0;
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.locator('.deck__count').textContent()).toBe(`${10 + i} / 29`);
      await expect.poll(() => drawnMarks(page), { timeout: 10_000 }).toBeGreaterThan(0);
      const headline = (await current(page).locator('.slide__headline').textContent()) ?? '';
      ranks.push(Number(/^综合指数第 (\d+) 名/.exec(headline)?.[1] ?? NaN));
      const facts = await current(page).locator('.slide__facts li').allTextContents();
      const weakest = facts.map((f) => /^最弱：(.+) [\d.]+%$/.exec(f)?.[1]).find(Boolean);
      if (!weakest) continue;
      // The bars' labels on the slide's chart.
      const labels = await current(page).locator('.recharts-yAxis.recharts-cartesian-axis-tick-value').allTextContents();
      expect(labels.some((l) => l.includes(weakest)), `${weakest} among ${labels.join('、')}`).toBe(true);
      const advice = facts[facts.findIndex((f) => f.startsWith('最弱：')) + 1];
      if (advice?.startsWith('该项')) {
        expect(advice).toMatch(/^该项再(增加|减少) [\d,.]+ \S+可升至第 \d+ 名$/);
        advised++;
      }
    }
    expect(ranks.every((r) => Number.isInteger(r))).toBe(true);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(ranks[0]).toBe(1);
    expect(advised).toBeGreaterThan(10);
  });
});
