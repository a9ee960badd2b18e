// A render error on the meeting deck is a plain-Chinese full-slide message with a way back,
// never a blank page or React Router's English one.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';

const DECK = '/present?from=2021-01&to=2021-06&slide=2';
const current = (page: Page) => page.locator('.deck__slot.is-current .slide');
const drawnMarks = (page: Page) => current(page).locator('.recharts-bar-rectangle path, .recharts-line-curve').count();

describe('a render error on the deck', () => {
  const b = useBrowser({ viewport: { width: 1920, height: 1080 } });

  it('shows a full-slide message in plain Chinese with a way to recover', async () => {
    const { page } = b;
    // The chart code cannot be loaded (a redeploy, or the network dropped): the chart throws.
    await page.route('**/area-trend-chart-*.js', (route) => route.abort());
    await page.goto(b.url(DECK));
    const alert = page.getByRole('alert');
    await alert.getByRole('heading', { level: 1, name: '演示出错 · 页面已更新' }).waitFor();
    expect(await alert.getByText('页面已更新（或网络中断），请刷新后继续。').isVisible()).toBe(true);
    expect(await page.getByText(/Unexpected Application Error/).count()).toBe(0);
    await page.unroute('**/area-trend-chart-*.js');
    await alert.getByRole('button', { name: '刷新页面' }).click();
    await expect.poll(() => drawnMarks(page)).toBeGreaterThan(0);
  });
});
