// The mock backend in the browser (MSW's service worker) for `npm run dev` and for a demo build
// (`vite build --mode worker-demo`) only. A production build defines __MOCK_WORKER__ false, so
// main.tsx's import of the worker is dead code and neither MSW nor mockServiceWorker.js ships.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const WORKER_FILE = 'mockServiceWorker.js';
const WORKER_CONFIG = `${JSON.stringify({ apiBaseUrl: '/api', mockMode: 'worker' }, null, 2)}\n`;
export const WORKER_DEMO_MODE = 'worker-demo';

function workerSource(): string {
  return readFileSync(createRequire(import.meta.url).resolve(`msw/${WORKER_FILE}`), 'utf8');
}

export function mockBackend(): Plugin {
  let withWorker = false;
  return {
    name: 'choucheng:mock-backend',
    config(_, { command, mode }) {
      withWorker = command === 'serve' || mode === WORKER_DEMO_MODE;
      return { define: { __MOCK_WORKER__: JSON.stringify(withWorker) } };
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0];
        if (path === '/config.json' || path === `/${WORKER_FILE}`) {
          res.setHeader('content-type', path === '/config.json' ? 'application/json' : 'text/javascript');
          res.setHeader('cache-control', 'no-store');
          res.end(path === '/config.json' ? WORKER_CONFIG : workerSource());
          return;
        }
        next();
      });
    },
    generateBundle() {
      if (!withWorker) return;
      this.emitFile({ type: 'asset', fileName: WORKER_FILE, source: workerSource() });
    },
    writeBundle(options) {
      // A worker demo build answers its API from the worker: its config says so (public/config.json
      // is the production default, copied before this runs).
      if (withWorker && options.dir) writeFileSync(join(options.dir, 'config.json'), WORKER_CONFIG);
    },
  };
}
