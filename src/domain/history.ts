// 红黑榜 over time: the same ranking for the last periods of equal length, and who has been on
// the 黑榜 periods running (the rule meetings enforce: 连续两期黑榜).
import type { Community } from '../lib/api/contract';
import { previousPeriod } from './deltas';
import { coversPeriod, type DataRange, type Period } from './period';
import { BLACK_STREAK_WARNING, blackStreak, honourBoards, movement, type Board, type Movement } from './ranking';
import type { RankedCommunity, Ranking } from './standings';

export const HISTORY_LENGTH = 6;

/** `period` and the ones of equal length before it, oldest first, as far back as the data goes. */
export function historyPeriods(period: Period, range: DataRange, count = HISTORY_LENGTH): Period[] {
  const periods: Period[] = [];
  for (let p = period; periods.length < count && coversPeriod(range, p); p = previousPeriod(p)) periods.unshift(p);
  return periods;
}

export interface HistoryCell {
  period: Period;
  rank: number | null;
  board: Board | null;
}

export interface HistoryRow {
  community: Community;
  /** Oldest first, one per period. */
  cells: HistoryCell[];
  /** Periods running, up to the latest, on the 黑榜. */
  blackStreak: number;
}

export interface BoardHistory {
  periods: Period[];
  /** Per period: whether it had enough ranked communities for a 红黑榜. */
  boardsShown: boolean[];
  rows: HistoryRow[];
  /** Communities on the 黑榜 at least two periods running, up to the latest. */
  warnings: HistoryRow[];
}

export function boardHistory(communities: readonly Community[], history: ReadonlyArray<{ period: Period; ranking: Ranking<RankedCommunity> }>): BoardHistory {
  const perPeriod = history.map(({ period, ranking }) => {
    const boards = honourBoards(ranking.ranked.map((s) => ({ item: s.community.id, score: s.score, rank: s.rank })));
    const ranks = new Map(ranking.ranked.map((s) => [s.community.id, s.rank]));
    return { period, boards, ranks };
  });
  const rows = communities.map((community): HistoryRow => {
    const cells = perPeriod.map(({ period, boards, ranks }) => ({ period, rank: ranks.get(community.id) ?? null, board: boards?.get(community.id) ?? null }));
    return { community, cells, blackStreak: blackStreak(cells.map((c) => c.board)) };
  });
  return {
    periods: history.map((h) => h.period),
    boardsShown: perPeriod.map((p) => p.boards !== null),
    rows,
    warnings: rows.filter((r) => r.blackStreak >= BLACK_STREAK_WARNING),
  };
}

/** Up to this many communities the 红黑榜 grid lists them all; beyond, the ones it is about. */
export const HISTORY_ALL_UP_TO = 40;

/**
 * The grid's rows for a long list: every community on a 红榜 or 黑榜 in any of the periods, and
 * the viewer's own; the whole list when it is short (HISTORY_ALL_UP_TO).
 */
export function historyFocus(rows: readonly HistoryRow[], ownId?: string): HistoryRow[] {
  if (rows.length <= HISTORY_ALL_UP_TO) return [...rows];
  return rows.filter((r) => r.community.id === ownId || r.cells.some((c) => c.board !== null));
}

/** A phone's rows: on this period's 红榜 or 黑榜, on the 黑榜 periods running, or the viewer's own (oldest-first cells). */
export function historyFocusLatest(rows: readonly HistoryRow[], ownId?: string): HistoryRow[] {
  return rows.filter((r) => r.community.id === ownId || r.blackStreak > 0 || r.cells[r.cells.length - 1]?.board != null);
}

/** Each community's movement from the period before (the last two of a history); none when there is no period before. */
export function movementsOf(history: ReadonlyArray<{ ranking: Ranking<RankedCommunity> }>): Map<string, Movement | null> {
  const current = history.at(-1)?.ranking;
  const before = history.length > 1 ? history.at(-2)?.ranking : undefined;
  const out = new Map<string, Movement | null>();
  if (!current) return out;
  const previousRanks = new Map(before?.ranked.map((s) => [s.community.id, s.rank]));
  for (const s of [...current.ranked, ...current.apart]) out.set(s.community.id, movement(s.rank, previousRanks.get(s.community.id) ?? null, before !== undefined));
  return out;
}
