// `npm run bench`: the production build against the mock API over HTTP, driven in Debian's
// Chromium with the CPU slowed 4×. A fresh browser profile per run, one warm-up run, then
// five counted runs, at two data scales. Prints median (min–max) beside each budget and
// writes the figures to bench-results/. Timings are measured here, never asserted in tests.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { analyseBundle, BUDGETS, kb } from '../support/bundle-size';
import { launchChromium } from '../support/chromium';
import { startDemoProcess } from '../support/demo-process';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CPU_SLOWDOWN = 4;
const PATH = '/overview?from=2021-01&to=2021-06';
/** Every chart in view has drawn (charts below the fold wait until scrolled to). */
const CHARTS_IN_VIEW_DRAWN = `(() => {
  const frames = [...document.querySelectorAll('.chart-frame__chart[data-drawn="true"]')];
  return frames.length > 0 && frames.every((f) => f.querySelector('.recharts-surface'));
})()`;

interface Scale {
  name: string;
  /** Environment for `mocks/demo.ts` (see there). */
  env: Record<string, string>;
  periodChangeBudget: number;
}

const SCALES: Scale[] = [
  { name: 'sample (20 communities × 30 months)', env: {}, periodChangeBudget: 200 },
  { name: '500 communities × 60 months', env: { MOCK_COMMUNITIES: '500', MOCK_MONTHS: '60' }, periodChangeBudget: 300 },
];
const PORT = Number(process.env.BENCH_PORT ?? 4190);

interface Run {
  lcp: number;
  firstChart: number;
  allCharts: number;
  chartsInView: number;
  periodChange: number;
  loadLongTasks: number;
  loadLongestTask: number;
  changeLongTasks: number;
  changeLongestTask: number;
}

const OBSERVERS = `
  window.__bench = { lcp: 0, longTasks: [] };
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__bench.lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__bench.longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
`;

// In-page code as a string: tsx would wrap named functions in a helper the page does not have.
const PERIOD_CHANGE = `new Promise((resolve, reject) => {
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent === '上一年');
  if (!button) return reject(new Error('no 上一年 preset'));
  const done = () =>
    document.querySelector('h1')?.textContent?.includes('2020年1—12月') &&
    document.querySelectorAll('.skeleton').length === 0 &&
    [...document.querySelectorAll('.chart-frame__summary')].every((s) => s.textContent?.startsWith('2020年')) &&
    ${CHARTS_IN_VIEW_DRAWN};
  const t0 = performance.now();
  button.click();
  const check = () => {
    if (done()) resolve(performance.now() - t0);
    else if (performance.now() - t0 > 30000) reject(new Error('period change did not finish'));
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})`;

type BenchWindow = Window & { __bench: { lcp: number; longTasks: number[] } };

async function takeLongTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const w = window as unknown as BenchWindow;
    const tasks = w.__bench.longTasks;
    w.__bench.longTasks = [];
    return tasks;
  });
}

async function oneRun(baseUrl: string): Promise<Run> {
  const browser = await launchChromium(); // a new, empty profile every run
  try {
    await new Promise((r) => setTimeout(r, 1000)); // let Chromium settle on 2 cores
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.addInitScript(OBSERVERS);

    await page.goto(baseUrl + PATH, { waitUntil: 'load' });
    await page.waitForFunction(`document.querySelectorAll('.skeleton').length === 0 && ${CHARTS_IN_VIEW_DRAWN}`, undefined, { timeout: 60_000 });
    const chartsInView = await page.locator('.chart-frame__chart[data-drawn="true"]').count();
    // LCP is final once the page has had input; read it before clicking.
    const load = await page.evaluate(() => {
      const charts = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('chart-rendered:'));
      return {
        lcp: (window as unknown as BenchWindow).__bench.lcp,
        firstChart: performance.getEntriesByName('chart-rendered')[0].startTime,
        allCharts: Math.max(...charts.map((m) => m.startTime)),
      };
    });
    const loadTasks = await takeLongTasks(page);

    // Period change: click a preset, then wait for a frame where every panel shows the new period.
    const periodChange = (await page.evaluate(PERIOD_CHANGE)) as number;
    await page.waitForTimeout(200); // collect long tasks that end after the last frame
    const changeTasks = await takeLongTasks(page);
    return {
      ...load,
      chartsInView,
      periodChange,
      loadLongTasks: loadTasks.length,
      loadLongestTask: Math.max(0, ...loadTasks),
      changeLongTasks: changeTasks.length,
      changeLongestTask: Math.max(0, ...changeTasks),
    };
  } finally {
    await browser.close();
  }
}

function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], values };
}

const ms = (v: number) => `${Math.round(v)} ms`;
const verdict = (value: number, budget: number) => (value <= budget ? 'met' : 'OVER');

const bundle = analyseBundle('dist');
const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  cpuSlowdown: CPU_SLOWDOWN,
  runs: RUNS,
  bundle: { firstViewGzip: bundle.firstViewGzip, totalGzip: bundle.totalGzip, budgets: BUDGETS, firstView: bundle.firstView.map((c) => ({ file: c.file, gzip: c.gzip })) },
  scales: {} as Record<string, unknown>,
};

const lines: string[] = [];
const row = (name: string, budget: string, figure: string, status = '') => lines.push(`${name.padEnd(34)} ${budget.padEnd(10)} ${figure.padEnd(30)} ${status}`);

lines.push(`Benchmark: ${PATH}, CPU ${CPU_SLOWDOWN}× slower, ${RUNS} counted runs after 1 warm-up, fresh profile each`);
row('figure', 'budget', 'median (min–max)', 'status');
row('JS for first view (gzip)', kb(BUDGETS.firstViewGzip), kb(bundle.firstViewGzip), verdict(bundle.firstViewGzip, BUDGETS.firstViewGzip));
row('JS in total (gzip, no mocks)', kb(BUDGETS.totalGzip), kb(bundle.totalGzip), verdict(bundle.totalGzip, BUDGETS.totalGzip));

for (const scale of SCALES) {
  const server = await startDemoProcess(PORT, scale.env);
  try {
    const runs: Run[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const run = await oneRun(server.url);
      if (i > 0) runs.push(run); // run 0 warms up the server and the disk cache
      process.stderr.write(`${scale.name}: run ${i === 0 ? 'warm-up' : i} done\n`);
    }
    const pick = (key: keyof Run) => stats(runs.map((r) => r[key]));
    const figures = {
      lcp: pick('lcp'),
      firstChart: pick('firstChart'),
      allCharts: pick('allCharts'),
      chartsInView: pick('chartsInView'),
      periodChange: pick('periodChange'),
      loadLongTasks: pick('loadLongTasks'),
      loadLongestTask: pick('loadLongestTask'),
      changeLongTasks: pick('changeLongTasks'),
      changeLongestTask: pick('changeLongestTask'),
    };
    (results.scales as Record<string, unknown>)[scale.name] = figures;
    const span = (s: ReturnType<typeof stats>, f = ms) => `${f(s.median)} (${f(s.min)}–${f(s.max)})`;
    const count = (n: number) => String(n);
    lines.push('', `— ${scale.name}`);
    row('LCP', '1000 ms', span(figures.lcp), verdict(figures.lcp.median, 1000));
    row('first chart drawn', '1500 ms', span(figures.firstChart), verdict(figures.firstChart.median, 1500));
    row(`charts in view drawn (${figures.chartsInView.median})`, '—', span(figures.allCharts));
    row('period change (preset → all panels)', ms(scale.periodChangeBudget), span(figures.periodChange), verdict(figures.periodChange.median, scale.periodChangeBudget));
    row('long tasks during load (count)', '—', span(figures.loadLongTasks, count));
    row('  longest', '—', span(figures.loadLongestTask));
    row('long tasks in period change', '—', span(figures.changeLongTasks, count));
    row('  longest', '—', span(figures.changeLongestTask));
  } finally {
    server.stop();
  }
}

console.log(lines.join('\n'));
mkdirSync('bench-results', { recursive: true });
const file = `bench-results/bench-${(results.date as string).replace(/[:.]/g, '-')}.json`;
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
writeFileSync('bench-results/latest.json', `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwrote ${file}`);
