// Mock mode in the browser: the service worker answers the API with the sample data.
import { setupWorker } from 'msw/browser';
import { generateDataset } from './data/generate';
import { createHandlers } from './handlers';
import { mockUsers } from './users';

export async function startMockWorker(apiBase: string) {
  const dataset = generateDataset();
  const worker = setupWorker(...createHandlers(dataset, { apiBase, latencyMs: 150 }));
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
  return { users: mockUsers(dataset.communities) };
}
