// The reference backend's tests (server/tests): Node, against PGlite always and PostgreSQL when
// DATABASE_URL is set or a local cluster can be started (server/tests/global-setup.ts).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['server/tests/**/*.test.ts'],
    globalSetup: ['server/tests/global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
