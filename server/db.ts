// The database: embedded PGlite with its data in a folder by default (nothing to install), or a
// PostgreSQL server when DATABASE_URL is set. Both run the same migrations and the same queries.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { PGliteDialect } from './pglite-dialect';
import type { Database } from './schema';

export const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface DatabaseOptions {
  /** A PostgreSQL connection string; omitted: PGlite. */
  url?: string;
  /** PGlite's data folder; omitted: in memory (tests). */
  dataDir?: string;
}

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: 'pglite' | 'postgresql';
  /** Runs a script of several statements (a migration file), outside Kysely's query builder. */
  runScript(script: string): Promise<void>;
  close(): Promise<void>;
}

/** Where the database is, from the environment: DATABASE_URL, else PGlite in DATA_DIR (default `.data/db`). */
export function optionsFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseOptions {
  return env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.DATA_DIR ?? '.data/db' };
}

/** Opens the database and brings its schema up to date. */
export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  const handle = options.url ? openPostgres(options.url) : await openPGlite(options.dataDir);
  await migrate(handle);
  // PostgreSQL's autovacuum keeps them fresh; PGlite has none, so whatever was written since the
  // last start (monthly reports, imports) is counted as the server starts.
  if (handle.kind === 'pglite') await refreshPlannerStatistics(handle.db);
  return handle;
}

/**
 * Counts the tables' rows for the query planner (ANALYZE), after a bulk write. Without counts
 * PGlite planned the overview's monthly sums for 17 rows where there were 36,000 (500
 * communities): a sort before the sums, 69 ms, instead of hashing them, 20 ms.
 */
export async function refreshPlannerStatistics(db: Kysely<Database>, table?: keyof Database): Promise<void> {
  await (table ? sql`ANALYZE ${sql.table(table)}` : sql`ANALYZE`).execute(db);
}

function openPostgres(url: string): DatabaseHandle {
  // bigint sums come back as strings; the queries cast what they read, so the default stays.
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'postgresql',
    runScript: async (script) => void (await pool.query(script)),
    close: () => db.destroy(),
  };
}

async function openPGlite(dataDir: string | undefined): Promise<DatabaseHandle> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pglite = dataDir ? new PGlite(dataDir) : new PGlite();
  await pglite.waitReady;
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    kind: 'pglite',
    runScript: async (script) => void (await pglite.exec(script)),
    close: () => db.destroy(),
  };
}

const MIGRATION_NAME = /^\d{3}_[a-z0-9_]+\.sql$/;

/** Applies server/migrations/*.sql not applied yet, in name order, each in its own transaction. */
export async function migrate(handle: DatabaseHandle, dir = MIGRATIONS_DIR): Promise<string[]> {
  await handle.runScript('CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
  const done = new Set((await handle.db.selectFrom('schema_migrations').select('name').execute()).map((r) => r.name));
  const applied: string[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.sql')).sort()) {
    if (done.has(name)) continue;
    if (!MIGRATION_NAME.test(name)) throw new Error(`migration file name must look like 001_what.sql: ${name}`);
    // The name is checked above, so writing it into the script is safe.
    await handle.runScript(`BEGIN;\n${readFileSync(join(dir, name), 'utf8')}\n;INSERT INTO schema_migrations (name) VALUES ('${name}');\nCOMMIT;`);
    applied.push(name);
  }
  return applied;
}
