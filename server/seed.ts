// Loads a dataset of mocks/data (the seed article's 2020 figures and the sample years, or a large
// synthetic set) into the database: the same figures the mock backend answers from, so the
// server's answers can be compared with the mock's.
import type { Kysely } from 'kysely';
import { refreshPlannerStatistics } from './db';
import { generateDataset, type Dataset, type GenerateOptions } from '../mocks/data/generate';
import type { Database } from './schema';

/** Rows per INSERT: well below PostgreSQL's 65,535 parameters. */
const BATCH = 2_000;

async function insertInBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

/**
 * Replaces the subdistrict, catalogue, communities, figures and targets with `dataset`'s, in one
 * transaction. Users and their sessions stay (a community a user belongs to must stay too).
 */
export async function seedDataset(db: Kysely<Database>, dataset: Dataset): Promise<{ figures: number; targets: number }> {
  const figures: Array<{ metric_id: string; community_id: string | null; month: string; value: number }> = [];
  for (const [metricId, { byCommunity, centre }] of Object.entries(dataset.values)) {
    dataset.months.forEach((month, m) => {
      if (centre) figures.push({ metric_id: metricId, community_id: null, month, value: centre[m] });
      byCommunity.forEach((series, c) => {
        if (series) figures.push({ metric_id: metricId, community_id: dataset.communities[c].id, month, value: series[m] });
      });
    });
  }
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('figures').execute();
    await trx.deleteFrom('targets').execute();
    await trx.deleteFrom('rates').execute();
    await trx.deleteFrom('metrics').execute();
    await trx.deleteFrom('areas').execute();
    await trx.deleteFrom('subdistrict').execute();
    const { meta } = dataset;
    await trx.insertInto('subdistrict').values({ name: meta.subdistrict.name, city: meta.subdistrict.city, first_month: meta.firstMonth, latest_month: meta.latestMonth, updated_at: meta.updatedAt }).execute();
    await trx.insertInto('areas').values(dataset.areas.map((a, position) => ({ id: a.id, position, name: a.name, lead_metric_id: a.leadMetricId }))).execute();
    await trx
      .insertInto('metrics')
      .values(
        dataset.metrics.map((m, position) => ({
          id: m.id,
          position,
          name: m.name,
          area_id: m.area,
          unit: m.unit,
          higher_is_better: m.higherIsBetter,
          scope: m.scope,
          service: m.service ?? null,
          definition: m.definition,
          index_weight: m.indexWeight ?? null,
          min_target: m.minTarget ?? null,
        })),
      )
      .execute();
    await trx.insertInto('rates').values(dataset.rates.map((r, position) => ({ id: r.id, position, name: r.name, area_id: r.area, numerator_id: r.numeratorId, denominator_id: r.denominatorId }))).execute();
    const ids = dataset.communities.map((c) => c.id);
    if (ids.length > 0) await trx.deleteFrom('communities').where('id', 'not in', ids).execute();
    else await trx.deleteFrom('communities').execute();
    await insertInBatches(
      dataset.communities.map((c, position) => ({ id: c.id, position, name: c.name, households: c.households, services: c.services, tile_row: c.tile.row, tile_col: c.tile.col })),
      (batch) =>
        trx
          .insertInto('communities')
          .values(batch)
          .onConflict((oc) =>
            oc.column('id').doUpdateSet((eb) => ({
              position: eb.ref('excluded.position'),
              name: eb.ref('excluded.name'),
              households: eb.ref('excluded.households'),
              services: eb.ref('excluded.services'),
              tile_row: eb.ref('excluded.tile_row'),
              tile_col: eb.ref('excluded.tile_col'),
            })),
          )
          .execute(),
    );
    await insertInBatches(figures, (batch) => trx.insertInto('figures').values(batch).execute());
    await insertInBatches(
      dataset.targets.map((t) => ({ metric_id: t.metricId, year: t.year, community_id: t.communityId, value: t.value })),
      (batch) => trx.insertInto('targets').values(batch).execute(),
    );
  });
  await refreshPlannerStatistics(db);
  return { figures: figures.length, targets: dataset.targets.length };
}

export function sampleDataset(options: GenerateOptions = {}): Dataset {
  return generateDataset(options);
}
