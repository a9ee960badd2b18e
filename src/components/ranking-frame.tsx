import { useMemo, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { canOpenCommunity } from '../domain/access';
import type { PaceStatus } from '../domain/pace';
import { PHONE_CHART_LIMIT, RANKING_CHART_LIMIT, RANKING_TABLE_LIMIT, rankingBars, shades, type BarMeasure } from '../domain/ranking-bars';
import type { RankingRow } from '../domain/ranking-subject';
import { barFormat, barWords, type WordedBar } from '../lib/i18n/bar-words';
import { NO_DATA, PACE_REFERENCE } from '../lib/i18n/strings';
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

// The overview's community panels count the bars through here.
export { rankingBarCount } from '../domain/ranking-bars';

/** A bar's colour: the pace its status shows, else the plain colour. */
const barColor = (tone: PaceStatus | null) => (tone ? PACE_COLORS[tone] : PALETTE.primary);

/** Bars as the chart draws them: their words, coloured by status. */
export function barRows(bars: readonly WordedBar[]): RankingBarRow[] {
  return bars.map(({ tone, ...bar }) => ({ ...bar, color: barColor(tone) }));
}

/** A ranking's bars (domain rankingBars) in words and colours. */
export function rankingBarRows(rows: readonly RankingRow[], measure: BarMeasure, ownId?: string, limit = RANKING_CHART_LIMIT, boards = false): RankingBarRow[] {
  return barRows(rankingBars(rows, measure, ownId, limit, boards).map(barWords));
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
  const format = barFormat(measure);
  const shaded = shades(rows, measure);
  return rows.map((r, i) => {
    const { figure, shade } = shaded[i];
    return {
      id: r.community.id,
      name: r.community.name,
      row: r.community.tile.row,
      col: r.community.tile.col,
      rank: r.rank,
      shade,
      text: figure === null ? (unrankedNote(r) ?? '—') : format(figure),
      board: r.board,
      own: r.community.id === ownId,
    };
  });
}
