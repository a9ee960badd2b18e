/// <reference types="vitest/config" />
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { mockBackend } from './mocks/vite-plugin';

/**
 * Writes `name.br` and `name.gz` beside every text file of the build, so any static server
 * (nginx `gzip_static` / `brotli_static`, a CDN, `npm run demo`) sends them without compressing
 * on each request.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
  return {
    name: 'precompress',
    apply: 'build',
    configResolved: (config) => void (outDir = join(config.root, config.build.outDir)),
    closeBundle: {
      order: 'post',
      handler() {
        for (const file of files(outDir).filter((f) => /\.(js|css|html|svg|json|webmanifest)$/.test(f) && statSync(f).size >= 1024)) {
          const body = readFileSync(file);
          writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
          writeFileSync(`${file}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        }
      },
    },
  };
}

/**
 * index.html's scripts. src/boot.ts is its own entry, loaded before the app's: a few hundred
 * bytes that send the early first-screen request while the app downloads (inside the app's
 * entry it would wait for all of React to compile; Vite merges every module script of
 * index.html into one entry, so it is built as a second input and its tag written here).
 * Preloading the chart chunks here was tried and dropped: docs/performance.md#module-preloading-of-the-chart-code.
 */
function indexScripts(): Plugin {
  return {
    name: 'index-scripts',
    apply: 'build',
    config: () => ({ build: { rolldownOptions: { input: { index: 'index.html', boot: 'src/boot.ts' } } } }),
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const boot = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.isEntry && c.name === 'boot');
        return boot ? html.replace(/(\s*)(<script type="module")/, `$1<script type="module" crossorigin src="/${boot.fileName}"></script>$1$2`) : html;
      },
    },
  };
}

/**
 * The app's first-view code as one chunk. Rolldown splits modules the entry shares with lazy
 * routes into extra common chunks once enough routes share them (rolldown#10731, #9963: a module
 * the entry has already loaded is not merged back into it); three chunks cost 4 KB more gzip than
 * one. This group puts everything the app's entry loads statically (but not what src/boot.ts
 * shares with it, `boot-shared`) in one chunk, named `app`, whichever lazy routes exist.
 */
function appChunk(): { plugin: Plugin; groups: Array<{ name: string; test: (id: string) => boolean; priority: number }> } {
  const core = new Set<string>();
  const shared = new Set<string>();
  const plugin: Plugin = {
    name: 'app-chunk',
    apply: 'build',
    buildEnd() {
      const ids = [...this.getModuleIds()];
      const reach = (from: string | undefined) => {
        const seen = new Set<string>();
        const stack = from ? [from] : [];
        while (stack.length) {
          const id = stack.pop()!;
          if (seen.has(id)) continue;
          seen.add(id);
          stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
        return seen;
      };
      const main = reach(ids.find((id) => /[\\/]src[\\/]main\.tsx$/.test(id)));
      const boot = reach(ids.find((id) => /[\\/]src[\\/]boot\.ts$/.test(id)));
      core.clear();
      shared.clear();
      for (const id of main) (boot.has(id) ? shared : core).add(id);
    },
  };
  // What boot.ts shares with the app stays a small chunk of its own: the early request must not wait for the app's code.
  return { plugin, groups: [{ name: 'boot-shared', test: (id) => shared.has(id), priority: 2 }, { name: 'app', test: (id) => core.has(id), priority: 1 }] };
}
const app = appChunk();

/**
 * V8's explicit compile hint (`//# allFunctionsCalledOnLoad`, Chrome 136+; a plain comment
 * elsewhere) on every JS chunk: its functions are compiled eagerly while the file streams in, off
 * the main thread, instead of one by one on first call, on the main thread, while the first
 * screen renders. Written after minification (which drops comments), before precompression.
 * Figures: docs/performance.md#compile-hints-viteconfigts.
 */
function compileHints(): Plugin {
  let outDir = 'dist';
  return {
    name: 'compile-hints',
    apply: 'build',
    configResolved: (config) => void (outDir = join(config.root, config.build.outDir)),
    writeBundle: {
      order: 'post',
      handler(_, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk') continue;
          const file = join(outDir, chunk.fileName);
          writeFileSync(file, `//# allFunctionsCalledOnLoad\n${readFileSync(file, 'utf8')}`);
        }
      },
    },
  };
}

/**
 * React Router publishes its development build (dev warnings on) under every export condition; its
 * production build (the same code with the warnings off) is what a production bundle should hold.
 */
function reactRouterProduction(): Plugin {
  return {
    name: 'react-router-production',
    apply: 'build',
    config: () => ({ resolve: { alias: [{ find: /^react-router$/, replacement: join(import.meta.dirname, 'node_modules/react-router/dist/production/index.mjs') }] } }),
  };
}

export default defineConfig({
  plugins: [
    reactRouterProduction(),
    react(),
    mockBackend(),
    // The app shell works offline once opened (the deck's data is saved separately, in IndexedDB).
    // main.tsx registers the worker itself, and never beside MSW's worker (mockMode: worker).
    VitePWA({
      injectRegister: false,
      registerType: 'autoUpdate',
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html}'],
        // A worker demo build's mock backend is never part of the cached shell.
        globIgnores: ['**/mockServiceWorker.js', 'assets/browser-*.js'],
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/api\//],
        // config.json says which backend to use: the network first, the last one seen offline.
        runtimeCaching: [{ urlPattern: ({ url }) => url.pathname.endsWith('/config.json'), handler: 'NetworkFirst', options: { cacheName: 'runtime-config' } }],
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
    indexScripts(),
    compileHints(),
    precompress(),
    app.plugin,
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    // dist/.vite/manifest.json: the bundle-budget test and the benchmark read chunk graphs from it.
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: app.groups },
        // The chunk every chart shares holds recharts' core: named after it, not after whichever
        // of our modules the bundler put first in it.
        chunkFileNames: (chunk) => (chunk.moduleIds.some((id) => /recharts[\\/]es6[\\/]chart[\\/]CartesianChart\.js$/.test(id)) ? 'assets/recharts-[hash].js' : 'assets/[name]-[hash].js'),
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/component/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/support/setup.ts'],
    restoreMocks: true,
    // A bound on a hang, not a speed test (speed is the bench's): a 2-core machine under load
    // renders a whole page in jsdom in well over vitest's default 5 s.
    testTimeout: 30_000,
  },
});
