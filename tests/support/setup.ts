import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { reportStore, server } from './msw-server';

// Recharts measures a chart's box with ResizeObserver (its `responsive` charts), which jsdom lacks.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;

// Lazy route chunks and several requests per page: on a busy 2-core CI machine (or one with its
// cores loaded), a page takes several seconds to show. A bound on waiting for what the user sees.
configure({ asyncUtilTimeout: 15_000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  reportStore.reset();
  sessionStorage.clear();
  localStorage.clear();
});
afterAll(() => server.close());
