// The rules a community's monthly report must meet at the door (issue 26), as codes: the server
// refuses what breaks them and the phone form shows why (its words live in lib/i18n).
//   - a figure is a non-negative whole number, not absurd (contract MAX_FIGURE);
//   - the month is a real month, not in the future;
//   - a community reports only per-community metrics of services it offers;
//   - a paired figure (a rate's numerator, e.g. problems solved) is not above its pair (matters collected);
//   - a figure far outside the community's own range needs a reason.
import { MAX_FIGURE, type Catalogue, type Community, type MetricId } from '../lib/api/contract';
import { isValidMonth, monthIndex } from './month';

export type ReportProblem =
  | { code: 'bad-month' }
  | { code: 'future-month'; latestAllowed: string }
  | { code: 'unknown-metric'; metricId: MetricId }
  | { code: 'not-reported-by-communities'; metricId: MetricId }
  | { code: 'service-not-offered'; metricId: MetricId; service: string }
  | { code: 'not-a-whole-number'; metricId: MetricId }
  | { code: 'negative'; metricId: MetricId }
  | { code: 'too-large'; metricId: MetricId }
  | { code: 'above-pair'; metricId: MetricId; pairId: MetricId }
  | { code: 'needs-reason'; metricId: MetricId; low: number; high: number };

export interface ReportInput {
  month: string;
  /** The figures entered, by metric; what is left out is not reported (missing, not zero). */
  values: Readonly<Record<MetricId, unknown>>;
  /** Why a figure is what it is, by metric (needed when far outside the usual range). */
  reasons?: Readonly<Record<MetricId, string>>;
}

export interface ReportContext {
  catalogue: Catalogue;
  community: Pick<Community, 'services'>;
  /** The current month (in the subdistrict's zone): reports for it and before are allowed. */
  currentMonth: string;
  /** The community's own earlier monthly figures, by metric, for the usual range. */
  history?: Readonly<Record<MetricId, readonly number[]>>;
}

/** Months of history a usual range needs before a figure outside it asks for a reason. */
export const MIN_HISTORY_MONTHS = 3;
/** Far outside: below half the community's lowest month, or above twice its highest. */
export const RANGE_FACTORS = { low: 0.5, high: 2 } as const;

/** The range a figure of this community is usual in; null with too little history to say. */
export function usualRange(history: readonly number[] | undefined): { low: number; high: number } | null {
  if (!history || history.length < MIN_HISTORY_MONTHS) return null;
  return { low: Math.floor(Math.min(...history) * RANGE_FACTORS.low), high: Math.ceil(Math.max(...history) * RANGE_FACTORS.high) };
}

/** The metrics a community reports each month: per-community ones, of services it offers, in catalogue order. */
export function reportedMetrics(catalogue: Catalogue, community: Pick<Community, 'services'>) {
  return catalogue.metrics.filter((m) => m.scope === 'community' && (m.service === undefined || community.services.includes(m.service)));
}

/** Every problem of a report (none: it may be saved). */
export function checkReport(input: ReportInput, context: ReportContext): ReportProblem[] {
  const problems: ReportProblem[] = [];
  if (!isValidMonth(input.month)) problems.push({ code: 'bad-month' });
  else if (monthIndex(input.month) > monthIndex(context.currentMonth)) problems.push({ code: 'future-month', latestAllowed: context.currentMonth });

  const figures = new Map<MetricId, number>();
  for (const [metricId, value] of Object.entries(input.values)) {
    const metric = context.catalogue.metrics.find((m) => m.id === metricId);
    if (!metric) {
      problems.push({ code: 'unknown-metric', metricId });
      continue;
    }
    if (metric.scope !== 'community') {
      problems.push({ code: 'not-reported-by-communities', metricId });
      continue;
    }
    if (metric.service !== undefined && !context.community.services.includes(metric.service)) {
      problems.push({ code: 'service-not-offered', metricId, service: metric.service });
      continue;
    }
    if (typeof value !== 'number' || !Number.isInteger(value)) problems.push({ code: 'not-a-whole-number', metricId });
    else if (value < 0) problems.push({ code: 'negative', metricId });
    else if (value > MAX_FIGURE) problems.push({ code: 'too-large', metricId });
    else figures.set(metricId, value);
  }

  for (const rate of context.catalogue.rates) {
    const part = figures.get(rate.numeratorId);
    const whole = figures.get(rate.denominatorId);
    if (part !== undefined && whole !== undefined && part > whole) problems.push({ code: 'above-pair', metricId: rate.numeratorId, pairId: rate.denominatorId });
  }

  for (const [metricId, value] of figures) {
    const range = usualRange(context.history?.[metricId]);
    const reason = input.reasons?.[metricId]?.trim();
    if (range && (value < range.low || value > range.high) && !reason) problems.push({ code: 'needs-reason', metricId, ...range });
  }
  return problems;
}
