// `npm run bench:trace [-- proxied|direct|both] [loads]`: where a first load of /overview spends its
// time, as a timeline (ms from navigation, median over the loads): the page, each script, each API
// request (start → end), FCP, LCP, the first chart drawn and the long tasks. Same browser settings
// as `npm run bench` (4× CPU, fresh browser per load); for reading, not for ratios.
import { startDemoProcess, startProxiedDemo } from '../support/demo-process';
import { CHART_DRAWN, DESKTOP, openSession, OURS_SETTLED, waitInPage } from './journeys';

const which = process.argv[2] ?? 'both';
const loads = Number(process.argv[3] ?? 5);
const PATH = '/overview?from=2021-01&to=2021-06';

interface Event {
  name: string;
  start: number;
  end: number;
}

/** One load's events; scripts and API calls named without their hash or query. */
async function traceOnce(url: string): Promise<Event[]> {
  const session = await openSession(DESKTOP);
  try {
    // When the page's code calls fetch (resource timing says when the request went out).
    await session.page.addInitScript(`window.__calls = []; const f = window.fetch; window.fetch = function (input, init) { window.__calls.push({ url: String(input instanceof Request ? input.url : input), t: performance.now() }); return f.call(this, input, init); };`);
    await session.page.goto(url + PATH, { waitUntil: 'load' });
    await waitInPage(session.page, `${CHART_DRAWN} && ${OURS_SETTLED}`);
    await session.page.waitForLoadState('networkidle');
    await session.page.waitForTimeout(300);
    return await session.page.evaluate(() => {
      type BenchWindow = Window & { __bench: { lcp: number; firstChart: number; longTasks: Array<{ start: number; duration: number }> } };
      const bench = (window as unknown as BenchWindow).__bench;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const events: Array<{ name: string; start: number; end: number }> = [{ name: 'page (index.html)', start: nav.requestStart, end: nav.responseEnd }];
      for (const r of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
        const path = new URL(r.name).pathname;
        const name = path.startsWith('/api/') ? `api ${path.slice(4)}` : path.endsWith('.json') ? `json ${path}` : /\.m?js$/.test(path) ? `js ${path.split('/').pop()!.replace(/-[\w-]{8}\.js$/, '')}` : null;
        if (name) events.push({ name, start: r.startTime, end: r.responseEnd });
      }
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      if (fcp) events.push({ name: '= FCP', start: fcp.startTime, end: fcp.startTime });
      events.push({ name: '= LCP', start: bench.lcp, end: bench.lcp }, { name: '= first chart drawn', start: bench.firstChart, end: bench.firstChart });
      for (const call of (window as unknown as { __calls: Array<{ url: string; t: number }> }).__calls) {
        const path = new URL(call.url, location.href).pathname;
        events.push({ name: `fetch() called ${path}`, start: call.t, end: call.t });
      }
      // Marks set while investigating (performance.mark) show in the timeline.
      for (const m of performance.getEntriesByType('mark')) events.push({ name: `mark ${m.name}`, start: m.startTime, end: m.startTime });
      bench.longTasks.forEach((t, i) => events.push({ name: `long task ${i + 1}`, start: t.start, end: t.start + t.duration }));
      // A second request for the same file or endpoint is named as such.
      const seen = new Map<string, number>();
      return events.map((e) => {
        const n = (seen.get(e.name) ?? 0) + 1;
        seen.set(e.name, n);
        return n === 1 ? e : { ...e, name: `${e.name} #${n}` };
      });
    });
  } finally {
    await session.close();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function traceSetup(label: string, start: () => Promise<{ url: string; stop: () => void }>) {
  const server = await start();
  try {
    const runs: Event[][] = [];
    await traceOnce(server.url); // warm-up
    for (let i = 0; i < loads; i++) runs.push(await traceOnce(server.url));
    const names = [...new Set(runs.flatMap((r) => r.map((e) => e.name)))];
    const rows = names
      .map((name) => {
        const hits = runs.map((r) => r.find((e) => e.name === name)).filter((e): e is Event => Boolean(e));
        return { name, start: median(hits.map((e) => e.start)), end: median(hits.map((e) => e.end)), seen: hits.length };
      })
      .sort((a, b) => a.start - b.start);
    console.log(`\n${label}: ${PATH}, median of ${loads} loads (ms from navigation)`);
    console.log('| event | start | end | took | in loads |\n|---|---|---|---|---|');
    for (const r of rows) console.log(`| ${r.name} | ${r.start.toFixed(0)} | ${r.end.toFixed(0)} | ${(r.end - r.start).toFixed(0)} | ${r.seen}/${loads} |`);
  } finally {
    server.stop();
  }
}

if (which !== 'direct') await traceSetup('proxied (static server, API in its own process)', () => startProxiedDemo(4270));
if (which !== 'proxied') await traceSetup('direct (npm run demo: build and API in one process)', () => startDemoProcess(4290));
