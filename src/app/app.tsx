import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { PanelFailures, PanelFailuresContext } from '../lib/page-failures';
import { createAppRouter } from './router';
import { createQueryClient } from './query-client';

export function App({ queryClient }: { queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  const [router] = useState(() => createAppRouter(client));
  // The panels on screen that show a failure (one page at a time): the shell's notice counts them.
  const [failures] = useState(() => new PanelFailures());
  return (
    <QueryClientProvider client={client}>
      <PanelFailuresContext value={failures}>
        <RouterProvider router={router} />
      </PanelFailuresContext>
    </QueryClientProvider>
  );
}
