// The API's GET endpoints answered from the database, with the shapes of the contract
// (src/lib/api/contract.ts) and the rules of src/lib/api/request-rules.ts and domain/access.ts:
// the same answers as the mock backend (server/tests/parity.test.ts holds them to it).
import { sql, type Kysely } from 'kysely';
import { API_PATHS, type Area, type Catalogue, type Community, type MetaResponse, type Metric, type Rate, type SeriesRow, type Target, type User } from '../src/lib/api/contract';
import { isRefusal, listTooLong, parseSeriesParams, parseTargetsParams, type SeriesParams, type TargetsParams } from '../src/lib/api/request-rules';
import { periodFromSearch } from '../src/domain/period';
import { overviewMetricId, overviewRequests } from '../src/lib/api/overview';
import type { Database } from './schema';
import { chinaTime } from './time';

export interface Answer {
  status: number;
  body: unknown;
}

const ok = (body: unknown): Answer => ({ status: 200, body });

/** How long GET /overview waits for any one of its parts, as the mock does. */
export const OVERVIEW_PART_DEADLINE_MS = 2_000;

/**
 * What one request reads of the subdistrict, its catalogue and communities: each read once per
 * request however many parts (GET /overview) need it.
 */
export class Reads {
  private metaRead?: Promise<MetaResponse>;
  private catalogueRead?: Promise<Catalogue>;
  private communitiesRead?: Promise<Community[]>;

  constructor(readonly db: Kysely<Database>) {}

  meta(): Promise<MetaResponse> {
    return (this.metaRead ??= this.db
      .selectFrom('subdistrict')
      .selectAll()
      .executeTakeFirstOrThrow(() => new Error('数据库中还没有街道信息：先运行 npm run server:seed'))
      .then((s) => ({ subdistrict: { name: s.name, city: s.city }, firstMonth: s.first_month, latestMonth: s.latest_month, updatedAt: chinaTime(new Date(s.updated_at)) })));
  }

  catalogue(): Promise<Catalogue> {
    return (this.catalogueRead ??= Promise.all([
      this.db.selectFrom('areas').selectAll().orderBy('position').execute(),
      this.db.selectFrom('metrics').selectAll().orderBy('position').execute(),
      this.db.selectFrom('rates').selectAll().orderBy('position').execute(),
    ]).then(([areas, metrics, rates]) => ({
      areas: areas.map((a): Area => ({ id: a.id, name: a.name, leadMetricId: a.lead_metric_id })),
      metrics: metrics.map(
        (m): Metric => ({
          id: m.id,
          name: m.name,
          area: m.area_id,
          unit: m.unit,
          higherIsBetter: m.higher_is_better,
          scope: m.scope,
          ...(m.service !== null && { service: m.service }),
          definition: m.definition,
          ...(m.index_weight !== null && { indexWeight: m.index_weight }),
          ...(m.min_target !== null && { minTarget: m.min_target }),
        }),
      ),
      rates: rates.map((r): Rate => ({ id: r.id, name: r.name, area: r.area_id, numeratorId: r.numerator_id, denominatorId: r.denominator_id })),
    })));
  }

  communities(): Promise<Community[]> {
    return (this.communitiesRead ??= this.db
      .selectFrom('communities')
      .selectAll()
      .orderBy('position')
      .execute()
      .then((rows) => rows.map((c): Community => ({ id: c.id, name: c.name, households: c.households, services: c.services, tile: { row: c.tile_row, col: c.tile_col } }))));
  }

  async metricIds(): Promise<string[]> {
    return (await this.catalogue()).metrics.map((m) => m.id);
  }
}

export async function queryTargets(db: Kysely<Database>, asked: TargetsParams): Promise<Target[]> {
  let query = db.selectFrom('targets').select(['metric_id', 'year', 'community_id', 'value']).where('year', 'in', asked.years);
  if (asked.metrics) query = query.where('metric_id', 'in', asked.metrics);
  if (asked.level) query = query.where('community_id', asked.level === 'subdistrict' ? 'is' : 'is not', null);
  const rows = await query.orderBy('id').execute();
  return rows.map((t) => ({ metricId: t.metric_id, year: t.year, communityId: t.community_id, value: t.value }));
}

/** Months from `from` to `to`, both YYYY-MM, in order. */
function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = from.split('-').map(Number);
  for (let month = from; month <= to; month = `${y}-${String(m).padStart(2, '0')}`) {
    months.push(month);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return months;
}

/**
 * GET /series: sums by metric (and month, and community, as grouped) in SQL; the rows are laid
 * out in the catalogue's and the communities' order. A cell without any reported figure is
 * null, never 0: a community without the service has no figures at all.
 */
export async function querySeries(reads: Reads, asked: SeriesParams): Promise<SeriesRow[]> {
  const [meta, catalogue, communities] = await Promise.all([reads.meta(), reads.catalogue(), reads.communities()]);
  const start = asked.from > meta.firstMonth ? asked.from : meta.firstMonth;
  const end = asked.to < meta.latestMonth ? asked.to : meta.latestMonth;
  const byMonth = asked.groupBy === 'month' || asked.groupBy === 'month,community';
  const byCommunity = asked.groupBy === 'community' || asked.groupBy === 'month,community';
  const named = asked.communities?.length ? new Set(asked.communities) : null;
  const picked = communities.filter((c) => !named || named.has(c.id)).map((c) => c.id);

  const sums = new Map<string, number>();
  const key = (metricId: string, month: string | null, communityId: string | null) => `${metricId}|${month ?? ''}|${communityId ?? ''}`;
  if (start <= end && asked.metrics.length > 0) {
    let query = reads.db
      .selectFrom('figures')
      .select('metric_id')
      .select(sql<number>`cast(sum(value) as double precision)`.as('total'))
      .where('metric_id', 'in', asked.metrics)
      .where('month', '>=', start)
      .where('month', '<=', end)
      .groupBy('metric_id');
    if (named) query = query.where((eb) => eb.or([eb('community_id', 'is', null), eb('community_id', 'in', [...named])]));
    const grouped = query.$if(byMonth, (q) => q.select('month').groupBy('month')).$if(byCommunity, (q) => q.select('community_id').groupBy('community_id'));
    for (const row of await grouped.execute()) {
      // Only the columns grouped by are there: a total over communities is keyed as the centre's (no community).
      const r = row as { metric_id: string; total: number; month?: string; community_id?: string | null };
      sums.set(key(r.metric_id, r.month ?? null, r.community_id ?? null), r.total);
    }
  }

  const centre = new Set(catalogue.metrics.filter((m) => m.scope === 'centre').map((m) => m.id));
  const cells: Array<string | null> = start > end ? [] : byMonth ? monthsBetween(start, end) : [null];
  const rows: SeriesRow[] = [];
  for (const metricId of asked.metrics) {
    for (const month of cells) {
      const at = month ? { month } : {};
      if (centre.has(metricId)) {
        rows.push({ metricId, ...at, ...(byCommunity && { communityId: null }), value: sums.get(key(metricId, month, null)) ?? null });
      } else if (byCommunity) {
        for (const communityId of picked) rows.push({ metricId, ...at, communityId, value: sums.get(key(metricId, month, communityId)) ?? null });
      } else {
        rows.push({ metricId, ...at, value: sums.get(key(metricId, month, null)) ?? null });
      }
    }
    if (cells.length === 0 && !byMonth && !byCommunity) rows.push({ metricId, value: null });
  }
  return rows;
}

/** One GET endpoint's answer for a signed-in user: what the route and GET /overview's parts both give. */
export async function answerGet(path: string, search: URLSearchParams, user: User, reads: Reads): Promise<Answer> {
  const tooLong = listTooLong(search);
  if (tooLong) return { status: tooLong.status, body: { error: tooLong.error } };
  switch (path) {
    case API_PATHS.session:
      return ok({ user });
    case API_PATHS.meta:
      return ok(await reads.meta());
    case API_PATHS.communities:
      return ok({ communities: await reads.communities() });
    case API_PATHS.metrics:
      return ok(await reads.catalogue());
    case API_PATHS.targets: {
      const asked = parseTargetsParams(search, await reads.metricIds());
      if (isRefusal(asked)) return { status: asked.status, body: { error: asked.error } };
      return ok({ targets: await queryTargets(reads.db, asked) });
    }
    case API_PATHS.series: {
      const asked = parseSeriesParams(search, await reads.metricIds(), user, await reads.meta());
      if (isRefusal(asked)) return { status: asked.status, body: { error: asked.error } };
      return ok({ from: asked.from, to: asked.to, groupBy: asked.groupBy, rows: await querySeries(reads, asked) });
    }
    case API_PATHS.overview:
      return ok(await answerOverview(search, user, reads));
    default:
      return { status: 404, body: { error: `没有这个接口：${path}` } };
  }
}

/**
 * The overview's first screen in one response: each of its requests answered as its own
 * endpoint would (access rules and all). A part not ready within the deadline is a 504 with no
 * body, which the client asks for again on its own.
 */
async function answerOverview(search: URLSearchParams, user: User, reads: Reads) {
  const [meta, catalogue] = await Promise.all([reads.meta(), reads.catalogue()]);
  const { period } = periodFromSearch(search, meta);
  const answers = await Promise.all(
    overviewRequests(catalogue, period, overviewMetricId(catalogue, search)).map(async (request) => {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((done) => (timer = setTimeout(() => done('late'), OVERVIEW_PART_DEADLINE_MS)));
      const answer = await Promise.race([answerGet(request.path, new URLSearchParams(request.params), user, reads), late]).finally(() => clearTimeout(timer));
      return answer === 'late' ? { request, status: 504, body: null } : { request, status: answer.status, body: answer.body };
    }),
  );
  return { from: period.from, to: period.to, answers };
}
