import { useMemo, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { canOpenCommunity } from '../domain/access';
import type { RankingRow } from '../domain/ranking-subject';
import { formatNumber, formatPercent } from '../lib/i18n/format';
import { BOARD_ICONS, BOARD_LABELS, NO_DATA, OWN_COMMUNITY, PACE_ICONS, PACE_LABELS, PACE_REFERENCE, YEAR_VERDICT_ICONS, YEAR_VERDICT_LABELS } from '../lib/i18n/strings';
import { usePeriodHref } from '../lib/use-url-state';
import { useViewer } from '../lib/use-viewer';
import { TOUCH_QUERY, useMatchMedia, usePhone } from '../lib/use-match-media';
import { ApartList } from './apart-list';
import { ChartFrame } from './chart-frame';
import { RankingBarChart } from './charts/lazy-charts';
import type { RankingBarRow } from './charts/ranking-bar-chart';
import { PACE_COLORS, PALETTE } from './charts/palette';
import { unrankedNote } from './community-columns';
import type { Column } from './data-table';
import type { Tile } from './tile-map';
import { communityPath } from '../lib/route-paths';

/** Above this many ranked communities the chart shows the ones furthest behind; the table has them all. */
export const RANKING_CHART_LIMIT = 30;
/** The same on a phone's width. */
export const PHONE_CHART_LIMIT = 12;
/** A ranking table lists this many rows (and the viewer's own) until asked for all; the exports have all. */
export const RANKING_TABLE_LIMIT = 100;

/** What the bars measure: completion (a ratio), the metric's value, or the 综合指数. */
export type BarMeasure = 'completion' | 'value' | 'index';

const measureOf = (row: RankingRow, measure: BarMeasure) => (measure === 'completion' ? row.completion : measure === 'value' ? row.value : row.score === null ? null : row.score * 100);

const formatIndexScore = (v: number) => v.toFixed(1);

/** One function per measure, the same on every call (a chart's parts are memoised on it). */
export function barFormat(measure: BarMeasure): (v: number) => string {
  return measure === 'completion' ? formatPercent : measure === 'index' ? formatIndexScore : formatNumber;
}

/** A completion bar's word and colour: a closed year's 全年完成 / 未完成, else its 序时进度. */
export function barStatus(r: Pick<RankingRow, 'pace' | 'yearVerdict'>): { note: string; color: string } | null {
  if (r.yearVerdict) return { note: `${YEAR_VERDICT_ICONS[r.yearVerdict]} ${YEAR_VERDICT_LABELS[r.yearVerdict]}`, color: PACE_COLORS[r.yearVerdict === 'done' ? 'onTrack' : 'farBehind'] };
  return r.pace ? { note: `${PACE_ICONS[r.pace]} ${PACE_LABELS[r.pace]}`, color: PACE_COLORS[r.pace] } : null;
}

const hasBar = (row: RankingRow, measure: BarMeasure) => row.rank !== null && measureOf(row, measure) !== null;

/**
 * The chart's bars: ranked communities in rank order, each with its status in a word (红榜/黑榜
 * first, else 序时进度); beyond the limit, the ones furthest behind. Rank, name and 本社区 stay
 * apart, so the axis can cut a long name and never the rank.
 */
export function rankingBarRows(rows: readonly RankingRow[], measure: BarMeasure, ownId?: string, limit = RANKING_CHART_LIMIT, boards = false): RankingBarRow[] {
  const barred = rows.filter((r) => hasBar(r, measure));
  // Only the bars shown are built (500 communities: 30 of them). `boards`: the 红榜 (top), 本社区
  // and the 黑榜 (bottom) instead, in rank order, when there is a 红黑榜.
  const onBoards = boards && barred.length > limit ? barred.filter((r) => r.board !== null || r.community.id === ownId) : [];
  return (barred.length <= limit ? barred : onBoards.length > 0 ? onBoards : barred.slice(-limit)).map((r) => {
    const status = measure === 'completion' ? barStatus(r) : null;
    const note = r.board ? `${BOARD_ICONS[r.board]} ${BOARD_LABELS[r.board]}` : (status?.note ?? '');
    return {
      id: r.community.id,
      rank: r.rank as number,
      label: r.community.name,
      ...(r.community.id === ownId && { tag: `（${OWN_COMMUNITY}）` }),
      value: measureOf(r, measure) as number,
      color: status?.color ?? PALETTE.primary,
      note,
    };
  });
}

/** How many bars rankingBarRows gives: what a summary sentence says the chart shows. */
export function rankingBarCount(rows: readonly RankingRow[], measure: BarMeasure, limit = RANKING_CHART_LIMIT): number {
  let count = 0;
  for (const row of rows) if (hasBar(row, measure)) count++;
  return Math.min(count, limit);
}

/** The most bars a ranking chart shows here: fewer on a phone's width (the table has them all). */
export function useRankingChartLimit(): number {
  return usePhone() ? PHONE_CHART_LIMIT : RANKING_CHART_LIMIT;
}

interface RankingFrameProps {
  title: string;
  periodLabel: string;
  unit?: string;
  /** A sentence from the figures (best, worst, boards). */
  summary: string;
  /** The ranking rule, in one sentence: shown under every ranking. */
  rule: string;
  rows: readonly RankingRow[];
  columns: ReadonlyArray<Column<RankingRow>>;
  /** Bars of this measure; omitted: a table only. */
  measure?: BarMeasure;
  reference?: { value: number; label: string } | null;
  /** Another picture of the ranking instead of bars (the tile map), with its height. */
  map?: { node: ReactNode; height: number };
  /** The table first (a ranking page) or the picture first (the overview, the map). */
  initialView?: 'chart' | 'table';
  /** On a phone: the chart first, with the 红榜, 本社区 and 黑榜 bars (a ranking page). */
  boardsOnPhone?: boolean;
  ownId?: string;
}

/** A ranking: bars and a table of the ranked communities (exports included), the rule, and those listed apart. */
export function RankingFrame({ title, periodLabel, unit, summary, rule, rows, columns, measure, reference, map, initialView, ownId, boardsOnPhone }: RankingFrameProps) {
  const href = usePeriodHref();
  const navigate = useNavigate();
  const viewer = useViewer();
  const phone = usePhone();
  const limit = phone ? PHONE_CHART_LIMIT : RANKING_CHART_LIMIT;
  const boards = !!boardsOnPhone && phone;
  const touch = useMatchMedia(TOUCH_QUERY);
  // The same rows give the same arrays: a parent's re-render (the overview's lower half coming
  // in) must not hand the chart new data, which recharts would recompute in full.
  const ranked = useMemo(() => rows.filter((r) => r.rank !== null), [rows]);
  const bars = useMemo(() => (measure ? rankingBarRows(rows, measure, ownId, limit, boards) : []), [rows, measure, ownId, limit, boards]);
  // No figures at all is the period's empty state, not twenty communities listed apart.
  const noData = rows.every((r) => r.unranked === 'noData');
  return (
    <div className="ranking-frame">
      <ChartFrame
        title={title}
        periodLabel={periodLabel}
        unit={unit}
        summary={summary}
        rows={ranked}
        columns={columns}
        rowKey={(r) => r.community.id}
        rowClassName={(r) => (r.community.id === ownId ? 'is-highlighted' : undefined)}
        rowLimit={RANKING_TABLE_LIMIT}
        pinnedRow={(r) => r.community.id === ownId}
        note={unrankedNote}
        initialSort={columns.some((c) => c.key === 'rank') ? { key: 'rank', direction: 'ascending' } : null}
        emptyMessage={noData ? NO_DATA : '该时段没有可排名的社区'}
        height={map?.height ?? Math.max(240, bars.length * 24 + 40)}
        chartRole={map ? 'group' : 'img'}
        initialView={map || boards ? 'chart' : initialView}
        key={map ? 'map' : 'list'}
        chart={
          map ? (
            map.node
          ) : measure && bars.length > 0 ? (
            <RankingBarChart
              rows={bars}
              format={barFormat(measure)}
              reference={reference}
              paceLine={measure === 'completion' ? PACE_REFERENCE : null}
              // A tap shows the bar's tooltip; the table's links open the community.
              onSelect={touch ? undefined : (id) => canOpenCommunity(viewer, id) && void navigate(href(communityPath(id)))}
            />
          ) : undefined
        }
      />
      {!noData && <ApartList rows={rows} />}
      <p className="ranking-frame__rule">{rule}</p>
    </div>
  );
}

/** Tiles of a ranking: shaded by the measure between the lowest and highest ranked figure. */
export function rankingTiles(rows: readonly RankingRow[], measure: BarMeasure, ownId?: string): Tile[] {
  const figures = rows.filter((r) => r.rank !== null).map((r) => measureOf(r, measure) as number);
  const low = Math.min(...figures);
  const high = Math.max(...figures);
  const format = barFormat(measure);
  return rows.map((r) => {
    const figure = r.rank === null ? null : measureOf(r, measure);
    return {
      id: r.community.id,
      name: r.community.name,
      row: r.community.tile.row,
      col: r.community.tile.col,
      rank: r.rank,
      shade: figure === null ? null : high > low ? (figure - low) / (high - low) : 1,
      text: figure === null ? (unrankedNote(r) ?? '—') : format(figure),
      board: r.board,
      own: r.community.id === ownId,
    };
  });
}
