// Whose saved deck is shown (lib/offline/persist.ts): only the session's user's, or anyone's when
// the server cannot be reached at all (presenting offline); a 401 or another user drops it.
import { describe, expect, it } from 'vitest';
import { HttpError, NetworkError, TimeoutError } from '../../src/lib/api/client';
import { sessionAnswer, SNAPSHOT_MAX_AGE_MS, snapshotVerdict } from '../../src/lib/offline/persist';

const now = Date.UTC(2021, 6, 1);
const saved = { savedAt: now - 60_000, user: 'leader' };

describe('the session’s answer', () => {
  it('names the user, says nobody on a 401, unreachable on a network failure, and nothing while it waits', () => {
    expect(sessionAnswer('leader', null)).toEqual({ user: 'leader' });
    expect(sessionAnswer(undefined, new HttpError('GET /session', 401, '未登录'))).toBe('signed-out');
    expect(sessionAnswer(undefined, new NetworkError('GET /session'))).toBe('unreachable');
    expect(sessionAnswer(undefined, new HttpError('GET /session', 503))).toBe('unanswered');
    expect(sessionAnswer(undefined, new TimeoutError('GET /session'))).toBe('unanswered');
    expect(sessionAnswer(undefined, null)).toBe(null);
  });
});

describe('what becomes of the saved deck', () => {
  it('is shown to its own user, and offline', () => {
    expect(snapshotVerdict(saved, { user: 'leader' }, now)).toBe('restore');
    expect(snapshotVerdict(saved, 'unreachable', now)).toBe('restore');
  });

  it('is dropped for another user, for nobody signed in, and when too old', () => {
    expect(snapshotVerdict(saved, { user: 'secretary-xiuhu' }, now)).toBe('drop');
    expect(snapshotVerdict(saved, 'signed-out', now)).toBe('drop');
    expect(snapshotVerdict({ ...saved, savedAt: now - SNAPSHOT_MAX_AGE_MS - 1 }, { user: 'leader' }, now)).toBe('drop');
    expect(snapshotVerdict({ ...saved, savedAt: now - SNAPSHOT_MAX_AGE_MS - 1 }, 'unreachable', now)).toBe('drop');
  });

  it('is kept but not shown when the session answered without naming anyone', () => {
    expect(snapshotVerdict(saved, 'unanswered', now)).toBe('keep');
  });
});
