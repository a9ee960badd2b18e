import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
import { loadConfig } from './lib/api/config';
import { adoptMockUserFromUrl } from './lib/api/mock-user';
import { communitiesOptions, metaOptions, metricsOptions, sessionOptions } from './lib/api/queries';
import './styles.css';

async function start() {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  try {
    const config = await loadConfig();
    // Only mock mode loads the mock backend; a real deployment never downloads it.
    if (config.mockMode === 'worker') {
      const { startMockWorker } = await import('../mocks/browser');
      await startMockWorker(config.apiBaseUrl);
    }
    adoptMockUserFromUrl(window.location.search);
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
    root.render(
      <div className="startup-error" role="alert">
        <h1>无法启动</h1>
        <p>{error instanceof Error ? error.message : String(error)}</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          重新加载
        </button>
      </div>,
    );
  }
}

void start();
