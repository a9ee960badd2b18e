// The sample data every mock serves (seeded: the same in tests, the demo server and the browser).
import { generateDataset } from '../../mocks/data/generate';

export const sampleDataset = generateDataset();
