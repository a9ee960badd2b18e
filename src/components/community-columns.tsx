// The columns every community ranking or breakdown shares (overview, metric page, rankings,
// deck): one spec per figure, so every table, sort and CSV reads them the same way.
import { Link } from 'react-router';
import { canOpenCommunity } from '../domain/access';
import type { RankingRow } from '../domain/ranking-subject';
import type { Community, Metric, User } from '../lib/api/contract';
import { formatPercent } from '../lib/i18n/format';
import { movementText } from '../lib/i18n/sentences';
import { BOARD_ICONS, BOARD_LABELS, OWN_COMMUNITY, PACE_LABELS, SMALL_SAMPLE, SMALL_SAMPLE_HINT, UNRANKED_LABELS, YEAR_RESULT, YEAR_VERDICT_LABELS } from '../lib/i18n/strings';
import type { Column } from './data-table';
import { DeltaBadge } from './delta-badge';
import { MovementBadge } from './movement-badge';
import { PaceBadge } from './pace-badge';
import { communityPath } from '../lib/route-paths';

export const COMMUNITY_COLUMN_KEYS = ['rank', 'movement', 'community', 'board', 'value', 'target', 'completion', 'pace', 'vsLastYear', 'index', 'parts'] as const;
export type CommunityColumnKey = (typeof COMMUNITY_COLUMN_KEYS)[number];

interface Options {
  /** Keys of the columns wanted, in order. */
  keys: readonly CommunityColumnKey[];
  hrefFor: (path: string) => string;
  /** The signed-in user: which communities link to their page, and the secretary's own, tagged 本社区. */
  viewer: User | undefined;
  /** Completion drawn as a bar beside its figure, up to this ratio (the longest bar). */
  barMax?: number;
  /** A closed year (domain/pace.ts isClosedYear): the pace column reads 全年完成 / 未完成. */
  closedYear?: boolean;
}

/** Why a row has no rank (未开通, 暂无数据, 无目标): the CSV's 备注 and the table's empty cells. */
export function unrankedNote(row: Pick<RankingRow, 'unranked'>): string | null {
  return row.unranked ? UNRANKED_LABELS[row.unranked] : null;
}

/** 样本小: the target is below the metric's minimum, so the % is noise and the ranking is by count. */
export function SmallSampleMark() {
  return <abbr title={SMALL_SAMPLE_HINT}> {SMALL_SAMPLE}</abbr>;
}

export function OwnTag() {
  return <span className="tag">{OWN_COMMUNITY}</span>;
}

/**
 * A community's name, linking to its page when the signed-in user may open it (domain/access.ts:
 * no link they would be refused), tagged 本社区 when it is the signed-in secretary's.
 */
export function CommunityLink({ community, hrefFor, viewer }: { community: Pick<Community, 'id' | 'name'>; hrefFor: (path: string) => string; viewer: User | undefined }) {
  // The viewer comes from the page (read once), not from a query per link: a ranking has 500.
  const ownId = viewer?.communityId;
  return (
    <>
      {/* A long name is cut on screen; the whole name is its title (and in exports). */}
      {canOpenCommunity(viewer, community.id) ? (
        <Link to={hrefFor(communityPath(community.id))} className="name" title={community.name}>
          {community.name}
        </Link>
      ) : (
        <span className="name" title={community.name}>
          {community.name}
        </span>
      )}
      {community.id === ownId && <OwnTag />}
    </>
  );
}

export function communityColumns<Row extends RankingRow>(metric: Pick<Metric, 'unit' | 'higherIsBetter'> | null, { keys, hrefFor, viewer, barMax, closedYear }: Options): Column<Row>[] {
  const unit = metric?.unit;
  const all: Record<CommunityColumnKey, Column<Row>> = {
    rank: { key: 'rank', header: '排名', reference: true, value: (r) => r.rank, missing: (r) => unrankedNote(r) ?? '—' },
    movement: {
      key: 'movement',
      header: '变动',
      reference: true,
      value: (r) => movementText(r.movement).symbol || null,
      sortValue: (r) => (r.movement?.kind === 'up' ? r.movement.places : r.movement?.kind === 'down' ? -r.movement.places : r.movement ? 0 : null),
      render: (r) => <MovementBadge movement={r.movement} />,
    },
    community: {
      key: 'community',
      header: '社区',
      rowHeader: true,
      value: (r) => r.community.name,
      render: (r) => <CommunityLink community={r.community} hrefFor={hrefFor} viewer={viewer} />,
    },
    board: {
      key: 'board',
      header: '红黑榜',
      reference: true,
      value: (r) => (r.board ? BOARD_LABELS[r.board] : null),
      sortValue: (r) => (r.board === 'red' ? 1 : r.board === 'black' ? -1 : 0),
      render: (r) =>
        r.board ? (
          <span className={`board board--${r.board}`}>
            <span aria-hidden="true">{BOARD_ICONS[r.board]}</span> {BOARD_LABELS[r.board]}
          </span>
        ) : null,
    },
    value: { key: 'value', header: '完成值', unit, value: (r) => r.value, missing: (r) => unrankedNote(r) ?? '—' },
    target: { key: 'target', header: '序时目标', unit, reference: true, wholeUnits: true, value: (r) => r.target },
    completion: {
      key: 'completion',
      header: '完成率',
      percent: true,
      value: (r) => r.completion,
      render: (r) =>
        r.completion === null ? (
          <span className="muted">—</span>
        ) : barMax ? (
          <span className="bar-cell">
            <span className="bar-cell__bar" style={{ width: `${Math.min(r.completion / barMax, 1) * 100}%` }} aria-hidden="true" />
            <span className="bar-cell__text">
              {formatPercent(r.completion)}
              {r.smallSample && <SmallSampleMark />}
            </span>
          </span>
        ) : (
          <>
            {formatPercent(r.completion)}
            {r.smallSample && <SmallSampleMark />}
          </>
        ),
    },
    pace: {
      key: 'pace',
      header: closedYear ? YEAR_RESULT : '序时进度',
      value: (r) => (r.yearVerdict ? YEAR_VERDICT_LABELS[r.yearVerdict] : r.pace === null ? null : PACE_LABELS[r.pace]),
      sortValue: (r) => r.paceRatio,
      render: (r) => (r.value === null ? <span className="muted">—</span> : <PaceBadge status={r.pace} value={r.value} target={r.target} yearVerdict={r.yearVerdict} />),
    },
    vsLastYear: {
      key: 'vsLastYear',
      header: '同比',
      percent: true,
      value: (r) => r.vsLastYear?.relative ?? null,
      render: (r) => <DeltaBadge change={r.vsLastYear} higherIsBetter={metric?.higherIsBetter ?? true} />,
    },
    index: { key: 'index', header: '综合指数', value: (r) => (r.score === null ? null : r.score * 100), format: (v) => Number(v).toFixed(1), missing: (r) => unrankedNote(r) ?? '—' },
    parts: {
      key: 'parts',
      header: '计入指标',
      reference: true,
      value: (r) => (r.parts ? r.parts.filter((p) => p.counted !== null).length : null),
      format: (v, r) => `${v} / ${r.parts?.length ?? 0} 项`,
    },
  };
  return keys.map((k) => all[k]);
}
