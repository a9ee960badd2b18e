// Monthly reports in: a secretary's draft and submission of their community's month, a leader's
// 上报情况, approval (the figures go into `figures`, the month is locked) or return with a
// comment, and corrections of an approved month with a reason, kept in audit_log.
import type { Hono } from 'hono';
import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import { addMonths } from '../src/domain/month';
import { checkReport } from '../src/domain/report-rules';
import { reportDue } from '../src/domain/report-status';
import { REPORT_REFUSALS as R, reportProblemText } from '../src/lib/i18n/reports';
import type { User } from '../src/lib/api/contract';
import { Reads } from './api';
import type { Database } from './schema';
import { chinaMonth, chinaTime } from './time';

/** A report is on time when submitted by this day of the following month (China time): one rule, in domain. */
export { REPORT_DUE_DAY } from '../src/domain/report-status';

type Fail = (c: Context, status: 400 | 403 | 404 | 409, error: string) => Response;

interface ReportBody {
  figures?: unknown;
  reasons?: unknown;
  comment?: unknown;
  reason?: unknown;
}

const asRecord = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
const asReasons = (value: unknown): Record<string, string> => Object.fromEntries(Object.entries(asRecord(value)).filter((e): e is [string, string] => typeof e[1] === 'string'));

export function reportRoutes(app: Hono<{ Variables: { user: User } }>, db: Kysely<Database>, signedIn: (c: Context) => Promise<User | Response>, fail: Fail, now: () => Date) {
  const mayWrite = (user: User, communityId: string) => user.role === 'secretary' && user.communityId === communityId;
  const mayRead = (user: User, communityId: string) => user.role === 'leader' || mayWrite(user, communityId);

  const find = (communityId: string, month: string) => db.selectFrom('reports').selectAll().where('community_id', '=', communityId).where('month', '=', month).executeTakeFirst();

  /** The rules at the door, with the community's last 12 approved months as its usual range. */
  const problemsOf = async (communityId: string, month: string, figures: Record<string, unknown>, reasons: Record<string, string>) => {
    const community = (await new Reads(db).communities()).find((c) => c.id === communityId);
    if (!community) return [R.noCommunity];
    const history: Record<string, number[]> = {};
    const rows = await db
      .selectFrom('figures')
      .select(['metric_id', 'value'])
      .where('community_id', '=', communityId)
      .where('month', '>=', addMonths(month.match(/^\d{4}-\d{2}$/) ? month : '2000-01', -12))
      .where('month', '<', month)
      .execute();
    for (const r of rows) (history[r.metric_id] ??= []).push(Number(r.value));
    const problems = checkReport({ month, values: figures, reasons }, { catalogue: await new Reads(db).catalogue(), community, currentMonth: chinaMonth(now()), history });
    return problems.map(reportProblemText);
  };

  const shape = (r: Awaited<ReturnType<typeof find>>) =>
    r && {
      communityId: r.community_id,
      month: r.month,
      status: r.status,
      figures: r.figures,
      reasons: r.reasons,
      comment: r.comment,
      updatedAt: chinaTime(new Date(r.updated_at)),
      submittedAt: r.submitted_at && chinaTime(new Date(r.submitted_at)),
      decidedAt: r.decided_at && chinaTime(new Date(r.decided_at)),
    };

  const withUser = (handler: (c: Context, user: User) => Promise<Response>) => async (c: Context) => {
    const user = await signedIn(c);
    return user instanceof Response ? user : handler(c, user);
  };
  const body = async (c: Context): Promise<ReportBody> => asRecord(await c.req.json().catch(() => ({}))) as ReportBody;

  // 上报情况: every community's report of a month, and whether it came in on time.
  app.get('/api/reports', withUser(async (c, user) => {
    if (user.role !== 'leader') return fail(c, 403, R.statusLeadersOnly);
    const month = c.req.query('month') ?? '';
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return fail(c, 400, R.badMonthParam);
    const due = new Date(reportDue(month));
    const [communities, reports] = await Promise.all([new Reads(db).communities(), db.selectFrom('reports').selectAll().where('month', '=', month).execute()]);
    return c.json({
      month,
      due: chinaTime(due),
      communities: communities.map((community) => {
        const r = reports.find((x) => x.community_id === community.id);
        const submitted = r?.submitted_at ? new Date(r.submitted_at) : null;
        return { communityId: community.id, status: r?.status ?? 'none', submittedAt: submitted && chinaTime(submitted), onTime: submitted ? submitted.getTime() <= due.getTime() : null };
      }),
    });
  }));

  app.get('/api/reports/:community/:month', withUser(async (c, user) => {
    const { community, month } = c.req.param();
    if (!mayRead(user, community)) return fail(c, 403, R.readOwnOnly);
    const report = await find(community, month);
    return report ? c.json(shape(report)) : fail(c, 404, R.noReport(month));
  }));

  // Save a draft (a returned report is saved as a draft again); a submitted or approved one may not be.
  app.put('/api/reports/:community/:month', withUser(async (c, user) => {
    const { community, month } = c.req.param();
    if (!mayWrite(user, community)) return fail(c, 403, R.writeOwnOnly);
    const existing = await find(community, month);
    if (existing && (existing.status === 'submitted' || existing.status === 'approved')) return fail(c, 409, existing.status === 'approved' ? R.locked : R.awaitingReview);
    const { figures, reasons } = await body(c);
    const values = asRecord(figures);
    const problems = await problemsOf(community, month, values, asReasons(reasons));
    if (problems.length) return fail(c, 400, problems.join('；'));
    const row = { community_id: community, month, status: 'draft' as const, figures: JSON.stringify(values), reasons: JSON.stringify(asReasons(reasons)), updated_by: user.id, updated_at: now() };
    await db.insertInto('reports').values(row).onConflict((oc) => oc.columns(['community_id', 'month']).doUpdateSet({ status: 'draft', figures: row.figures, reasons: row.reasons, updated_by: user.id, updated_at: row.updated_at })).execute();
    return c.json(shape(await find(community, month)));
  }));

  app.post('/api/reports/:community/:month/submit', withUser(async (c, user) => {
    const { community, month } = c.req.param();
    if (!mayWrite(user, community)) return fail(c, 403, R.submitOwnOnly);
    const report = await find(community, month);
    if (!report || report.status !== 'draft') return fail(c, 409, report ? R.onlyDraftsSubmit : R.saveFirst);
    const problems = await problemsOf(community, month, report.figures, report.reasons);
    if (problems.length) return fail(c, 400, problems.join('；'));
    await db.updateTable('reports').set({ status: 'submitted', submitted_at: now(), updated_at: now(), updated_by: user.id }).where('community_id', '=', community).where('month', '=', month).execute();
    return c.json(shape(await find(community, month)));
  }));

  // A leader's decision: approve (figures in, month locked) or return with a comment.
  app.post('/api/reports/:community/:month/:decision{approve|return}', withUser(async (c, user) => {
    const { community, month, decision } = c.req.param();
    if (user.role !== 'leader') return fail(c, 403, R.reviewLeadersOnly);
    const report = await find(community, month);
    if (!report || report.status !== 'submitted') return fail(c, 409, R.onlySubmittedReviewed);
    if (decision === 'return') {
      const comment = (await body(c)).comment;
      if (typeof comment !== 'string' || !comment.trim()) return fail(c, 400, R.returnNeedsComment);
      await db.updateTable('reports').set({ status: 'returned', comment: comment.trim(), decided_by: user.id, decided_at: now(), updated_at: now(), updated_by: user.id }).where('community_id', '=', community).where('month', '=', month).execute();
    } else {
      await db.transaction().execute(async (trx) => {
        await trx.updateTable('reports').set({ status: 'approved', decided_by: user.id, decided_at: now(), updated_at: now(), updated_by: user.id }).where('community_id', '=', community).where('month', '=', month).execute();
        for (const [metricId, value] of Object.entries(report.figures)) {
          await trx.insertInto('figures').values({ metric_id: metricId, community_id: community, month, value }).onConflict((oc) => oc.columns(['metric_id', 'month', 'community_id']).doUpdateSet({ value })).execute();
        }
        // The first approved report of a month after the latest makes it the latest (数据截至).
        await trx.updateTable('subdistrict').set({ latest_month: month, updated_at: now() }).where('latest_month', '<', month).execute();
      });
    }
    return c.json(shape(await find(community, month)));
  }));

  // A correction of an approved month: leader only, with a reason; each changed figure is logged old -> new.
  app.post('/api/reports/:community/:month/corrections', withUser(async (c, user) => {
    const { community, month } = c.req.param();
    if (user.role !== 'leader') return fail(c, 403, R.correctLeadersOnly);
    const report = await find(community, month);
    if (!report || report.status !== 'approved') return fail(c, 409, R.onlyApprovedCorrected);
    const { figures, reason } = await body(c);
    if (typeof reason !== 'string' || !reason.trim()) return fail(c, 400, R.correctionNeedsReason);
    const changes = asRecord(figures);
    const merged = { ...report.figures, ...changes };
    const problems = await problemsOf(community, month, merged, { ...report.reasons, ...Object.fromEntries(Object.keys(changes).map((k) => [k, reason])) });
    if (problems.length) return fail(c, 400, problems.join('；'));
    await db.transaction().execute(async (trx) => {
      for (const [metricId, value] of Object.entries(changes) as Array<[string, number]>) {
        const old = report.figures[metricId] ?? null;
        if (old === value) continue;
        await trx.insertInto('audit_log').values({ at: now(), user_id: user.id, community_id: community, month, metric_id: metricId, old_value: old, new_value: value, reason: reason.trim() }).execute();
        await trx.insertInto('figures').values({ metric_id: metricId, community_id: community, month, value }).onConflict((oc) => oc.columns(['metric_id', 'month', 'community_id']).doUpdateSet({ value })).execute();
      }
      await trx.updateTable('reports').set({ figures: JSON.stringify(merged), updated_at: now(), updated_by: user.id }).where('community_id', '=', community).where('month', '=', month).execute();
    });
    const log = await db.selectFrom('audit_log').selectAll().where('community_id', '=', community).where('month', '=', month).orderBy('id').execute();
    return c.json({ report: shape(await find(community, month)), audit: log.map((a) => ({ at: chinaTime(new Date(a.at)), userId: a.user_id, metricId: a.metric_id, old: a.old_value === null ? null : Number(a.old_value), new: a.new_value === null ? null : Number(a.new_value), reason: a.reason })) });
  }));
}
