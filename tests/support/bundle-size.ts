// Gzipped JS sizes of the production build, from Vite's manifest: what /overview's first view
// needs (the entry and its static imports) and the whole app (without the mock-only chunks).
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

interface ManifestEntry {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
type Manifest = Record<string, ManifestEntry>;

export interface ChunkSize {
  key: string;
  name: string;
  file: string;
  raw: number;
  gzip: number;
}

export interface BundleReport {
  firstView: ChunkSize[];
  total: ChunkSize[];
  mockOnly: ChunkSize[];
  /** Chunks reachable only through the data-entry pages' lazy routes (monthly reports, Excel import). */
  dataEntry: ChunkSize[];
  firstViewGzip: number;
  /** The dashboard: every chunk the app may load, without the data-entry ones. */
  totalGzip: number;
  dataEntryGzip: number;
}

/** `dataEntry` is the data-entry pages' own budget: they are a few users' tools, not the dashboard everyone opens. */
export const BUDGETS = { firstViewGzip: 160 * 1024, totalGzip: 300 * 1024, dataEntryGzip: 24 * 1024 };

/** The data-entry features' lazy routes (issue 26): a secretary's report and 上报情况, and the Excel import. */
const DATA_ENTRY = /^src\/features\/(reports|report-import)\//;

/** Chunks only the mock backend loads (main.tsx imports it in mock mode alone). */
const MOCK_ENTRY = /^mocks\//;

function reachable(manifest: Manifest, from: string, { dynamic, dataEntry = true }: { dynamic: boolean; dataEntry?: boolean }): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || !manifest[key] || MOCK_ENTRY.test(key) || (!dataEntry && DATA_ENTRY.test(key))) return;
    seen.add(key);
    const entry = manifest[key];
    for (const next of entry.imports ?? []) visit(next);
    if (dynamic) for (const next of entry.dynamicImports ?? []) visit(next);
  };
  visit(from);
  return seen;
}

export function analyseBundle(distDir = 'dist'): BundleReport {
  const manifest: Manifest = JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8'));
  // index.html's entries: the app's, and the boot script before it (src/boot.ts).
  const entryKeys = Object.keys(manifest).filter((k) => manifest[k].isEntry && !MOCK_ENTRY.test(k));
  if (entryKeys.length === 0) throw new Error('no entry in the Vite manifest');
  const size = (key: string): ChunkSize => {
    const body = readFileSync(join(distDir, manifest[key].file));
    // Named as in dist (the file without its hash): vite.config.ts names some shared chunks itself.
    return { key, name: basename(manifest[key].file).replace(/-[\w-]{8}\.js$/, ''), file: manifest[key].file, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
  };
  const bySize = (a: ChunkSize, b: ChunkSize) => b.gzip - a.gzip;
  const union = (sets: Set<string>[]) => new Set(sets.flatMap((set) => [...set]));
  const firstViewKeys = union(entryKeys.map((k) => reachable(manifest, k, { dynamic: false })));
  const appKeys = union(entryKeys.map((k) => reachable(manifest, k, { dynamic: true })));
  const dashboardKeys = union(entryKeys.map((k) => reachable(manifest, k, { dynamic: true, dataEntry: false })));
  const firstView = [...firstViewKeys].map(size).sort(bySize);
  const total = [...dashboardKeys].map(size).sort(bySize);
  const dataEntry = [...appKeys].filter((k) => !dashboardKeys.has(k)).map(size).sort(bySize);
  const mockOnly = Object.keys(manifest)
    .filter((k) => manifest[k].file.endsWith('.js') && !appKeys.has(k))
    .map(size)
    .sort(bySize);
  const sum = (chunks: ChunkSize[]) => chunks.reduce((s, c) => s + c.gzip, 0);
  return { firstView, total, mockOnly, dataEntry, firstViewGzip: sum(firstView), totalGzip: sum(total), dataEntryGzip: sum(dataEntry) };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export const BASELINE_FILE = 'tests/e2e/bundle-baseline.json';

/** Gzipped size per chunk name (hash-free), to say which chunk grew. */
export function baselineOf(report: BundleReport): Record<string, number> {
  return Object.fromEntries(report.total.map((c) => [c.name, c.gzip]).sort(([a], [b]) => String(a).localeCompare(String(b))));
}

/** Chunks that grew against the baseline (new chunks count whole), largest growth first. */
export function growth(chunks: readonly ChunkSize[], baseline: Record<string, number>): string[] {
  return chunks
    .map((c) => ({ c, grew: c.gzip - (baseline[c.name] ?? 0) }))
    .filter((x) => x.grew > 0)
    .sort((a, b) => b.grew - a.grew)
    .map(({ c, grew }) => `${c.name} (${c.file}): ${kb(c.gzip)}, +${kb(grew)}${baseline[c.name] === undefined ? ' (new chunk)' : ''}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const report = analyseBundle();
  console.log(`first view: ${kb(report.firstViewGzip)} gz (budget ${kb(BUDGETS.firstViewGzip)})`);
  console.log(`total:      ${kb(report.totalGzip)} gz (budget ${kb(BUDGETS.totalGzip)}), without data entry`);
  console.log(`data entry: ${kb(report.dataEntryGzip)} gz (budget ${kb(BUDGETS.dataEntryGzip)})`);
  for (const c of report.total) console.log(`  ${report.firstView.some((f) => f.key === c.key) ? '*' : ' '} ${c.name.padEnd(24)} ${kb(c.gzip).padStart(10)}  ${c.file}`);
  for (const c of report.dataEntry) console.log(`  (data entry) ${c.name.padEnd(13)} ${kb(c.gzip).padStart(10)}  ${c.file}`);
  for (const c of report.mockOnly) console.log(`  (mock only) ${c.name.padEnd(14)} ${kb(c.gzip).padStart(10)}  ${c.file}`);
  console.log('  * = loaded for the first view');
  if (process.argv.includes('--write-baseline')) {
    writeFileSync(BASELINE_FILE, `${JSON.stringify(baselineOf(report), null, 2)}\n`);
    console.log(`wrote ${BASELINE_FILE}`);
  }
}
