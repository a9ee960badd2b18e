// What a request to the API must be, written once: the mock backend (mocks/handlers.ts) and the
// real one (server/) both parse and refuse requests here, so they cannot answer differently.
import { canSeeSeries, type SeriesAsked, type Viewer } from '../../domain/access';
import { isValidMonth } from '../../domain/month';
import { GROUP_BY, LIST_PARAMS, MAX_LIST_ITEMS, TARGET_LEVELS, type GroupBy, type MetricId, type TargetLevel } from './contract';
import type { DataRange } from '../../domain/period';

/** A refusal: the HTTP status and the reason the app shows behind 详情. */
export interface Refusal {
  status: 400 | 403;
  error: string;
}

export const isRefusal = (value: unknown): value is Refusal =>
  typeof value === 'object' && value !== null && 'error' in value && 'status' in value;

/** A comma-separated list parameter, each value once (`visits,visits` asks for visits once). */
export function parseList(value: string | null): string[] | undefined {
  if (value === null || value === '') return undefined;
  return [...new Set(value.split(',').map((s) => s.trim()).filter(Boolean))];
}

/** A list parameter with more distinct values than the contract allows: 400, before any work. */
export function listTooLong(search: URLSearchParams): Refusal | null {
  for (const name of LIST_PARAMS) {
    const count = parseList(search.get(name))?.length ?? 0;
    if (count > MAX_LIST_ITEMS) return { status: 400, error: `${name}：最多 ${MAX_LIST_ITEMS} 项，收到 ${count} 项` };
  }
  return null;
}

export interface TargetsParams {
  years: number[];
  metrics?: MetricId[];
  level?: TargetLevel;
}

/** GET /targets' parameters, checked against the catalogue's metric ids. */
export function parseTargetsParams(search: URLSearchParams, metricIds: readonly MetricId[]): TargetsParams | Refusal {
  const years = (parseList(search.get('years')) ?? []).map(Number);
  if (years.length === 0 || years.some((y) => !Number.isInteger(y))) return { status: 400, error: 'years: expected a comma-separated list of years' };
  const metrics = parseList(search.get('metrics'));
  const unknown = metrics?.find((m) => !metricIds.includes(m));
  if (unknown) return { status: 400, error: `metrics: unknown metric "${unknown}"` };
  const level = search.get('level') ?? undefined;
  if (level !== undefined && !(TARGET_LEVELS as readonly string[]).includes(level)) return { status: 400, error: `level: expected one of ${TARGET_LEVELS.join(' | ')}` };
  return { years, metrics, level: level as TargetLevel | undefined };
}

export interface SeriesParams extends SeriesAsked {
  /** Every metric asked for, in the order asked (none named: the whole catalogue's). */
  metrics: MetricId[];
}

/** Why a series was refused, in the words the app shows behind 详情. */
function seriesRefusal(user: Viewer, query: SeriesAsked): string {
  if (query.communities?.length) return '只能查看本社区的分月数据';
  if (query.groupBy === 'month,community') return '各社区的分月数据仅街道领导可查看';
  return `各社区数据按整季度公布（${user.role === 'viewer' ? '访客' : '社区书记'}不能查看 ${query.from}—${query.to}）`;
}

/**
 * GET /series' parameters, checked against the catalogue's metric ids, then against what `user`
 * may see of the data covering `range` (domain/access.ts): 400 for a malformed request, 403 for
 * one they may not make.
 */
export function parseSeriesParams(search: URLSearchParams, metricIds: readonly MetricId[], user: Viewer | null, range: DataRange): SeriesParams | Refusal {
  const from = search.get('from');
  const to = search.get('to');
  if (!isValidMonth(from) || !isValidMonth(to)) return { status: 400, error: 'from, to: expected months as YYYY-MM' };
  // The contract refuses such an answer (SeriesResponse): refused here before any work.
  if (from > to) return { status: 400, error: `from, to: ${from} is after ${to}` };
  const groupBy = search.get('groupBy') ?? 'none';
  if (!(GROUP_BY as readonly string[]).includes(groupBy)) return { status: 400, error: `groupBy: expected one of ${GROUP_BY.join(' | ')}` };
  const metrics = parseList(search.get('metrics')) ?? [...metricIds];
  const unknown = metrics.find((m) => !metricIds.includes(m));
  if (unknown) return { status: 400, error: `metrics: unknown metric "${unknown}"` };
  const communities = parseList(search.get('communities'));
  const asked: SeriesAsked = { from, to, groupBy: groupBy as GroupBy, communities };
  if (user && !canSeeSeries(user, asked, range)) return { status: 403, error: seriesRefusal(user, asked) };
  return { ...asked, metrics };
}
