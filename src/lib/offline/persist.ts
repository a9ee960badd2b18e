// The deck's data saved in IndexedDB, so a presenter who opened the deck before the meeting can
// reload and present with the network gone. TanStack Query's own dehydrate/hydrate (what its
// persist-client does; that package pins another query-core and would ship a second copy).
import { dehydrate, hydrate, type Query, type QueryClient } from '@tanstack/react-query';
import { del, get, set } from 'idb-keyval';
import { queryKeys } from '../api/queries';

const KEY = 'query-snapshot';
/** Saved data older than this is dropped rather than shown. */
export const SNAPSHOT_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

interface Saved {
  savedAt: number;
  /** Whose data it is: dropped when someone else signs in on this browser. */
  user: string;
  state: ReturnType<typeof dehydrate>;
}

/** Reference data every page needs, and the queries marked `meta.persist` (the deck's snapshot). */
function worthKeeping(query: Query): boolean {
  if (query.state.status !== 'success') return false;
  const [head] = query.queryKey;
  return query.meta?.persist === true || head === queryKeys.meta()[0] || head === queryKeys.metrics()[0];
}

export async function saveSnapshot(client: QueryClient, user: string): Promise<void> {
  const saved: Saved = { savedAt: Date.now(), user, state: dehydrate(client, { shouldDehydrateQuery: worthKeeping }) };
  await set(KEY, saved);
}

/**
 * Puts saved data back in the cache; returns when it was saved and for whom, or null (none, too
 * old, or another user's). `user` null: not known yet (the caller checks once the session is in).
 */
export async function restoreSnapshot(client: QueryClient, user: string | null, now = Date.now()): Promise<{ savedAt: number; user: string } | null> {
  const saved = await get<Saved>(KEY);
  if (!saved) return null;
  if (now - saved.savedAt > SNAPSHOT_MAX_AGE_MS || (user !== null && saved.user !== user)) {
    await del(KEY);
    return null;
  }
  hydrate(client, saved.state);
  return { savedAt: saved.savedAt, user: saved.user };
}

export async function clearSnapshot(): Promise<void> {
  await del(KEY);
}
