// `npm run demo`: serves dist/ with the mock API over HTTP on 127.0.0.1:4173 (PORT to change).
// MOCK_COMMUNITIES=500 MOCK_MONTHS=60 serves a large synthetic set instead of the sample data;
// API_ONLY=1 serves the API alone (mocks/static-proxy.ts serves the build in front of it).
import { addMonths } from '../src/domain/month';
import { startMockHttpServer } from './http-server';

const port = Number(process.env.PORT ?? 4173);
const communities = process.env.MOCK_COMMUNITIES ? Number(process.env.MOCK_COMMUNITIES) : undefined;
const months = process.env.MOCK_MONTHS ? Number(process.env.MOCK_MONTHS) : undefined;
const latestMonth = '2021-06';

const { url } = await startMockHttpServer({
  port,
  distDir: process.env.API_ONLY ? undefined : 'dist',
  data: communities || months ? { communities, latestMonth, firstMonth: months ? addMonths(latestMonth, 1 - months) : undefined } : undefined,
});
console.log(`demo: ${process.env.API_ONLY ? 'the mock API alone' : 'production build with the mock API'} at ${url}/ (${communities ?? 'sample'} communities)`);
