// Ranks with ties, rank movement, 红黑榜 and streaks: the generic maths behind every ranking.

export interface Ranked<T> {
  item: T;
  value: number | null;
  /** 1-based competition rank ("1, 2, 2, 4"); null when the item has no value. */
  rank: number | null;
}

/** Ratios computed two ways (100/120 and 50/60) must tie: compare at 12 significant digits. */
export function tieKey(value: number): number {
  return Number(value.toPrecision(12));
}

/**
 * Ranks items by value with ties sharing a rank. Items without a value (service not offered)
 * are never ranked and come last, in their original order.
 */
export function rankWithTies<T>(items: readonly T[], valueOf: (item: T) => number | null, higherIsBetter = true): Ranked<T>[] {
  // Tie keys computed once per item, not per comparison (a sort of n items compares n log n times).
  const present: Array<{ item: T; value: number; index: number; key: number }> = [];
  const missing: T[] = [];
  items.forEach((item, index) => {
    const value = valueOf(item);
    if (value === null || Number.isNaN(value)) missing.push(item);
    else present.push({ item, value, index, key: tieKey(value) });
  });
  present.sort((a, b) => (a.key === b.key ? 0 : higherIsBetter ? b.value - a.value : a.value - b.value) || a.index - b.index);
  const ranked: Ranked<T>[] = [];
  present.forEach((x, i) => {
    const previous = ranked[i - 1];
    const rank = previous && present[i - 1].key === x.key ? (previous.rank as number) : i + 1;
    ranked.push({ item: x.item, value: x.value, rank });
  });
  for (const item of missing) ranked.push({ item, value: null, rank: null });
  return ranked;
}

/** How a rank moved since the period before: ▲3, ▼1, —, or 新 (no rank then). */
export type Movement = { kind: 'up' | 'down'; places: number } | { kind: 'same' } | { kind: 'new' };

/** null when there is no rank now, or nothing to compare with (the period before is outside the data). */
export function movement(rank: number | null, previousRank: number | null, hadPrevious = true): Movement | null {
  if (rank === null || !hadPrevious) return null;
  if (previousRank === null) return { kind: 'new' };
  if (rank === previousRank) return { kind: 'same' };
  return rank < previousRank ? { kind: 'up', places: previousRank - rank } : { kind: 'down', places: rank - previousRank };
}

/** 红榜: the top three; 黑榜: the bottom three (ties included on both). */
export const BOARD_SIZE = 3;
/** Fewer ranked than this and the two boards would share communities: no 红黑榜. */
export const MIN_RANKED_FOR_BOARDS = BOARD_SIZE * 2;

export type Board = 'red' | 'black';

/**
 * Which ranked items are on the 红榜 (rank ≤ 3) and the 黑榜 (three or fewer are worse). Null
 * when too few are ranked for the two boards to be apart. Scores are higher-is-better.
 */
export function honourBoards<T>(ranked: ReadonlyArray<{ item: T; score: number; rank: number }>): Map<T, Board> | null {
  if (ranked.length < MIN_RANKED_FOR_BOARDS) return null;
  const boards = new Map<T, Board>();
  // Fewer than BOARD_SIZE strictly worse ⟺ no better than the BOARD_SIZE-th lowest score (ties alike).
  const lowest = ranked.map((r) => tieKey(r.score)).sort((a, b) => a - b)[BOARD_SIZE - 1];
  for (const r of ranked) {
    if (r.rank <= BOARD_SIZE) boards.set(r.item, 'red');
    else if (tieKey(r.score) <= lowest) boards.set(r.item, 'black');
  }
  return boards;
}

/** How many periods running, up to the latest, an item has been on the 黑榜. */
export function blackStreak(boardsOldestFirst: ReadonlyArray<Board | null | undefined>): number {
  let streak = 0;
  for (let i = boardsOldestFirst.length - 1; i >= 0 && boardsOldestFirst[i] === 'black'; i--) streak++;
  return streak;
}

/** The rule meetings enforce: on the 黑榜 two periods running (the latest two). */
export const BLACK_STREAK_WARNING = 2;
