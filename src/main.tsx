import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
import { StartupError } from './app/startup-error';
import { ConfigError, loadConfig } from './lib/api/config';
import { CONFIG_URL } from './lib/api/early/config-file';
import { confirmHints } from './lib/api/early/answers';
import { adoptMockIdentity } from './lib/api/mock-identity';
import { communitiesOptions, metaOptions, metricsOptions, sessionOptions } from './lib/api/queries';
import './styles.css';

/** The cached app shell (vite-plugin-pwa's sw.js), for a production build not served through MSW's worker. */
function registerOfflineShell(mockMode: string) {
  if (!import.meta.env.PROD || mockMode === 'worker' || !('serviceWorker' in navigator)) return;
  // The config was read before the worker took over: read it once through the worker, so an
  // offline reload finds it in the worker's cache.
  // (The body is read: a response left unread stays open through the worker.)
  const warm = () => void fetch(CONFIG_URL, { cache: 'no-store' }).then((response) => response.arrayBuffer()).catch(() => undefined);
  if (!navigator.serviceWorker.controller) navigator.serviceWorker.addEventListener('controllerchange', warm, { once: true });
  void navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => undefined);
}

async function start() {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  try {
    const config = await loadConfig();
    confirmHints(config);
    // Only a dev server or a worker demo build has the mock backend in the browser; in a
    // production build __MOCK_WORKER__ is false and this import is dropped.
    if (config.mockMode === 'worker') {
      if (!__MOCK_WORKER__) throw new ConfigError('no-worker', CONFIG_URL, 'mockMode "worker": this build contains no mock backend');
      const { startMockWorker } = await import('../mocks/browser');
      await startMockWorker(config.apiBaseUrl);
    }
    registerOfflineShell(config.mockMode);
    adoptMockIdentity(window.location.search, config.mockMode);
    // Every page needs these: ask for them together rather than one after another as components mount.
    const queryClient = createQueryClient();
    void queryClient.prefetchQuery(metaOptions());
    void queryClient.prefetchQuery(sessionOptions());
    void queryClient.prefetchQuery(metricsOptions());
    void queryClient.prefetchQuery(communitiesOptions());
    root.render(
      <StrictMode>
        <App queryClient={queryClient} />
      </StrictMode>,
    );
  } catch (error) {
    // Never a blank page: what is wrong, in the shell index.html painted (also where boot.ts had
    // readied a black page for the deck, which will not come).
    document.documentElement.classList.remove('is-deck');
    root.render(<StartupError error={error} />);
  }
}

void start();
