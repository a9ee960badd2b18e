// Sign-in: scrypt password hashes (node:crypto), sessions kept as the hash of a random token
// that only the HttpOnly cookie holds, and a limit on failed sign-ins per user name and address.
import { createHash, randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { User } from '../src/lib/api/contract';
import type { Database } from './schema';

const scrypt = (password: string, salt: Buffer, keylen: number, options: ScryptOptions) =>
  new Promise<Buffer>((ok, fail) => scryptCallback(password, salt, keylen, options, (error, key) => (error ? fail(error) : ok(key))));

/** scrypt's cost (N = 2^15, r = 8, p = 1: about 32 MB and ~50 ms a hash on this machine). */
const COST = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_BYTES = 32;

/** `scrypt$N$r$p$salt$hash`, salt and hash in base64url: the parameters travel with the hash. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, KEY_BYTES, COST);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await scrypt(password, Buffer.from(salt, 'base64url'), expected.length, { N: Number(n), r: Number(r), p: Number(p), maxmem: COST.maxmem });
  return timingSafeEqual(key, expected);
}

/** A hash no password matches, checked for an unknown user name so it takes as long as a known one. */
let decoy: Promise<string> | undefined;
export const decoyHash = () => (decoy ??= hashPassword(randomBytes(16).toString('hex')));

const tokenHash = (token: string) => createHash('sha256').update(token).digest('base64url');

export const SESSION_COOKIE = 'session';
/** A session lasts a working day unless signed out. */
export const DEFAULT_SESSION_TTL_MS = 12 * 60 * 60 * 1000;

const toUser = (row: { id: string; name: string; role: User['role']; community_id: string | null }): User => ({
  id: row.id,
  name: row.name,
  role: row.role,
  ...(row.community_id !== null && { communityId: row.community_id }),
});

export async function findUserForSignIn(db: Kysely<Database>, id: string) {
  const row = await db.selectFrom('users').select(['id', 'name', 'role', 'community_id', 'password_hash']).where('id', '=', id).executeTakeFirst();
  return row ? { user: toUser(row), passwordHash: row.password_hash } : undefined;
}

/** A new session for `userId`; the token goes in the cookie, its hash in the database. Expired ones are cleared on the way. */
export async function createSession(db: Kysely<Database>, userId: string, now: Date, ttlMs: number): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
  await db.insertInto('sessions').values({ token_hash: tokenHash(token), user_id: userId, expires_at: new Date(now.getTime() + ttlMs) }).execute();
  return token;
}

/** The user a session cookie belongs to: 'expired' for a session past its time, null for no such session (a forged or stale cookie). */
export async function sessionUser(db: Kysely<Database>, token: string, now: Date): Promise<User | 'expired' | null> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['users.id', 'users.name', 'users.role', 'users.community_id', 'sessions.expires_at'])
    .where('sessions.token_hash', '=', tokenHash(token))
    .executeTakeFirst();
  if (!row) return null;
  if (new Date(row.expires_at).getTime() <= now.getTime()) return 'expired';
  return toUser(row);
}

export async function deleteSession(db: Kysely<Database>, token: string) {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash(token)).execute();
}

/**
 * Failed sign-ins per key (user name + address) in a sliding window: past `limit`, sign-in is
 * refused for that key until the oldest failure leaves the window. Nothing else is locked.
 */
export class SignInLimiter {
  private readonly failures = new Map<string, number[]>();
  constructor(
    readonly limit = 5,
    readonly windowMs = 60_000,
  ) {}

  /** Milliseconds until `key` may try again; 0: now. */
  waitMs(key: string, now: number): number {
    const recent = (this.failures.get(key) ?? []).filter((t) => t > now - this.windowMs);
    if (recent.length === 0) this.failures.delete(key);
    else this.failures.set(key, recent);
    return recent.length >= this.limit ? recent[0] + this.windowMs - now : 0;
  }

  fail(key: string, now: number) {
    this.failures.set(key, [...(this.failures.get(key) ?? []), now]);
  }

  succeed(key: string) {
    this.failures.delete(key);
  }
}
