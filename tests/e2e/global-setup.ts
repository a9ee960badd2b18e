import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startMockHttpServer } from '../../mocks/http-server';
import { ensureChromium } from '../support/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` before the browser tests');
  ensureChromium();
  const { url, close } = await startMockHttpServer({ distDir: 'dist' });
  project.provide('baseUrl', url);
  return close;
}
