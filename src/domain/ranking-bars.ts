// What a ranking's bars and tiles show, as figures and statuses: which communities get a bar,
// its value, whether it is the viewer's own, and the status that colours it and is written
// beside it. Words (lib/i18n/bar-words.ts) and colours (the palette) are added where it is drawn.
import type { PaceStatus, YearVerdict } from './pace';
import type { Board } from './ranking';
import type { RankingRow } from './ranking-subject';

/** Above this many ranked communities the chart shows the ones furthest behind; the table has them all. */
export const RANKING_CHART_LIMIT = 30;
/** The same on a phone's width. */
export const PHONE_CHART_LIMIT = 12;
/** A ranking table lists this many rows (and the viewer's own) until asked for all; the exports have all. */
export const RANKING_TABLE_LIMIT = 100;

/** What the bars measure: completion (a ratio), the metric's value, or the 综合指数 (0–100). */
export type BarMeasure = 'completion' | 'value' | 'index';

/** A row's figure on the measure; null: no figure. */
export function measureOf(row: Pick<RankingRow, 'completion' | 'value' | 'score'>, measure: BarMeasure): number | null {
  if (measure === 'completion') return row.completion;
  if (measure === 'value') return row.value;
  return row.score === null ? null : row.score * 100;
}

/** A completion bar's status: a closed year's verdict, else its 序时进度; `tone` is the pace its colour shows. */
export type BarStatus = { kind: 'verdict'; verdict: YearVerdict; tone: PaceStatus } | { kind: 'pace'; pace: PaceStatus; tone: PaceStatus };

/** A closed year's 全年完成 / 未完成 (coloured as on track / far behind), else the 序时进度; null: neither. */
export function barStatus(r: Pick<RankingRow, 'pace' | 'yearVerdict'>): BarStatus | null {
  if (r.yearVerdict) return { kind: 'verdict', verdict: r.yearVerdict, tone: r.yearVerdict === 'done' ? 'onTrack' : 'farBehind' };
  return r.pace ? { kind: 'pace', pace: r.pace, tone: r.pace } : null;
}

/** One bar of a ranking chart. */
export interface RankingBar {
  id: string;
  rank: number;
  name: string;
  /** The viewer's own community. */
  own: boolean;
  value: number;
  /** Written beside the bar before any status. */
  board: Board | null;
  /** Completion bars only: their status (colour and word). */
  status: BarStatus | null;
}

const hasBar = (row: RankingRow, measure: BarMeasure) => row.rank !== null && measureOf(row, measure) !== null;

/**
 * The chart's bars: ranked communities in rank order; beyond the limit, the ones furthest behind,
 * or with `boards` the 红榜 (top), 本社区 and 黑榜 (bottom) instead, in rank order, when there is
 * a 红黑榜. Only the bars shown are built (500 communities: 30 of them).
 */
export function rankingBars(rows: readonly RankingRow[], measure: BarMeasure, ownId?: string, limit = RANKING_CHART_LIMIT, boards = false): RankingBar[] {
  const barred = rows.filter((r) => hasBar(r, measure));
  const onBoards = boards && barred.length > limit ? barred.filter((r) => r.board !== null || r.community.id === ownId) : [];
  return (barred.length <= limit ? barred : onBoards.length > 0 ? onBoards : barred.slice(-limit)).map((r) => ({
    id: r.community.id,
    rank: r.rank as number,
    name: r.community.name,
    own: r.community.id === ownId,
    value: measureOf(r, measure) as number,
    board: r.board,
    status: measure === 'completion' ? barStatus(r) : null,
  }));
}

/** How many bars rankingBars gives: what a summary sentence says the chart shows. */
export function rankingBarCount(rows: readonly RankingRow[], measure: BarMeasure, limit = RANKING_CHART_LIMIT): number {
  let count = 0;
  for (const row of rows) if (hasBar(row, measure)) count++;
  return Math.min(count, limit);
}

/** The lowest and highest figure among the ranked rows (a tile map's shading runs between them). */
export function limits(rows: readonly RankingRow[], measure: BarMeasure): { low: number; high: number } {
  const figures = rows.filter((r) => r.rank !== null).map((r) => measureOf(r, measure) as number);
  return { low: Math.min(...figures), high: Math.max(...figures) };
}

/** Each row's figure (null when unranked or without one) and its shade from 0 (lowest) to 1 (highest; a single figure: 1). */
export function shades(rows: readonly RankingRow[], measure: BarMeasure): Array<{ figure: number | null; shade: number | null }> {
  const { low, high } = limits(rows, measure);
  return rows.map((r) => {
    const figure = r.rank === null ? null : measureOf(r, measure);
    return { figure, shade: figure === null ? null : high > low ? (figure - low) / (high - low) : 1 };
  });
}
