// What the server's tests share: a seeded server on a free port, on PGlite or on a fresh
// PostgreSQL database, with the mock's users (same ids and names) signed in by password.
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import pg from 'pg';
import { inject } from 'vitest';
import { mockUsers } from '../../mocks/users';
import { sampleDataset } from '../../tests/support/sample-dataset';
import { createApp, type AppOptions } from '../app';
import { hashPassword } from '../auth';
import { openDatabase, type DatabaseHandle } from '../db';
import { seedDataset } from '../seed';

export type Backend = 'pglite' | 'postgresql';

/** The backends to run on: PGlite always, PostgreSQL when global-setup found one. */
export const BACKENDS: Backend[] = inject('postgresUrl') ? ['pglite', 'postgresql'] : ['pglite'];

export const PASSWORD = 'correct horse battery';
/** The mock users the tests sign in as (the access matrix's three). */
export const TEST_USERS = ['leader', 'secretary-cilin', 'viewer'] as const;

/** A fresh database: PGlite in memory, or a new database on the PostgreSQL server (dropped on close). */
export async function freshDatabase(backend: Backend): Promise<DatabaseHandle> {
  if (backend === 'pglite') return openDatabase({});
  const admin = new URL(inject('postgresUrl'));
  const name = `test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin.href });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin.href);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.href });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const drop = new pg.Client({ connectionString: admin.href });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS ${name}`);
      await drop.end();
    },
  };
}

export interface TestServer {
  url: string;
  handle: DatabaseHandle;
  /** A signed-in user's cookie header. */
  cookie(user: (typeof TEST_USERS)[number]): string;
  close(): Promise<void>;
}

/** The scrypt hash of PASSWORD, made once: every test user shares it. */
let hashed: Promise<string> | undefined;

export async function startTestServer(backend: Backend, options: Partial<AppOptions> = {}): Promise<TestServer> {
  const handle = await freshDatabase(backend);
  await seedDataset(handle.db, sampleDataset);
  const passwordHash = await (hashed ??= hashPassword(PASSWORD));
  const users = mockUsers(sampleDataset.communities).filter((u) => (TEST_USERS as readonly string[]).includes(u.id));
  await handle.db
    .insertInto('users')
    .values(users.map((u) => ({ id: u.id, name: u.name, role: u.role, community_id: u.communityId ?? null, password_hash: passwordHash })))
    .execute();
  const app = createApp({ db: handle.db, ...options });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((ok) => (server.listening ? ok() : server.once('listening', () => ok())));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const cookies = new Map<string, string>();
  for (const user of TEST_USERS) {
    const response = await fetch(`${url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json', origin: url }, body: JSON.stringify({ username: user, password: PASSWORD }) });
    if (response.status !== 200) throw new Error(`sign-in of ${user}: ${response.status} ${await response.text()}`);
    cookies.set(user, sessionCookieOf(response));
  }
  return {
    url,
    handle,
    cookie: (user) => cookies.get(user)!,
    close: async () => {
      await new Promise<void>((ok) => {
        server.close(() => ok());
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      await handle.close();
    },
  };
}

/** `session=…` from a response's Set-Cookie, as a Cookie header sends it back. */
export function sessionCookieOf(response: Response): string {
  const set = response.headers.getSetCookie().find((c) => c.startsWith('session='));
  if (!set) throw new Error('no session cookie set');
  return set.split(';')[0];
}
