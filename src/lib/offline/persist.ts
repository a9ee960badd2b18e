// The deck's data saved in IndexedDB, so a presenter who opened the deck before the meeting can
// reload and present with the network gone. TanStack Query's own dehydrate/hydrate (what its
// persist-client does; that package pins another query-core and would ship a second copy).
//
// Whose data it is: the user the server's GET /session names, never one the page chose (the mock
// user). It is put back only once the session has said who this is (the same user), or when the
// server cannot be reached at all (offline, the reason it is kept); a 401 or another user drops it.
import { dehydrate, hydrate, type Query, type QueryClient } from '@tanstack/react-query';
import { del, get, set } from 'idb-keyval';
import { HttpError, NetworkError } from '../api/client';
import { queryKeys } from '../api/queries';

const KEY = 'query-snapshot';
/** Saved data older than this is dropped rather than shown. */
export const SNAPSHOT_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

interface Saved {
  savedAt: number;
  /** Whose data it is (the session's user id): dropped when someone else signs in on this browser. */
  user: string;
  state: ReturnType<typeof dehydrate>;
}

export type Restored = Pick<Saved, 'savedAt' | 'user'>;

/**
 * What GET /session said, as far as saved data goes: who is signed in; nobody (401); nothing,
 * because the server cannot be reached (offline); or no answer that names anyone (5xx, timeout…).
 */
export type SessionAnswer = { user: string } | 'signed-out' | 'unreachable' | 'unanswered';

/** The session query's answer so far (`error` may be the failure of a try it will retry), or null while it has none. */
export function sessionAnswer(user: string | undefined, error: unknown): SessionAnswer | null {
  if (user !== undefined) return { user };
  if (error === null || error === undefined) return null;
  if (error instanceof HttpError && error.status === 401) return 'signed-out';
  if (error instanceof NetworkError) return 'unreachable';
  return 'unanswered';
}

/**
 * What becomes of saved data: shown to the user it was saved for, and offline (nobody can say
 * who this is, and presenting without a network is why it is kept); dropped when too old, when
 * nobody is signed in, or for another user; kept unshown when the session did not answer.
 */
export function snapshotVerdict(saved: Restored, answer: SessionAnswer, now: number): 'restore' | 'drop' | 'keep' {
  if (now - saved.savedAt > SNAPSHOT_MAX_AGE_MS || answer === 'signed-out') return 'drop';
  if (answer === 'unreachable') return 'restore';
  if (answer === 'unanswered') return 'keep';
  return answer.user === saved.user ? 'restore' : 'drop';
}

/** The queries a snapshot holds: reference data every page needs, and those marked `meta.persist` (the deck's). */
function isSnapshotQuery(query: Query): boolean {
  const [head] = query.queryKey;
  return query.meta?.persist === true || head === queryKeys.meta()[0] || head === queryKeys.metrics()[0];
}

export async function saveSnapshot(client: QueryClient, user: string): Promise<void> {
  const state = dehydrate(client, { shouldDehydrateQuery: (q) => q.state.status === 'success' && isSnapshotQuery(q) });
  const saved: Saved = { savedAt: Date.now(), user, state };
  await set(KEY, saved);
}

/** Puts saved data back in the cache when `answer` allows (snapshotVerdict); returns when it was saved and for whom, or null. */
export async function restoreSnapshot(client: QueryClient, answer: SessionAnswer, now = Date.now()): Promise<Restored | null> {
  const saved = await get<Saved>(KEY);
  if (!saved) return null;
  const verdict = snapshotVerdict(saved, answer, now);
  if (verdict === 'drop') await del(KEY);
  if (verdict !== 'restore') return null;
  hydrate(client, saved.state);
  return { savedAt: saved.savedAt, user: saved.user };
}

/**
 * Drops the saved data; given the client, also what of it was put back in the cache (it was
 * someone else's), so the queries showing it start afresh.
 */
export async function clearSnapshot(client?: QueryClient): Promise<void> {
  await del(KEY);
  await client?.resetQueries({ predicate: isSnapshotQuery });
}
