// The same handlers as the browser worker and the demo server, for vitest in Node.
import { setupServer } from 'msw/node';
import { createHandlers } from '../../mocks/handlers';
import { sampleDataset } from './sample-dataset';

export { sampleDataset };
export const server = setupServer(...createHandlers(sampleDataset));
