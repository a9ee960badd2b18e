// `npm run bench`: the production build against the mock API over HTTP, driven in Debian's
// Chromium with the CPU slowed 4×, beside the peer (shadcn-admin's production build, see
// ../shared/peers/) measured in the same run with the same settings. A fresh browser for every
// page load; one warm-up round, then five counted rounds, each round running every journey once
// with the peer's load beside our overview's, after it in odd rounds and before it in even ones
// (A B, B A, …: the second load of a pair comes out faster, so a fixed order favours one side;
// measured, the same build in both places of a fixed order: LCP 1096 against 1012 ms, first
// chart 1464 against 1364 ms, and in alternating order 940 against 948, 1293 against 1297 ms),
// at two data scales. Prints medians
// (min–max), the ratio ours ÷ peer beside its goal, and the absolute budgets; writes the figures to
// bench-results/. Timings are measured here, never asserted in tests.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { createStaticHandler } from '../../mocks/static';
import { analyseBundle, BUDGETS, kb } from '../support/bundle-size';
import { startDemoProcess, startProxiedDemo } from '../support/demo-process';
import { startReferenceServer, type ReferenceServer } from '../support/reference-server';
import {
  CHART_DRAWN,
  CUSTOM_RANGE,
  CPU_SLOWDOWN,
  DECK_READY,
  HOME_READY,
  DESKTOP,
  measureLoad,
  measureStep,
  metricSwitch,
  openSession,
  OURS_SETTLED,
  PERIOD_CHANGE,
  PHONE,
  SLIDE_STEP,
  SUMMARY_READY,
  type Device,
  type LoadFigures,
  type StepFigures,
} from './journeys';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** While working on one figure: BENCH_ONLY=overview (journey ids, comma-separated), BENCH_SCALES=1 (the sample scale only). */
const ONLY = process.env.BENCH_ONLY?.split(',');
const SCALE_COUNT = Number(process.env.BENCH_SCALES ?? 2);
const PORT = Number(process.env.BENCH_PORT ?? 4190);
const PEER_DIR = resolve(process.env.BENCH_PEER ?? '../shared/peers/shadcn-admin/dist');
/** BENCH_BEFORE=<another checkout with its own dist/>: every journey also runs against it, interleaved, for a before/after table. */
const BEFORE_DIR = process.env.BENCH_BEFORE ? resolve(process.env.BENCH_BEFORE) : undefined;
const BEFORE = 'before:';
const PERIOD = 'from=2021-01&to=2021-06';

interface Scale {
  name: string;
  /** Environment for `mocks/demo.ts` (see there). */
  env: Record<string, string>;
  periodChangeBudget: number;
  /** 词林's secretary (the synthetic set numbers its communities: cilin-1, cilin-2…). */
  secretary: string;
}
const SCALES: Scale[] = [
  { name: 'sample (20 communities × 30 months)', env: {}, periodChangeBudget: 200, secretary: 'secretary-cilin' },
  { name: '500 communities × 60 months', env: { MOCK_COMMUNITIES: '500', MOCK_MONTHS: '60' }, periodChangeBudget: 300, secretary: 'secretary-cilin-1' },
];

/** Goals of ours ÷ peer (issue: faster than the peer on the same machine). */
const GOALS = { jsBytes: 0.7, lcp: 0.6, firstChart: 0.8, longestTask: 0.45 };
/** Absolute budgets at 4× (kept beside the ratios). */
const BUDGET = { lcp: 1000, firstChart: 1500, stepLongestTask: 300 };

interface Journey {
  id: string;
  label: string;
  device: Device;
  path: string;
  settled: string;
  /** The deployed shape: the build from a static server, `/api` forwarded to the API in another process. */
  proxied?: boolean;
  /** The reference backend (server/, PGlite) serving the build and /api, signed in as a leader. */
  reference?: boolean;
  step?: { label: string; act: string; done: string };
  /** Budget for the step, ms. */
  stepBudget?: (scale: Scale) => number;
}

const journeys = (scale: Scale): Journey[] => allJourneys(scale).filter((j) => !ONLY || ONLY.includes(j.id));
/** The headline: the peer is measured beside it in every round, and the others' ratios use those loads. */
const HEADLINE = 'overview-proxied';
const allJourneys = (scale: Scale): Journey[] => [
  { id: HEADLINE, label: '/overview as deployed (static server, API in its own process)', device: DESKTOP, path: `/overview?${PERIOD}`, settled: `${CHART_DRAWN} && ${OURS_SETTLED}`, proxied: true },
  { id: 'overview-server', label: '/overview on the reference server (server/, PGlite, signed in)', device: DESKTOP, path: `/overview?${PERIOD}`, settled: `${CHART_DRAWN} && ${OURS_SETTLED}`, reference: true },
  { id: 'overview', label: '/overview', device: DESKTOP, path: `/overview?${PERIOD}`, settled: `${CHART_DRAWN} && ${OURS_SETTLED}`, step: { label: 'period change (preset → all panels)', ...PERIOD_CHANGE }, stepBudget: (s) => s.periodChangeBudget },
  { id: 'overview-custom', label: '/overview, then a custom range', device: DESKTOP, path: `/overview?${PERIOD}`, settled: `${CHART_DRAWN} && ${OURS_SETTLED}`, step: { label: 'period change (custom range, not fetched ahead)', ...CUSTOM_RANGE } },
  { id: 'secretary', label: `secretary home /?as=${scale.secretary}`, device: DESKTOP, path: `/?as=${scale.secretary}`, settled: `${HOME_READY} && ${OURS_SETTLED}` },
  { id: 'secretary-phone', label: 'secretary home on a phone', device: PHONE, path: `/?as=${scale.secretary}`, settled: `${HOME_READY} && ${OURS_SETTLED}` },
  { id: 'rankings', label: '/rankings', device: DESKTOP, path: `/rankings?${PERIOD}&metric=visits`, settled: `${SUMMARY_READY} && ${OURS_SETTLED}`, step: { label: 'metric switch (走访群众 → 解决群众问题)', ...metricSwitch('problems_solved', '解决群众问题') } },
  { id: 'deck', label: '/present', device: DESKTOP, path: `/present?${PERIOD}&slide=2`, settled: DECK_READY, step: { label: 'slide step (→ to the next chart drawn)', ...SLIDE_STEP } },
];
const PEER: Journey = { id: 'peer', label: 'peer /', device: DESKTOP, path: '/', settled: CHART_DRAWN };

interface Sample {
  load: LoadFigures;
  step?: StepFigures;
}

async function runJourney(baseUrl: string, journey: Journey, cookie?: ReferenceServer['cookie']): Promise<Sample> {
  const session = await openSession(journey.device);
  try {
    if (cookie) await session.page.context().addCookies([{ ...cookie, url: baseUrl }]);
    const load = await measureLoad(session.page, baseUrl + journey.path, journey.settled);
    const step = journey.step ? await measureStep(session.page, journey.step.act, journey.step.done) : undefined;
    return { load, step };
  } catch (error) {
    throw new Error(`${journey.label} (${journey.device.name}): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  } finally {
    await session.close();
  }
}

async function startPeer(port: number): Promise<{ url: string; stop: () => void } | null> {
  if (!existsSync(`${PEER_DIR}/index.html`)) return null;
  const serve = createStaticHandler(PEER_DIR);
  const server = createServer((req, res) => void serve(req, res, new URL(req.url ?? '/', 'http://x').pathname).catch(() => res.writeHead(500).end()));
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${port}`, stop: () => server.close() };
}

function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], values };
}
type Stats = ReturnType<typeof stats>;

const ms = (v: number) => `${Math.round(v)} ms`;
const kbOf = (v: number) => `${(v / 1024).toFixed(1)} KB`;
const count = (v: number) => String(Math.round(v));
const span = (s: Stats | undefined, f = ms) => (s ? `${f(s.median)} (${f(s.min)}–${f(s.max)})` : '—');

const lines: string[] = [];
const row = (cells: string[]) => lines.push(cells.map((c, i) => c.padEnd([40, 11, 26, 26, 14, 0][i] ?? 0)).join(' ').trimEnd());

const bundle = analyseBundle('dist');
const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  cpuSlowdown: CPU_SLOWDOWN,
  runs: RUNS,
  bundle: { firstViewGzip: bundle.firstViewGzip, totalGzip: bundle.totalGzip, budgets: BUDGETS },
  scales: {} as Record<string, unknown>,
};

const peer = await startPeer(PORT + 1);
lines.push(`Benchmark: CPU ${CPU_SLOWDOWN}× slower, ${RUNS} counted rounds after 1 warm-up, a fresh browser per page load, ours and the peer interleaved`);
lines.push(peer ? `Peer: ${PEER_DIR} (shadcn-admin), its / measured beside our headline /overview (as deployed) in every round, after it in odd rounds and before it in even ones` : `Peer: not found at ${PEER_DIR}: ratios skipped`);
row(['figure', 'budget', 'ours median (min–max)', 'peer median (min–max)', 'ours ÷ peer', 'goal']);
row(['JS for first view (gzip -9, build)', kb(BUDGETS.firstViewGzip), kb(bundle.firstViewGzip), '', '', bundle.firstViewGzip <= BUDGETS.firstViewGzip ? 'met' : 'OVER']);
row(['JS in total (gzip -9, build)', kb(BUDGETS.totalGzip), kb(bundle.totalGzip), '', '', bundle.totalGzip <= BUDGETS.totalGzip ? 'met' : 'OVER']);

for (const scale of SCALES.slice(0, SCALE_COUNT)) {
  const server = await startDemoProcess(PORT, scale.env);
  const proxied = await startProxiedDemo(PORT + 5, scale.env);
  const before = BEFORE_DIR ? await startDemoProcess(PORT + 2, scale.env, BEFORE_DIR) : undefined;
  const beforeProxied = BEFORE_DIR ? await startProxiedDemo(PORT + 3, scale.env, BEFORE_DIR) : undefined;
  const wantsReference = journeys(scale).some((j) => j.reference);
  const size = { communities: Number(scale.env.MOCK_COMMUNITIES) || undefined, months: Number(scale.env.MOCK_MONTHS) || undefined };
  const reference = wantsReference ? await startReferenceServer(PORT + 7, size) : undefined;
  const beforeReference = wantsReference && BEFORE_DIR ? await startReferenceServer(PORT + 8, { ...size, cwd: BEFORE_DIR }).catch(() => undefined) : undefined;
  const samples = new Map<string, Sample[]>();
  const peerBeside = journeys(scale).some((j) => j.id === HEADLINE) ? HEADLINE : 'overview';
  try {
    for (let round = 0; round <= RUNS; round++) {
      for (const journey of journeys(scale)) {
        if (journey.reference && !reference) continue;
        const list: Array<[Journey, string]> = [[journey, (journey.reference ? reference! : journey.proxied ? proxied : server).url]];
        // The before build alternates sides with ours as the peer does.
        const beforeUrl = (journey.reference ? beforeReference : journey.proxied ? beforeProxied : before)?.url;
        if (beforeUrl) list.splice(round % 2 === 1 ? 1 : 0, 0, [{ ...journey, id: BEFORE + journey.id }, beforeUrl]);
        // Odd rounds: ours first; even rounds (and the warm-up): the peer first. Of five counted
        // rounds, ours goes first in three: the odd one out favours the peer.
        if (journey.id === peerBeside && peer) list.splice(round % 2 === 1 ? 1 : 0, 0, [PEER, peer.url]);
        for (const [j, url] of list) {
          const sample = await runJourney(url, j, j.reference ? (j.id.startsWith(BEFORE) ? beforeReference : reference)?.cookie : undefined);
          if (round > 0) samples.set(j.id, [...(samples.get(j.id) ?? []), sample]); // round 0 warms the server and disk cache
        }
      }
      process.stderr.write(`${scale.name}: round ${round === 0 ? 'warm-up' : round} done\n`);
    }
  } finally {
    server.stop();
    proxied.stop();
    before?.stop();
    beforeProxied?.stop();
    reference?.stop();
    beforeReference?.stop();
  }

  const loadStat = (id: string, key: keyof LoadFigures) => {
    const list = samples.get(id);
    return list ? stats(list.map((s) => s.load[key])) : undefined;
  };
  const stepStat = (id: string, key: keyof StepFigures) => {
    const list = samples.get(id)?.filter((s) => s.step);
    return list?.length ? stats(list.map((s) => (s.step as StepFigures)[key])) : undefined;
  };
  const ratio = (ours: Stats | undefined, theirs: Stats | undefined, goal: number) => {
    if (!ours || !theirs || theirs.median === 0) return ['—', `≤ ${goal}`];
    const r = ours.median / theirs.median;
    return [r.toFixed(2), `≤ ${goal} ${r <= goal ? 'met' : 'OVER'}`];
  };
  const budget = (s: Stats | undefined, b: number) => (s ? `${s.median <= b ? 'met' : 'OVER'} ${ms(b)}` : '');

  lines.push('', `— ${scale.name}`);
  const figures: Record<string, unknown> = {};
  for (const journey of journeys(scale)) {
    const vsPeer = (journey.id === HEADLINE || journey.id === 'overview' || journey.reference) && peer;
    const load = (key: keyof LoadFigures) => loadStat(journey.id, key);
    figures[journey.id] = { load: Object.fromEntries((['lcp', 'firstChart', 'longestTask', 'longTasks', 'jsBytes', 'jsFiles'] as const).map((k) => [k, load(k)])) };
    lines.push(`${journey.label} (${journey.device.name}) load`);
    if (vsPeer) {
      const p = (key: keyof LoadFigures) => loadStat(PEER.id, key);
      figures.peer = Object.fromEntries((['lcp', 'firstChart', 'longestTask', 'longTasks', 'jsBytes', 'jsFiles'] as const).map((k) => [k, p(k)]));
      row([`  JS on the wire (gzip)`, '', `${span(load('jsBytes'), kbOf)} ${count(load('jsFiles')?.median ?? 0)} files`, `${span(p('jsBytes'), kbOf)} ${count(p('jsFiles')?.median ?? 0)} files`, ...ratio(load('jsBytes'), p('jsBytes'), GOALS.jsBytes)]);
      row(['  LCP', budget(load('lcp'), BUDGET.lcp), span(load('lcp')), span(p('lcp')), ...ratio(load('lcp'), p('lcp'), GOALS.lcp)]);
      row(['  first chart drawn', budget(load('firstChart'), BUDGET.firstChart), span(load('firstChart')), span(p('firstChart')), ...ratio(load('firstChart'), p('firstChart'), GOALS.firstChart)]);
      row(['  longest task', '', span(load('longestTask')), span(p('longestTask')), ...ratio(load('longestTask'), p('longestTask'), GOALS.longestTask)]);
      row(['  long tasks (count)', '', span(load('longTasks'), count), span(p('longTasks'), count)]);
    } else {
      row(['  JS on the wire (gzip)', '', `${span(load('jsBytes'), kbOf)}`]);
      row(['  LCP', '', span(load('lcp'))]);
      if (load('firstChart')?.max) row(['  first chart drawn', '', span(load('firstChart'))]);
      row(['  longest task', '', span(load('longestTask'))]);
    }
    if (journey.step) {
      const step = (key: keyof StepFigures) => stepStat(journey.id, key);
      (figures[journey.id] as Record<string, unknown>).step = { time: step('time'), longestTask: step('longestTask'), longTasks: step('longTasks') };
      const stepBudget = journey.stepBudget?.(scale);
      row([`  ${journey.step.label}`, stepBudget ? budget(step('time'), stepBudget) : '', span(step('time'))]);
      row(['    longest task in it', budget(step('longestTask'), BUDGET.stepLongestTask), span(step('longestTask'))]);
    }
  }
  if (before) {
    lines.push('', `  before (${BEFORE_DIR}) → after (this checkout), same run, interleaved; spread = the before's max − min`);
    row(['  journey · figure', '', 'before median (min–max)', 'after median (min–max)', 'after − before', 'verdict']);
    const compare = (label: string, a: Stats | undefined, b: Stats | undefined) => {
      if (!a || !b) return;
      const change = b.median - a.median;
      const spread = a.max - a.min;
      row([`  ${label}`, '', span(a), span(b), `${change > 0 ? '+' : ''}${Math.round(change)} ms`, change > spread ? 'SLOWER than spread' : 'within spread or faster']);
      ((figures.beforeAfter ??= []) as unknown[]).push({ label, before: a, after: b });
    };
    for (const journey of journeys(scale)) {
      compare(`${journey.id} LCP`, loadStat(BEFORE + journey.id, 'lcp'), loadStat(journey.id, 'lcp'));
      if (loadStat(journey.id, 'firstChart')?.max) compare(`${journey.id} first chart`, loadStat(BEFORE + journey.id, 'firstChart'), loadStat(journey.id, 'firstChart'));
      compare(`${journey.id} longest task`, loadStat(BEFORE + journey.id, 'longestTask'), loadStat(journey.id, 'longestTask'));
      if (journey.step) compare(`${journey.id} ${journey.step.label}`, stepStat(BEFORE + journey.id, 'time'), stepStat(journey.id, 'time'));
    }
  }
  (results.scales as Record<string, unknown>)[scale.name] = figures;
}
peer?.stop();

console.log(lines.join('\n'));
mkdirSync('bench-results', { recursive: true });
const file = `bench-results/bench-${(results.date as string).replace(/[:.]/g, '-')}.json`;
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
writeFileSync('bench-results/latest.json', `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwrote ${file}`);
