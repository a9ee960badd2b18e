// Times as the API writes them: in the subdistrict's own zone (China, UTC+8, no summer time).

const OFFSET_MS = 8 * 60 * 60 * 1000;

/** `2021-07-05T09:30:00+08:00` for the instant `date`. */
export function chinaTime(date: Date): string {
  return `${new Date(date.getTime() + OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}

/** This month in China, as YYYY-MM. */
export function chinaMonth(date: Date): string {
  return new Date(date.getTime() + OFFSET_MS).toISOString().slice(0, 7);
}
