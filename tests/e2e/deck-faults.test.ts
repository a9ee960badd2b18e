// The meeting deck's saved snapshot belongs to whoever the server says is signed in: a visitor
// who is not signed in, or another user, never sees the last presenter's figures. And a render
// error on the deck is a plain-Chinese full-slide message with a way back, never a blank page.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MOCK_SCENARIO_HEADER, MOCK_USER_HEADER } from '../../src/lib/api/contract';
import { useBrowser } from './browser';

const DECK = '/present?from=2021-01&to=2021-06&slide=2';
const current = (page: Page) => page.locator('.deck__slot.is-current .slide');
const drawnMarks = (page: Page) => current(page).locator('.recharts-bar-rectangle path, .recharts-line-curve').count();

/** Whose snapshot this browser keeps in IndexedDB (lib/offline/persist.ts), or null when none. */
function savedSnapshotUser(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      new Promise<string | null>((resolve) => {
        const open = indexedDB.open('keyval-store');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('keyval')) return resolve(null);
          const get = db.transaction('keyval').objectStore('keyval').get('query-snapshot');
          get.onsuccess = () => resolve((get.result as { user?: string } | undefined)?.user ?? null);
          get.onerror = () => resolve(null);
        };
        open.onerror = () => resolve(null);
      }),
  );
}

/**
 * From now on the page talks to the backend as to a real one (config `mockMode: off`: no mock
 * user chosen in the page); the backend knows the caller by its own means (a cookie, here the
 * header added on the way), or not at all (`user` null: every request answers 401).
 */
async function realBackend(page: Page, user: string | null, scenario?: string, options: { answerAfter?: Promise<void> } = {}) {
  await page.route('**/config.json', (route) => route.fulfill({ json: { apiBaseUrl: '/api', mockMode: 'off' } }));
  await page.route('**/api/**', async (route) => {
    const headers = { ...route.request().headers() };
    if (user) headers[MOCK_USER_HEADER] = user;
    if (scenario) headers[MOCK_SCENARIO_HEADER] = scenario;
    // Answers held back until `answerAfter` (a slow backend).
    await options.answerAfter;
    return route.continue({ headers }).catch(() => undefined);
  });
}

/** From the next load on, notes whether a slide is ever put on screen, if only for a moment. */
async function watchForSlides(page: Page) {
  await page.addInitScript(() => {
    const seen = () => document.querySelector('.slide') !== null && document.documentElement.setAttribute('data-slide-seen', '');
    new MutationObserver(seen).observe(document, { childList: true, subtree: true });
  });
}
const slideSeen = (page: Page) => page.evaluate(() => document.documentElement.hasAttribute('data-slide-seen'));

/** The leader opens the deck: its figures on screen and saved for them. */
async function leaderPresents(page: Page, url: string): Promise<string | null> {
  await page.goto(url);
  await expect.poll(() => drawnMarks(page)).toBeGreaterThan(0);
  await expect.poll(() => savedSnapshotUser(page)).toBe('leader');
  return current(page).locator('.slide__headline').textContent();
}

describe('the deck’s saved snapshot and who is signed in', () => {
  const b = useBrowser({ viewport: { width: 1920, height: 1080 } });

  it('a visitor who is not signed in gets 请重新登录, and the last presenter’s snapshot is dropped', async () => {
    const { page } = b;
    await leaderPresents(page, b.url(DECK));
    // The same browser, nobody signed in: every request answers 401, once the deck has shown
    // what it shows before the backend has answered anything.
    let release = () => undefined as void;
    const answerAfter = new Promise<void>((resolve) => (release = resolve));
    await realBackend(page, null, undefined, { answerAfter });
    await watchForSlides(page);
    await page.reload();
    await page.locator('.deck-message, .slide').first().waitFor({ state: 'attached' });
    release();
    await page.getByRole('heading', { level: 1, name: '请重新登录' }).waitFor();
    expect(await page.getByRole('button', { name: '已重新登录，再试一次' }).count()).toBe(1);
    expect(await slideSeen(page)).toBe(false);
    expect(await page.getByText(/刷新失败|仍显示快照/).count()).toBe(0);
    await expect.poll(() => savedSnapshotUser(page)).toBe(null);
  });

  it('another user never sees the snapshot: it is dropped and their own figures are asked for', async () => {
    const { page } = b;
    await leaderPresents(page, b.url(DECK));
    // A secretary signs in on the same browser while the series cannot be had: nothing to show but the failure.
    await realBackend(page, 'secretary-xiuhu', 'server-error');
    await watchForSlides(page);
    await page.reload();
    const alert = page.getByRole('alert');
    await alert.getByRole('heading', { level: 1, name: /^无法取得演示数据/ }).waitFor({ timeout: 15_000 });
    expect(await slideSeen(page)).toBe(false);
    await expect.poll(() => savedSnapshotUser(page)).toBe(null);
    // Their own figures once the backend answers, saved as theirs.
    await page.unrouteAll();
    await realBackend(page, 'secretary-xiuhu');
    await page.reload();
    await expect.poll(() => drawnMarks(page)).toBeGreaterThan(0);
    await expect.poll(() => savedSnapshotUser(page)).toBe('secretary-xiuhu');
  });

  it('opened offline from the snapshot, it goes as soon as the server, back, names another user', async () => {
    const { page } = b;
    await leaderPresents(page, b.url(DECK));
    // The server cannot be reached: nobody can say who this is, and the snapshot is presented.
    await page.route('**/api/**', (route) => route.abort('internetdisconnected'));
    await page.reload();
    await expect.poll(() => page.locator('.deck__badge--offline').count()).toBe(1);
    expect(await page.locator('.slide').count()).toBeGreaterThan(0);
    // The network is back, and a secretary is signed in (whose series cannot be had just now).
    await page.unrouteAll();
    await realBackend(page, 'secretary-xiuhu', 'server-error');
    await page.context().setOffline(true);
    await page.context().setOffline(false);
    await page.getByRole('alert').getByRole('heading', { level: 1, name: /^无法取得演示数据/ }).waitFor({ timeout: 15_000 });
    expect(await page.locator('.slide').count()).toBe(0);
    await expect.poll(() => savedSnapshotUser(page)).toBe(null);
  });

  it('the same user sees the snapshot, then its refresh (here failing, said so)', async () => {
    const { page } = b;
    const headline = await leaderPresents(page, b.url(DECK));
    await realBackend(page, 'leader', 'server-error');
    await page.reload();
    await expect.poll(() => current(page).locator('.slide__headline').textContent()).toBe(headline);
    await expect.poll(() => page.locator('.deck__badge--warn').textContent(), { timeout: 15_000 }).toMatch(/^刷新失败/);
    expect(await savedSnapshotUser(page)).toBe('leader');
  });
});

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
    await alert.getByRole('button', { name: '页面已更新，重新加载' }).click();
    await expect.poll(() => drawnMarks(page)).toBeGreaterThan(0);
  });
});
