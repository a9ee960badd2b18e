export interface Ranked<T> {
  item: T;
  value: number | null;
  /** 1-based competition rank ("1, 2, 2, 4"); null when the item has no value. */
  rank: number | null;
}

/**
 * Ranks items by value with ties sharing a rank. Items without a value (service not offered)
 * are never ranked and come last, in their original order.
 */
export function rankWithTies<T>(items: readonly T[], valueOf: (item: T) => number | null, higherIsBetter = true): Ranked<T>[] {
  const withValue = items.map((item, index) => ({ item, value: valueOf(item), index }));
  const present = withValue.filter((x): x is typeof x & { value: number } => x.value !== null);
  const missing = withValue.filter((x) => x.value === null);
  present.sort((a, b) => (higherIsBetter ? b.value - a.value : a.value - b.value) || a.index - b.index);
  const ranked: Ranked<T>[] = [];
  present.forEach((x, i) => {
    const previous = ranked[i - 1];
    const rank = previous && previous.value === x.value ? (previous.rank as number) : i + 1;
    ranked.push({ item: x.item, value: x.value, rank });
  });
  return [...ranked, ...missing.map((x) => ({ item: x.item, value: null, rank: null }))];
}
