// `npm run bench:profile [-- <path>] [loads]`: which code a first load's main thread runs, by
// source module, between navigation, each performance mark the page sets (marks added while
// investigating show up here), LCP and the first chart. The build is unminified with source
// maps (.tmp/bench-profile), served as deployed (static files, `/api` forwarded to the mock API
// in its own process), with the bench's browser settings. V8's sampling profiler slows the page
// down about 1.5×: read the shares, not the times. `(program)` is the browser's own work
// (style, layout, paint, parsing), which the profiler cannot place in a module.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { startProxiedDemo } from '../support/demo-process';
import { CHART_DRAWN, DESKTOP, openSession, OURS_SETTLED, waitInPage } from './journeys';

const DIST = '.tmp/bench-profile';
const path = process.argv[2] ?? '/overview?from=2021-01&to=2021-06';
const loads = Number(process.argv[3] ?? 3);
const PORT = 4470;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

/** A source position's module: `npm:<package>` or its path under the project. */
const maps = new Map<string, TraceMap | null>();
function moduleOf({ functionName, url, lineNumber, columnNumber }: ProfileNode['callFrame']): string {
  if (!url) return functionName || '(native)';
  const file = url.split('/').pop() ?? url;
  if (!maps.has(file)) {
    const map = join(DIST, 'assets', `${file}.map`);
    maps.set(file, existsSync(map) ? new TraceMap(readFileSync(map, 'utf8')) : null);
  }
  const map = maps.get(file);
  const source = map ? (originalPositionFor(map, { line: lineNumber + 1, column: Math.max(0, columnNumber) }).source ?? file) : file;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  return pkg ? `npm:${pkg[1]}` : source.replace(/^.*?\/(src|mocks|public)\//, '$1/');
}

// The page's clock and the profile's differ: a function of a known name, run once as the page
// starts, puts the page's performance.now() at a known place in the profile.
const MARKER = `window.__profileMarkAt = performance.now(); (function __profileMarker() { const until = performance.now() + 8; while (performance.now() < until); })();`;

const front = await startProxiedDemo(PORT, {}, undefined, DIST);
/** Window label → module → ms, summed over the loads. */
const totals = new Map<string, Map<string, number>>();
try {
  for (let load = 0; load < loads; load++) {
    const session = await openSession(DESKTOP);
    try {
      const cdp = await session.page.context().newCDPSession(session.page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
      await session.page.addInitScript(MARKER);
      await cdp.send('Profiler.start');
      await session.page.goto(front.url + path, { waitUntil: 'load' });
      await waitInPage(session.page, `${CHART_DRAWN} && ${OURS_SETTLED}`);
      const page = (await session.page.evaluate(
        `({ markAt: window.__profileMarkAt, lcp: window.__bench.lcp, chart: window.__bench.firstChart, marks: performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]) })`,
      )) as { markAt: number; lcp: number; chart: number; marks: Array<[string, number]> };
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; startTime: number; samples: number[]; timeDeltas: number[] } };
      const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
      let at = profile.startTime;
      const samples = profile.samples.map((id, i) => ({ at: (at += profile.timeDeltas[i]), node: nodes.get(id)! }));
      const marker = samples.find((s) => s.node.callFrame.functionName === '__profileMarker');
      if (!marker) throw new Error('the profile has no sample of the start marker');
      const pageTime = (t: number) => (t - marker.at) / 1000 + page.markAt;
      const edges: Array<[string, number]> = [['navigation', 0], ...page.marks, ['LCP', page.lcp], ['first chart', page.chart]].sort((a, b) => (a[1] as number) - (b[1] as number)) as Array<[string, number]>;
      console.log(`load ${load + 1}: ${edges.map(([name, t]) => `${name} ${Math.round(t)}`).join(', ')}`);
      for (let i = 1; i < samples.length; i++) {
        const t = pageTime(samples[i].at);
        const edge = edges.findIndex((e, k) => t >= e[1] && (k === edges.length - 1 || t < edges[k + 1][1]));
        if (edge < 0 || edge === edges.length - 1) continue;
        const label = `${edges[edge][0]} → ${edges[edge + 1][0]}`;
        const byModule = totals.get(label) ?? totals.set(label, new Map()).get(label)!;
        const key = moduleOf(samples[i].node.callFrame);
        byModule.set(key, (byModule.get(key) ?? 0) + (samples[i].at - samples[i - 1].at) / 1000);
      }
    } finally {
      await session.close();
    }
  }
} finally {
  front.stop();
}

console.log(`\n${path}: main-thread time by module, mean of ${loads} loads (ms, profiled), idle left out`);
for (const [label, byModule] of totals) {
  const rows = [...byModule].filter(([name]) => name !== '(idle)').sort((a, b) => b[1] - a[1]);
  const busy = rows.reduce((sum, [, ms]) => sum + ms, 0) / loads;
  console.log(`\n${label}: ${Math.round(busy)} ms busy`);
  for (const [name, ms] of rows.slice(0, 15)) console.log(`  ${(ms / loads).toFixed(1).padStart(7)}  ${name}`);
}
