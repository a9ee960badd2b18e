// Browser tests: the production build (dist/) served with the mock API over real HTTP,
// driven in Debian's Chromium by playwright-core.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // A 2-core CI machine draws a chart in well over vitest's default 1 s; speed is the bench's business.
    expect: { poll: { timeout: 10_000 } },
  },
});
