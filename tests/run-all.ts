// `npm test`: everything that guards the product, in the order CI needs it, then one line
// summing the test layers: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

interface Step {
  name: string;
  command: string[];
  /** Vitest JSON report to count tests from; steps without one count as one check. */
  report?: string;
}

const REPORT_DIR = '.tmp/test-reports';
const vitest = (config: string[], report: string): Step['command'] => ['npx', 'vitest', 'run', ...config, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];

const steps: Step[] = [
  { name: 'lint', command: ['npx', 'eslint', '.', '--max-warnings=0'] },
  { name: 'typecheck', command: ['npx', 'tsc', '-p', '.'] },
  { name: 'unit + component tests', command: vitest([], `${REPORT_DIR}/unit.json`), report: `${REPORT_DIR}/unit.json` },
  // The reference backend (server/): its contract, access matrix and sessions on PGlite, and on
  // PostgreSQL where DATABASE_URL is set or Debian's postgresql is installed (else skipped, with the reason printed).
  { name: 'server tests (PGlite, PostgreSQL)', command: vitest(['-c', 'vitest.server.config.ts'], `${REPORT_DIR}/server.json`), report: `${REPORT_DIR}/server.json` },
  { name: 'production build', command: ['npx', 'vite', 'build'] },
  { name: 'browser tests (Chromium)', command: vitest(['-c', 'vitest.e2e.config.ts'], `${REPORT_DIR}/e2e.json`), report: `${REPORT_DIR}/e2e.json` },
];

rmSync(REPORT_DIR, { recursive: true, force: true });
mkdirSync(REPORT_DIR, { recursive: true });

let passed = 0;
let failed = 0;
const summary: string[] = [];
const started = Date.now();

for (const step of steps) {
  const t0 = Date.now();
  console.log(`\n▶ ${step.name}: ${step.command.join(' ')}`);
  const result = spawnSync(step.command[0], step.command.slice(1), { stdio: 'inherit' });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  const ok = result.status === 0;
  if (step.report) {
    let counts = { numPassedTests: 0, numFailedTests: 0 };
    try {
      counts = JSON.parse(readFileSync(step.report, 'utf8'));
    } catch {
      // no report: the runner itself failed
    }
    // A runner that failed without failing a test (e.g. a crashed setup) still counts as a failure.
    const failedHere = counts.numFailedTests || (ok ? 0 : 1);
    passed += counts.numPassedTests;
    failed += failedHere;
    summary.push(`${step.name}: ${counts.numPassedTests} passed, ${failedHere} failed (${seconds} s)`);
  } else {
    if (ok) passed += 1;
    else failed += 1;
    summary.push(`${step.name}: ${ok ? 'ok' : 'FAILED'} (${seconds} s)`);
  }
  if (!ok && step.name === 'production build') {
    summary.push('browser tests: skipped (no build)');
    break;
  }
}

console.log('\nSummary');
for (const line of summary) console.log(`  ${line}`);
console.log(`  total time: ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
