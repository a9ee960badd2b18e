// Monthly reports in the mock backend: an in-memory store with server/reports.ts's rules, word
// for word (the refusals come from lib/i18n/reports.ts, the rules from domain), so the app and
// its tests meet the same answers as on the real server (server/tests/report-parity.test.ts).
// Approving writes the figures into the dataset (a month after the latest becomes the latest);
// reset() undoes every write, so each test starts from the generated data.
import { http, HttpResponse } from 'msw';
import { addMonths, monthIndex } from '../src/domain/month';
import { checkReport } from '../src/domain/report-rules';
import { isOnTime, reportDue } from '../src/domain/report-status';
import type { MetricId, User } from '../src/lib/api/contract';
import type { AuditEntry, Report, ReportState } from '../src/lib/api/report-contract';
import { REPORT_REFUSALS as R, reportProblemText } from '../src/lib/i18n/reports';
import { chinaMonth, chinaTime } from '../server/time';
import type { Dataset } from './data/generate';

interface StoredReport extends Omit<Report, 'figures'> {
  figures: Record<MetricId, unknown>;
}

export interface ReportStore {
  dataset: Dataset;
  reports: Map<string, StoredReport>;
  audit: Map<string, AuditEntry[]>;
  now: () => Date;
  /** Back to the generated data: no reports, no audit, every approved figure undone. */
  reset(): void;
  undo: Array<() => void>;
}

export function createReportStore(dataset: Dataset, now: () => Date = () => new Date()): ReportStore {
  const store: ReportStore = {
    dataset,
    reports: new Map(),
    audit: new Map(),
    now,
    undo: [],
    reset() {
      store.reports.clear();
      store.audit.clear();
      for (const undo of store.undo.splice(0).reverse()) undo();
    },
  };
  return store;
}

const key = (communityId: string, month: string) => `${communityId}/${month}`;
const asRecord = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
const asReasons = (value: unknown): Record<string, string> => Object.fromEntries(Object.entries(asRecord(value)).filter((e): e is [string, string] => typeof e[1] === 'string'));
const fail = (status: number, error: string) => HttpResponse.json({ error }, { status });
const readBody = async (request: Request) => asRecord(await request.json().catch(() => ({})));

/** The community's monthly figures of the 12 months before `month` (its usual range). */
function historyOf(ds: Dataset, communityIndex: number, month: string): Record<MetricId, number[]> {
  const history: Record<MetricId, number[]> = {};
  const base = monthIndex(ds.months[0]);
  const valid = /^\d{4}-\d{2}$/.test(month);
  const end = valid ? monthIndex(month) : monthIndex('2000-01');
  for (const [metricId, values] of Object.entries(ds.values)) {
    const series = values.byCommunity[communityIndex];
    if (!series) continue;
    for (let m = end - 12; m < end; m++) {
      const at = m - base;
      // NaN: a month added by an approval that this community has not reported (missing, not 0).
      if (at >= 0 && at < ds.months.length && !Number.isNaN(series[at])) (history[metricId] ??= []).push(series[at]);
    }
  }
  return history;
}

/** Writes approved figures into the dataset, growing it by the months up to `month`; each write undone by reset(). */
function writeFigures(store: ReportStore, communityIndex: number, month: string, figures: Record<MetricId, number>) {
  const ds = store.dataset;
  const at = monthIndex(month) - monthIndex(ds.months[0]);
  if (at >= ds.months.length) {
    const before = { months: ds.months, meta: ds.meta, values: ds.values };
    const added = at - ds.months.length + 1;
    const grow = (series: Float64Array | null) => {
      if (!series) return null;
      // The new months are not reported by anyone yet: NaN, which the series read as missing (null), never 0.
      const longer = new Float64Array(series.length + added).fill(Number.NaN);
      longer.set(series);
      return longer;
    };
    ds.months = [...ds.months, ...Array.from({ length: added }, (_, i) => addMonths(ds.months[ds.months.length - 1], i + 1))];
    ds.values = Object.fromEntries(Object.entries(ds.values).map(([id, v]) => [id, { byCommunity: v.byCommunity.map(grow), centre: grow(v.centre) }]));
    ds.meta = { ...ds.meta, latestMonth: month, updatedAt: chinaTime(store.now()) };
    store.undo.push(() => Object.assign(ds, before));
  }
  for (const [metricId, value] of Object.entries(figures)) {
    const series = ds.values[metricId]?.byCommunity[communityIndex];
    if (!series) continue;
    const old = series[at];
    series[at] = value;
    // The series may be replaced by a later growth: undo on whichever array holds the month now.
    store.undo.push(() => {
      const now = ds.values[metricId]?.byCommunity[communityIndex];
      if (now && at < now.length) now[at] = old;
    });
  }
}

/** The report endpoints, as server/reports.ts answers them; `signedIn` is the mock's own sign-in. */
export function reportHandlers(store: ReportStore, at: (path: string) => string, signedIn: (request: Request) => User | Response) {
  const mayWrite = (user: User, communityId: string) => user.role === 'secretary' && user.communityId === communityId;
  const mayRead = (user: User, communityId: string) => user.role === 'leader' || mayWrite(user, communityId);
  const stamp = () => chinaTime(store.now());

  const problemsOf = (communityId: string, month: string, figures: Record<string, unknown>, reasons: Record<string, string>) => {
    const ds = store.dataset;
    const index = ds.communities.findIndex((c) => c.id === communityId);
    if (index < 0) return [R.noCommunity];
    const catalogue = { areas: ds.areas, metrics: ds.metrics, rates: ds.rates };
    return checkReport({ month, values: figures, reasons }, { catalogue, community: ds.communities[index], currentMonth: chinaMonth(store.now()), history: historyOf(ds, index, month) }).map(reportProblemText);
  };

  type Params = { community: string; month: string };
  const withUser = (handler: (request: Request, user: User, params: Params) => Promise<Response> | Response) => async ({ request, params }: { request: Request; params: Record<string, string | readonly string[] | undefined> }) => {
    const user = signedIn(request);
    return user instanceof Response ? user : handler(request, user, { community: String(params.community), month: String(params.month) });
  };
  const setState = (report: StoredReport, status: ReportState, changes: Partial<StoredReport> = {}) => Object.assign(report, { status, updatedAt: stamp(), ...changes });

  return [
    http.get(at('/reports'), withUser((request, user) => {
      if (user.role !== 'leader') return fail(403, R.statusLeadersOnly);
      const month = new URL(request.url).searchParams.get('month') ?? '';
      if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return fail(400, R.badMonthParam);
      return HttpResponse.json({
        month,
        due: reportDue(month),
        communities: store.dataset.communities.map((community) => {
          const r = store.reports.get(key(community.id, month));
          const submittedAt = r?.submittedAt ?? null;
          return { communityId: community.id, status: r?.status ?? 'none', submittedAt, onTime: submittedAt ? isOnTime(month, submittedAt) : null };
        }),
      });
    })),
    http.get(at('/reports/:community/:month'), withUser((_, user, { community, month }) => {
      if (!mayRead(user, community)) return fail(403, R.readOwnOnly);
      const report = store.reports.get(key(community, month));
      return report ? HttpResponse.json(report) : fail(404, R.noReport(month));
    })),
    http.put(at('/reports/:community/:month'), withUser(async (request, user, { community, month }) => {
      if (!mayWrite(user, community)) return fail(403, R.writeOwnOnly);
      const existing = store.reports.get(key(community, month));
      if (existing && (existing.status === 'submitted' || existing.status === 'approved')) return fail(409, existing.status === 'approved' ? R.locked : R.awaitingReview);
      const body = await readBody(request);
      const figures = asRecord(body.figures);
      const reasons = asReasons(body.reasons);
      const problems = problemsOf(community, month, figures, reasons);
      if (problems.length) return fail(400, problems.join('；'));
      const report: StoredReport = existing
        ? setState(existing, 'draft', { figures, reasons })
        : { communityId: community, month, status: 'draft', figures, reasons, comment: null, updatedAt: stamp(), submittedAt: null, decidedAt: null };
      store.reports.set(key(community, month), report);
      return HttpResponse.json(report);
    })),
    http.post(at('/reports/:community/:month/submit'), withUser((_, user, { community, month }) => {
      if (!mayWrite(user, community)) return fail(403, R.submitOwnOnly);
      const report = store.reports.get(key(community, month));
      if (!report || report.status !== 'draft') return fail(409, report ? R.onlyDraftsSubmit : R.saveFirst);
      const problems = problemsOf(community, month, report.figures, report.reasons);
      if (problems.length) return fail(400, problems.join('；'));
      return HttpResponse.json(setState(report, 'submitted', { submittedAt: stamp() }));
    })),
    http.post(at('/reports/:community/:month/approve'), withUser((_, user, { community, month }) => {
      if (user.role !== 'leader') return fail(403, R.reviewLeadersOnly);
      const report = store.reports.get(key(community, month));
      if (!report || report.status !== 'submitted') return fail(409, R.onlySubmittedReviewed);
      writeFigures(store, store.dataset.communities.findIndex((c) => c.id === community), month, report.figures as Record<MetricId, number>);
      return HttpResponse.json(setState(report, 'approved', { decidedAt: stamp() }));
    })),
    http.post(at('/reports/:community/:month/return'), withUser(async (request, user, { community, month }) => {
      if (user.role !== 'leader') return fail(403, R.reviewLeadersOnly);
      const report = store.reports.get(key(community, month));
      if (!report || report.status !== 'submitted') return fail(409, R.onlySubmittedReviewed);
      const comment = (await readBody(request)).comment;
      if (typeof comment !== 'string' || !comment.trim()) return fail(400, R.returnNeedsComment);
      return HttpResponse.json(setState(report, 'returned', { comment: comment.trim(), decidedAt: stamp() }));
    })),
    http.post(at('/reports/:community/:month/corrections'), withUser(async (request, user, { community, month }) => {
      if (user.role !== 'leader') return fail(403, R.correctLeadersOnly);
      const report = store.reports.get(key(community, month));
      if (!report || report.status !== 'approved') return fail(409, R.onlyApprovedCorrected);
      const body = await readBody(request);
      const reason = body.reason;
      if (typeof reason !== 'string' || !reason.trim()) return fail(400, R.correctionNeedsReason);
      const changes = asRecord(body.figures);
      const merged = { ...report.figures, ...changes };
      const problems = problemsOf(community, month, merged, { ...report.reasons, ...Object.fromEntries(Object.keys(changes).map((k) => [k, reason])) });
      if (problems.length) return fail(400, problems.join('；'));
      const log = store.audit.get(key(community, month)) ?? [];
      const changed: Record<MetricId, number> = {};
      for (const [metricId, value] of Object.entries(changes) as Array<[string, number]>) {
        const old = (report.figures[metricId] as number | undefined) ?? null;
        if (old === value) continue;
        log.push({ at: stamp(), userId: user.id, metricId, old, new: value, reason: reason.trim() });
        changed[metricId] = value;
      }
      writeFigures(store, store.dataset.communities.findIndex((c) => c.id === community), month, changed);
      store.audit.set(key(community, month), log);
      setState(report, 'approved', { figures: merged });
      return HttpResponse.json({ report, audit: log });
    })),
  ];
}
