// Holds API requests that match until released, so a test can look at a page while new
// figures are on their way; and counts requests per endpoint.
import { http } from 'msw';
import { server } from './msw-server';

export function holdRequests(match: (url: URL) => boolean): { release: () => void; held: string[] } {
  let release = () => undefined as void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const held: string[] = [];
  server.use(
    http.get('*/api/*', async ({ request }) => {
      const url = new URL(request.url);
      if (!match(url)) return undefined;
      held.push(`${url.pathname}${url.search}`);
      await gate;
      return undefined; // on to the real handler
    }),
  );
  return { release, held };
}

/** Counts requests by path and query ("/targets?years=2021&level=community"). */
export function countRequests(): Map<string, number> {
  const counts = new Map<string, number>();
  server.use(
    http.get('*/api/*', ({ request }) => {
      const url = new URL(request.url);
      const key = decodeURIComponent(`${url.pathname.replace(/^\/api/, '')}${url.search}`);
      counts.set(key, (counts.get(key) ?? 0) + 1);
      return undefined;
    }),
  );
  return counts;
}
