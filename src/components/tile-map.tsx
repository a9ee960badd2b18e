import { Link } from 'react-router';
import type { Board } from '../domain/ranking';
import { BOARD_ICONS, BOARD_LABELS, OWN_COMMUNITY } from '../lib/i18n/strings';
import { sequentialColor, textOn } from './charts/palette';
import { communityPath } from '../lib/route-paths';

export interface Tile {
  id: string;
  name: string;
  row: number;
  col: number;
  rank: number | null;
  /** Where the tile's fill sits on the scale (0 = lowest shown, 1 = highest); null: not ranked. */
  shade: number | null;
  /** The figure written in the tile ("93.8%"), or why it has none ("未开通"). */
  text: string;
  board: Board | null;
  own: boolean;
}

const SIZE = 104;
const GAP = 8;
const NOT_RANKED_FILL = '#e6e9ef';
/** The signed-in secretary's own community: an outline, named in the legend. */
const OWN_OUTLINE = '#f0a500';

/** Names without the trailing 社区, so two characters or three fit a tile. */
export function shortName(name: string): string {
  return name.replace(/社区$/, '') || name;
}

interface TileMapProps {
  tiles: readonly Tile[];
  label: string;
  hrefFor: (path: string) => string;
  /** Labels of the scale's ends. */
  legend: { low: string; high: string };
  /** Whether a tile links to its community (the user may open it). */
  canOpen: (communityId: string) => boolean;
}

/**
 * One square per community where the backend's tile grid puts it, filled on a colour-blind-safe
 * sequential scale, with its rank, short name and figure written in; each opens its community.
 */
export function TileMap({ tiles, label, hrefFor, legend, canOpen }: TileMapProps) {
  const rows = Math.max(0, ...tiles.map((t) => t.row)) + 1;
  const cols = Math.max(0, ...tiles.map((t) => t.col)) + 1;
  const width = cols * (SIZE + GAP) - GAP;
  const height = rows * (SIZE + GAP) - GAP + 56;
  return (
    <svg className="tile-map" viewBox={`0 0 ${width} ${height}`} width="100%" height="100%" preserveAspectRatio="xMidYMid meet" aria-label={label} role="group">
      <defs>
        <pattern id="tile-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="8" height="8" fill={NOT_RANKED_FILL} />
          <line x1="0" y1="0" x2="0" y2="8" stroke="#c3c9d4" strokeWidth="3" />
        </pattern>
        <linearGradient id="tile-scale">
          {[0, 0.25, 0.5, 0.75, 1].map((t) => (
            <stop key={t} offset={`${t * 100}%`} stopColor={sequentialColor(t)} />
          ))}
        </linearGradient>
      </defs>
      {tiles.map((t) => {
        const fill = t.shade === null ? NOT_RANKED_FILL : sequentialColor(t.shade);
        const ink = t.shade === null ? '#1a2233' : textOn(fill);
        const x = t.col * (SIZE + GAP);
        const y = t.row * (SIZE + GAP);
        const rank = t.rank === null ? '未排名' : `第 ${t.rank} 名`;
        const board = t.board ? `，${BOARD_LABELS[t.board]}` : '';
        return (
          <g key={t.id}>
            <rect x={x} y={y} width={SIZE} height={SIZE} rx={8} fill={t.shade === null ? 'url(#tile-hatch)' : fill} stroke={t.own ? OWN_OUTLINE : 'none'} strokeWidth={t.own ? 6 : 0} />
            <text aria-hidden="true" x={x + SIZE / 2} y={y + 30} textAnchor="middle" fontSize={20} fontWeight={700} fill={ink}>
              {t.rank ?? '—'}
            </text>
            <text aria-hidden="true" x={x + SIZE / 2} y={y + 58} textAnchor="middle" fontSize={18} fill={ink}>
              {[...shortName(t.name)].slice(0, 5).join("")}
            </text>
            <text aria-hidden="true" x={x + SIZE / 2} y={y + 84} textAnchor="middle" fontSize={15} fill={ink}>
              {t.text}
            </text>
            {t.board && (
              <text aria-hidden="true" x={x + SIZE - 8} y={y + 20} textAnchor="end" fontSize={14} fontWeight={700} fill={ink}>
                {BOARD_ICONS[t.board]}
                {BOARD_LABELS[t.board].slice(0, 1)}
              </text>
            )}
            {/* The link covers the tile and says it all in words; the drawn texts are for the eye. A
                community the user may not open is a labelled picture, not a link they would be refused. */}
            {canOpen(t.id) ? (
              <Link to={hrefFor(communityPath(t.id))} className="tile-map__tile" aria-label={`${t.name}：${rank}，${t.text}${board}${t.own ? `，${OWN_COMMUNITY}` : ''}`}>
                <rect x={x} y={y} width={SIZE} height={SIZE} rx={8} fill="transparent" />
              </Link>
            ) : (
              <rect x={x} y={y} width={SIZE} height={SIZE} rx={8} fill="transparent" role="img" aria-label={`${t.name}：${rank}，${t.text}${board}${t.own ? `，${OWN_COMMUNITY}` : ''}`} />
            )}
          </g>
        );
      })}
      <g transform={`translate(0 ${height - 36})`} aria-hidden="true">
        <text x={0} y={12} fontSize={14} className="tile-map__legend">
          {legend.low}
        </text>
        <rect x={0} y={18} width={Math.min(320, width / 2)} height={14} fill="url(#tile-scale)" />
        <text x={Math.min(320, width / 2)} y={12} fontSize={14} textAnchor="end" className="tile-map__legend">
          {legend.high}
        </text>
        <rect x={Math.min(320, width / 2) + 24} y={18} width={28} height={14} fill="url(#tile-hatch)" />
        <text x={Math.min(320, width / 2) + 58} y={30} fontSize={14} className="tile-map__legend">
          未参与排名
        </text>
        {tiles.some((t) => t.own) && (
          <>
            <rect x={Math.min(320, width / 2) + 160} y={18} width={28} height={14} fill="none" stroke={OWN_OUTLINE} strokeWidth={4} />
            <text x={Math.min(320, width / 2) + 196} y={30} fontSize={14} className="tile-map__legend">
              {OWN_COMMUNITY}
            </text>
          </>
        )}
      </g>
    </svg>
  );
}
