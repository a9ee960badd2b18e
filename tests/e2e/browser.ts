// One Chromium per test file, a fresh context (zh-CN, 1440×900, or a 390×844 touch phone) per test.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';
import { launchChromium } from '../support/chromium';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** A mid-size phone in portrait, as the work app's web view sees it. */
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } as const;

export function useBrowser(device: { viewport: { width: number; height: number }; isMobile?: boolean; hasTouch?: boolean; deviceScaleFactor?: number } = { viewport: { width: 1440, height: 900 } }) {
  let browser: Browser;
  let context: BrowserContext;
  const state = { page: undefined as unknown as Page, consoleErrors: [] as string[] };
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    // The offline shell's service worker would stand between page.route and the app: only the offline test lets it in.
    context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', ...device, serviceWorkers: 'block' });
    state.page = await context.newPage();
    state.consoleErrors = [];
    state.page.on('console', (msg) => {
      if (msg.type() === 'error') state.consoleErrors.push(msg.text());
    });
    state.page.on('pageerror', (error) => state.consoleErrors.push(String(error)));
  });
  afterEach(async () => {
    await context?.close();
  });

  return {
    get page() {
      return state.page;
    },
    get consoleErrors() {
      return state.consoleErrors;
    },
    url: (path: string) => baseUrl + path,
  };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
}

/** Runs axe-core in the page; returns the serious and critical violations. */
export async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated over the DevTools protocol: the page's CSP (no inline script) stays in force for the app.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: unknown[] }> }> } }).axe.run(document);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** The overview's completion chart for 2021年1—6月, scrolled into view, and its first bar once drawn. */
export async function firstCompletionBar(page: Page, url: (path: string) => string) {
  await page.goto(url('/overview?from=2021-01&to=2021-06'));
  const chart = page.getByRole('img', { name: /^各社区走访群众完成率：/ });
  await chart.scrollIntoViewIfNeeded();
  const bar = chart.locator('.recharts-bar-rectangle path, .recharts-bar-rectangle rect').first();
  await bar.waitFor({ timeout: 15_000 });
  return { chart, bar };
}
