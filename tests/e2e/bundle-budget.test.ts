// Bundle size is deterministic, so its budget is a test (timings live in `npm run bench`).
import { readFileSync } from 'node:fs';
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

  it('keeps the chart library and the mock backend out of the first view', () => {
    const firstView = report.firstView.map((c) => c.file);
    const recharts = report.total.find((c) => c.raw > 300_000 && !firstView.includes(c.file));
    expect(recharts, 'a large lazy chunk (recharts) should exist outside the first view').toBeDefined();
    expect(report.mockOnly.length).toBeGreaterThan(0);
    for (const mock of report.mockOnly) expect(firstView).not.toContain(mock.file);
  });
});
