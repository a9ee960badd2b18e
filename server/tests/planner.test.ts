// The query planner's row counts: PGlite has no autovacuum, so without them it planned the
// overview's monthly sums for 17 rows where 36,000 were read (see refreshPlannerStatistics).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleDataset } from '../../tests/support/sample-dataset';
import { openDatabase, type DatabaseHandle } from '../db';
import { seedDataset } from '../seed';
import { BACKENDS, freshDatabase } from './support';

const plannerRows = async ({ db }: DatabaseHandle, table: string) =>
  Number((await sql<{ reltuples: number }>`SELECT reltuples FROM pg_class WHERE relname = ${table}`.execute(db)).rows[0].reltuples);
const rowCount = async ({ db }: DatabaseHandle, table: 'figures' | 'targets') => Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe.each(BACKENDS)('the planner’s row counts (%s)', (backend) => {
  let handle: DatabaseHandle | undefined;
  afterEach(async () => {
    await handle?.close();
    handle = undefined;
  });

  it('are counted once the sample data is loaded', async () => {
    handle = await freshDatabase(backend);
    await seedDataset(handle.db, sampleDataset);
    expect(await rowCount(handle, 'figures')).toBeGreaterThan(1000);
    expect(await plannerRows(handle, 'figures')).toBe(await rowCount(handle, 'figures'));
    expect(await plannerRows(handle, 'targets')).toBe(await rowCount(handle, 'targets'));
  });
});

it('PGlite counts rows written since its last start as it opens', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'planner-'));
  try {
    const first = await openDatabase({ dataDir });
    await seedDataset(first.db, sampleDataset);
    // A month's figures written after the counts (as monthly reports are), then a restart.
    await first.db.deleteFrom('figures').where('month', '>=', '2021-01').execute();
    const left = await rowCount(first, 'figures');
    expect(await plannerRows(first, 'figures')).not.toBe(left);
    await first.close();
    const second = await openDatabase({ dataDir });
    expect(await plannerRows(second, 'figures')).toBe(left);
    await second.close();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
