// The same handlers as the browser worker and the demo server, for vitest in Node.
import { setupServer } from 'msw/node';
import { createHandlers } from '../../mocks/handlers';
import { createReportStore } from '../../mocks/reports';
import { sampleDataset } from './sample-dataset';

export { sampleDataset };
/** The monthly reports written during a test; reset after each (tests/support/setup.ts). */
export const reportStore = createReportStore(sampleDataset);
export const server = setupServer(...createHandlers(sampleDataset, { reports: reportStore }));
