import { render } from '@testing-library/react';
import { App } from '../../src/app/app';
import { createQueryClient } from '../../src/app/query-client';
import { getConfig, setConfig, type AppConfig } from '../../src/lib/api/config';
import { adoptMockIdentity } from '../../src/lib/api/mock-identity';

/** Renders the whole app at `url` against the MSW handlers, as main.tsx would in mock mode (`config`: e.g. a short request timeout). */
export function renderApp(url: string, config: Partial<AppConfig> = {}) {
  setConfig({ apiBaseUrl: '/api', mockMode: 'server', ...config });
  window.history.replaceState(null, '', url);
  adoptMockIdentity(window.location.search, getConfig().mockMode);
  const queryClient = createQueryClient();
  // Same retry rules as the app, without the back-off wait.
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retryDelay: 0 } });
  return { queryClient, ...render(<App queryClient={queryClient} />) };
}

export function currentSearch(): URLSearchParams {
  return new URLSearchParams(window.location.search);
}
