// Bundle size is deterministic, so its budget is a test (timings live in `npm run bench`).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseBundle, BASELINE_FILE, BUDGETS, growth, kb } from '../support/bundle-size';

const report = analyseBundle('dist');
const baseline: Record<string, number> = JSON.parse(readFileSync(BASELINE_FILE, 'utf8'));

describe('bundle budget (gzip)', () => {
  it(`first view of /overview ≤ ${kb(BUDGETS.firstViewGzip)}`, () => {
    const over = report.firstViewGzip > BUDGETS.firstViewGzip;
    expect(over, `first view is ${kb(report.firstViewGzip)}; grew: ${growth(report.firstView, baseline).join('; ') || 'none vs baseline'}`).toBe(false);
  });

  it(`whole app ≤ ${kb(BUDGETS.totalGzip)}`, () => {
    const over = report.totalGzip > BUDGETS.totalGzip;
    expect(over, `total is ${kb(report.totalGzip)}; grew: ${growth(report.total, baseline).join('; ') || 'none vs baseline'}`).toBe(false);
  });

  it(`data-entry pages (monthly reports, Excel import) ≤ ${kb(BUDGETS.dataEntryGzip)}, apart from the dashboard's total`, () => {
    const over = report.dataEntryGzip > BUDGETS.dataEntryGzip;
    expect(over, `data entry is ${kb(report.dataEntryGzip)}: ${report.dataEntry.map((c) => `${c.name} ${kb(c.gzip)}`).join('; ')}`).toBe(false);
  });

  it('keeps the chart library out of the first view', () => {
    const firstView = report.firstView.map((c) => c.file);
    const recharts = report.total.find((c) => c.raw > 300_000 && !firstView.includes(c.file));
    expect(recharts, 'a large lazy chunk (recharts) should exist outside the first view').toBeDefined();
  });
});

describe('a production build (mockMode off)', () => {
  const files = readdirSync('dist', { recursive: true, encoding: 'utf8' });
  const js = files.filter((f) => f.endsWith('.js'));

  it('ships no mock backend: no MSW code, no mockServiceWorker.js, no mock-only chunk', () => {
    expect(report.mockOnly).toEqual([]);
    expect(files.some((f) => f.endsWith('mockServiceWorker.js'))).toBe(false);
    const withMsw = js.filter((f) => /\[MSW\]|mockServiceWorker|MSW_/.test(readFileSync(join('dist', f), 'utf8')));
    expect(withMsw).toEqual([]);
    expect(JSON.parse(readFileSync('dist/config.json', 'utf8'))).toEqual({ apiBaseUrl: '/api', mockMode: 'off' });
  });

  it('has no inline script, so a strict Content-Security-Policy holds', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc=/);
      expect(body.trim()).toBe('');
    }
  });
});
