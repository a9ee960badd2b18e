/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { mockBackend } from './mocks/vite-plugin';

export default defineConfig({
  plugins: [
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
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    // dist/.vite/manifest.json: the bundle-budget test and the benchmark read chunk graphs from it.
    manifest: true,
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/component/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/support/setup.ts'],
    restoreMocks: true,
  },
});
