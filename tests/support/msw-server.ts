// The same handlers as the browser worker and the demo server, for vitest in Node.
import { setupServer } from 'msw/node';
import { generateDataset } from '../../mocks/data/generate';
import { createHandlers } from '../../mocks/handlers';

export const sampleDataset = generateDataset();
export const server = setupServer(...createHandlers(sampleDataset));
