// What `npm run bench` measures in the page: one set of observers for our build and the peer's
// (so "first chart drawn" means the same in both), and the user's journeys: a page load, a
// period change, a rankings metric switch and a deck slide step.
//
// In-page code is written as strings: tsx would wrap named functions in a helper the page lacks.
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';

export const CPU_SLOWDOWN = 4;

export interface Device {
  name: string;
  viewport: { width: number; height: number };
  isMobile?: boolean;
  hasTouch?: boolean;
}
export const DESKTOP: Device = { name: '1440×900', viewport: { width: 1440, height: 900 } };
export const PHONE: Device = { name: 'phone 390×844', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/**
 * Installed before any page script. LCP and long tasks from the browser's own entries; the first
 * chart is the first frame in which a recharts surface holds a data shape (bar, line or area):
 * the same rule for both apps, whatever marks either sets.
 */
const OBSERVERS = `
  window.__bench = { lcp: 0, longTasks: [], firstChart: 0 };
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__bench.lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__bench.longTasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });
  const SHAPES = '.recharts-surface .recharts-bar-rectangle, .recharts-surface .recharts-line-curve, .recharts-surface .recharts-area-area';
  const chartObserver = new MutationObserver(() => {
    if (window.__bench.firstChart || !document.querySelector(SHAPES)) return;
    chartObserver.disconnect();
    requestAnimationFrame(() => { window.__bench.firstChart = performance.now(); });
  });
  chartObserver.observe(document, { childList: true, subtree: true });
`;

/** A page whose first screen has a chart is settled once the chart has drawn… */
export const CHART_DRAWN = 'window.__bench.firstChart > 0';

/** …and ours when no skeleton is left and every chart scrolled into view has drawn. */
export const OURS_SETTLED = `(() => {
  if (document.querySelector('.skeleton')) return false;
  const frames = [...document.querySelectorAll('.chart-frame__chart[data-drawn="true"]')];
  return frames.every((f) => f.querySelector('.recharts-surface'));
})()`;

export interface LoadFigures {
  lcp: number;
  firstChart: number;
  longestTask: number;
  longTasks: number;
  /** Compressed bytes of JavaScript the page loaded (Resource Timing's encodedBodySize). */
  jsBytes: number;
  jsFiles: number;
}

export interface Session {
  browser: Browser;
  page: Page;
  close: () => Promise<void>;
}

/**
 * V8 makes a function's source positions as it compiles it, not later on demand. Measuring
 * attaches the DevTools protocol, and with it attached an Error records a detailed stack, which
 * needs the positions of every function on it. React DOM creates Errors as it loads, so V8
 * parsed the enclosing code a second time on the main thread: 250–430 ms of our app's first
 * task at 4× (the trace names it V8.CollectSourcePositions); made at compile, the peer's LCP
 * fell by about as much as ours. A user's browser, with no DevTools open, never does. BENCH_LAZY_POSITIONS=1 measures
 * the way the bench did before.
 * Figures: docs/performance.md#the-bench-and-devtools-source-positions.
 */
const BENCH_FLAGS = process.env.BENCH_LAZY_POSITIONS ? [] : ['--js-flags=--no-enable-lazy-source-positions'];

/** A fresh browser (empty profile, empty caches), the CPU slowed, requests off this machine refused. */
export async function openSession(device: Device): Promise<Session> {
  const browser = await launchChromium(BENCH_FLAGS);
  await new Promise((r) => setTimeout(r, 1000)); // let Chromium settle on 2 cores
  const context = await browser.newContext({ viewport: device.viewport, isMobile: device.isMobile, hasTouch: device.hasTouch, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', serviceWorkers: 'block' });
  // Offline machines: a request to another host (the peer's web fonts) fails at once, as it would
  // with the network gone, instead of waiting for a DNS timeout.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort('internetdisconnected'));
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.addInitScript(OBSERVERS);
  return { browser, page, close: () => browser.close() };
}

type BenchWindow = Window & { __bench: { lcp: number; firstChart: number; longTasks: Array<{ start: number; duration: number }> } };

/** Long tasks since the last call (and forgets them). */
export async function takeLongTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const w = window as unknown as BenchWindow;
    const tasks = w.__bench.longTasks.map((t) => t.duration);
    w.__bench.longTasks = [];
    return tasks;
  });
}

/**
 * Waits in the page, frame by frame, until `condition` (an in-page expression) holds. Written
 * into the evaluated source rather than `waitForFunction`'s string, which the app's CSP (no
 * eval) refuses.
 */
export async function waitInPage(page: Page, condition: string, timeout = 60_000): Promise<void> {
  await page.evaluate(`new Promise((resolve, reject) => {
    const t0 = performance.now();
    const check = () => {
      if (${condition}) resolve(true);
      else if (performance.now() - t0 > ${timeout}) reject(new Error('timed out waiting for: ' + ${JSON.stringify(condition.slice(0, 120))}));
      else requestAnimationFrame(check);
    };
    check();
  })`);
}

/**
 * Loads `url` and waits until it is settled (`settled`, an in-page expression) with the network
 * quiet, then reads the load's figures (firstChart 0: no chart on the first screen). LCP is read
 * before any input, which would end it.
 */
export async function measureLoad(page: Page, url: string, settled: string): Promise<LoadFigures> {
  await page.goto(url, { waitUntil: 'load' });
  await waitInPage(page, settled);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300); // long tasks that end after the last frame
  const figures = await page.evaluate(() => {
    const w = window as unknown as BenchWindow;
    const js = performance.getEntriesByType('resource').filter((e) => /\.m?js(\?|$)/.test(e.name)) as PerformanceResourceTiming[];
    return { lcp: w.__bench.lcp, firstChart: w.__bench.firstChart, jsBytes: js.reduce((sum, e) => sum + e.encodedBodySize, 0), jsFiles: js.length };
  });
  const tasks = await takeLongTasks(page);
  return { ...figures, longestTask: Math.max(0, ...tasks), longTasks: tasks.length };
}

export interface StepFigures {
  /** From the input to the end of the first frame that shows the new state (painted). */
  time: number;
  longestTask: number;
  longTasks: number;
}

/**
 * Runs `act` (in-page code that starts a change) and times it until `done` (an in-page
 * expression) holds in a frame, and that frame has been painted.
 */
export async function measureStep(page: Page, act: string, done: string): Promise<StepFigures> {
  await takeLongTasks(page);
  // Checked in animation frames; once it holds, the time is taken after that frame has been
  // rendered (a message posted from the frame runs after its other callbacks, style, layout and
  // paint): a chart library that redraws in the same frame, after the check, is in the time.
  const time = (await page.evaluate(`new Promise((resolve, reject) => {
    const t0 = performance.now();
    (() => { ${act} })();
    const afterFrame = () => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now() - t0);
      channel.port2.postMessage(null);
    };
    const check = () => {
      if (${done}) afterFrame();
      else if (performance.now() - t0 > 30000) reject(new Error('the step did not finish'));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })`)) as number;
  await page.waitForTimeout(300);
  const tasks = await takeLongTasks(page);
  return { time, longestTask: Math.max(0, ...tasks), longTasks: tasks.length };
}

// The steps, as in-page code.

/** Overview: the 上一年 preset, done when every panel shows 2020 and has drawn. */
export const PERIOD_CHANGE = {
  act: `[...document.querySelectorAll('button')].find((b) => b.textContent === '上一年').click();`,
  done: `document.querySelector('h1')?.textContent?.includes('2020年1—12月') &&
    [...document.querySelectorAll('.chart-frame__summary')].every((s) => s.textContent?.startsWith('2020年')) && ${OURS_SETTLED}`,
};

/**
 * Overview: a custom range (2020年7—12月) from the 从/至 selects and 应用: a period the page has
 * not fetched ahead (the presets are fetched in idle time), so the network is in it.
 */
export const CUSTOM_RANGE = {
  act: `const pick = (label, month) => {
      const select = [...document.querySelectorAll('label.field')].find((l) => l.textContent.startsWith(label)).querySelector('select');
      select.value = month;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    };
    pick('从', '2020-07');
    pick('至', '2020-12');
    [...document.querySelectorAll('button')].find((b) => b.textContent === '应用').click();`,
  done: `document.querySelector('h1')?.textContent?.includes('2020年7—12月') &&
    [...document.querySelectorAll('.chart-frame__summary')].every((s) => s.textContent?.startsWith('2020年')) && ${OURS_SETTLED}`,
};

/** /rankings: another metric from the 指标 select, done when its ranking has drawn. */
export function metricSwitch(metricId: string, metricName: string) {
  return {
    act: `const select = [...document.querySelectorAll('label.field')].find((l) => l.textContent.startsWith('指标')).querySelector('select');
      select.value = ${JSON.stringify(metricId)};
      select.dispatchEvent(new Event('change', { bubbles: true }));`,
    done: `[...document.querySelectorAll('.panel__title')].some((t) => t.textContent === ${JSON.stringify(`${metricName}排名`)}) &&
      document.querySelector('.chart-frame__summary')?.textContent?.includes(${JSON.stringify(metricName)}) && ${OURS_SETTLED}`,
  };
}

/** /present: → on the keyboard, done when the next slide is current and its chart is drawn. */
export const SLIDE_STEP = {
  act: `window.__slideBefore = document.querySelector('.deck__slot.is-current .slide')?.dataset.slideId;
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));`,
  done: `(() => {
    const slide = document.querySelector('.deck__slot.is-current .slide');
    return Boolean(slide && slide.dataset.slideId !== window.__slideBefore && slide.querySelector('.recharts-surface .recharts-bar-rectangle, .recharts-surface .recharts-line-curve'));
  })()`,
};

/** The secretary's first screen: the overall rank is shown (its charts are further down). */
export const HOME_READY = `Boolean(document.querySelector('.home-headline__figure'))`;

/** A page whose first panel is a table: ready when its summary sentence is written. */
export const SUMMARY_READY = `Boolean(document.querySelector('.chart-frame__summary'))`;

/** The deck is ready when the current slide's chart has drawn. */
export const DECK_READY = `Boolean(document.querySelector('.deck__slot.is-current .recharts-surface .recharts-bar-rectangle, .deck__slot.is-current .recharts-surface .recharts-line-curve'))`;
