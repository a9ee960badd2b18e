// Who may see what, written once: the mock backend enforces it (as a real backend would) and
// the UI follows it, so it never asks for what it knows will be refused.
//   leader: everything.
//   secretary: their own community's figures, any period and grouping; the subdistrict's
//     totals; every community's totals (rankings are public within the subdistrict) over
//     released periods only, never month by month.
//   viewer: the same without a community of their own.
// A released period is made of whole calendar quarters inside the data: any sum or difference
// of such periods is whole quarters again, so no combination of allowed answers works out a
// community's single month (tests/unit/access.test.ts holds the rule to that, call by call).
import type { GroupBy, Role } from '../lib/api/contract';
import { addMonths, monthIndex, monthOfYear } from './month';
import type { DataRange, Period } from './period';

export interface Viewer {
  role: Role;
  communityId?: string;
}

/** Months per release unit: per-community figures are released by whole quarters. */
export const RELEASE_MONTHS = 3;

const startsUnit = (month: string) => (monthOfYear(month) - 1) % RELEASE_MONTHS === 0;
const endsUnit = (month: string) => monthOfYear(month) % RELEASE_MONTHS === 0;
const inside = (period: Period, range: DataRange) =>
  monthIndex(period.from) >= monthIndex(range.firstMonth) && monthIndex(period.to) <= monthIndex(range.latestMonth) && monthIndex(period.from) <= monthIndex(period.to);

/** Whether every community's figures over `period` may go to anyone signed in: whole quarters, all inside the data. */
export function isReleasedPeriod(period: Period, range: DataRange): boolean {
  return inside(period, range) && startsUnit(period.from) && endsUnit(period.to);
}

/** Whether a user may see every community's figures over `period` (rankings, completion, 需要关注). */
export function canSeeAllCommunities(user: Viewer, period: Period, range: DataRange): boolean {
  return user.role === 'leader' || isReleasedPeriod(period, range);
}

/**
 * Released periods to offer instead of `period` (none when it is released already): the
 * smallest one around it, and the largest one inside it, when the data has them; else the
 * latest quarter the data has closed. Oldest first, no repeats.
 */
export function releasedPeriodsNear(period: Period, range: DataRange): Period[] {
  if (isReleasedPeriod(period, range)) return [];
  const floorStart = (month: string) => addMonths(month, -((monthOfYear(month) - 1) % RELEASE_MONTHS));
  const ceilEnd = (month: string) => addMonths(month, (RELEASE_MONTHS - (monthOfYear(month) % RELEASE_MONTHS)) % RELEASE_MONTHS);
  const around = { from: floorStart(period.from), to: ceilEnd(period.to) };
  const within = { from: startsUnit(period.from) ? period.from : addMonths(floorStart(period.from), RELEASE_MONTHS), to: endsUnit(period.to) ? period.to : addMonths(floorStart(period.to), -1) };
  const latestEnd = endsUnit(range.latestMonth) ? range.latestMonth : addMonths(floorStart(range.latestMonth), -1);
  const latest = { from: addMonths(latestEnd, 1 - RELEASE_MONTHS), to: latestEnd };
  const found = [around, within].filter((p) => isReleasedPeriod(p, range));
  const offered = found.length > 0 ? found : [latest].filter((p) => isReleasedPeriod(p, range));
  return offered
    .filter((p, i) => offered.findIndex((q) => q.from === p.from && q.to === p.to) === i)
    .sort((a, b) => monthIndex(a.from) - monthIndex(b.from) || monthIndex(a.to) - monthIndex(b.to));
}

/** Whether a user may open a community's own page (its month-by-month detail). */
export function canOpenCommunity(user: Viewer | null | undefined, communityId: string): boolean {
  if (!user) return false;
  if (user.role === 'leader') return true;
  return user.role === 'secretary' && user.communityId === communityId;
}

export interface SeriesAsked extends Period {
  groupBy: GroupBy;
  /** The communities named (none: all). */
  communities?: readonly string[];
}

/**
 * Whether a user may ask for this series, with the data covering `range`: whether every row of
 * its answer is something they may know. Their own community, anything; the subdistrict's totals,
 * by month or not; any other community's figure, only as a total over a released period.
 */
export function canSeeSeries(user: Viewer, query: SeriesAsked, range: DataRange): boolean {
  if (user.role === 'leader') return true;
  const named = query.communities !== undefined && query.communities.length > 0 ? query.communities : null;
  if (named && user.role === 'secretary' && named.every((id) => id === user.communityId)) return true;
  const perCommunity = named !== null || query.groupBy === 'community' || query.groupBy === 'month,community';
  if (!perCommunity) return true;
  const byMonth = query.groupBy === 'month' || query.groupBy === 'month,community';
  return !byMonth && isReleasedPeriod(query, range);
}
