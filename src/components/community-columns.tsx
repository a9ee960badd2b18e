// The columns every per-community table shares (overview completion, metric page, rankings):
// one spec per figure, so every table, sort and CSV reads them the same way.
import { Link } from 'react-router';
import type { Delta } from '../domain/deltas';
import type { CommunityProgress } from '../domain/progress';
import type { Metric } from '../lib/api/contract';
import { formatNumber } from '../lib/i18n/format';
import { NOT_OFFERED, OWN_COMMUNITY, PACE_LABELS } from '../lib/i18n/strings';
import type { Column } from './data-table';
import { DeltaBadge } from './delta-badge';
import { PaceBadge } from './pace-badge';

/** A community's progress, with its rank and 同比 where the table shows them. */
export type CommunityFigures = CommunityProgress & { rank?: number | null; vsLastYear?: Delta | null };

export const COMMUNITY_COLUMN_KEYS = ['rank', 'community', 'value', 'target', 'completion', 'pace', 'vsLastYear'] as const;
export type CommunityColumnKey = (typeof COMMUNITY_COLUMN_KEYS)[number];

interface Options {
  /** Keys of the columns wanted, in order. */
  keys: readonly CommunityColumnKey[];
  hrefFor: (path: string) => string;
  /** The signed-in secretary's community, tagged 本社区. */
  ownId?: string;
}

/** 未开通 for a community without the service; nothing otherwise (for rows' notes and CSV). */
export function notOfferedNote(row: Pick<CommunityFigures, 'value'>): string | null {
  return row.value === null ? NOT_OFFERED : null;
}

export function communityColumns<Row extends CommunityFigures>(metric: Pick<Metric, 'unit' | 'higherIsBetter'>, { keys, hrefFor, ownId }: Options): Column<Row>[] {
  const all: Record<CommunityColumnKey, Column<Row>> = {
    rank: { key: 'rank', header: '排名', reference: true, value: (r) => r.rank ?? null },
    community: {
      key: 'community',
      header: '社区',
      rowHeader: true,
      value: (r) => r.community.name,
      render: (r) => (
        <>
          <Link to={hrefFor(`/communities/${r.community.id}`)}>{r.community.name}</Link>
          {r.community.id === ownId && <span className="tag">{OWN_COMMUNITY}</span>}
        </>
      ),
    },
    value: { key: 'value', header: '完成值', unit: metric.unit, value: (r) => r.value, missing: () => NOT_OFFERED },
    target: { key: 'target', header: '序时目标', unit: metric.unit, reference: true, value: (r) => r.target, format: (v) => formatNumber(Math.round(Number(v))) },
    completion: { key: 'completion', header: '完成率', percent: true, value: (r) => r.completion },
    pace: {
      key: 'pace',
      header: '序时进度',
      value: (r) => (r.pace === null ? null : PACE_LABELS[r.pace]),
      sortValue: (r) => r.paceRatio,
      render: (r) => (r.value === null ? <span className="muted">—</span> : <PaceBadge status={r.pace} />),
    },
    vsLastYear: {
      key: 'vsLastYear',
      header: '同比',
      percent: true,
      value: (r) => r.vsLastYear?.relative ?? null,
      render: (r) => <DeltaBadge change={r.vsLastYear ?? null} higherIsBetter={metric.higherIsBetter} />,
    },
  };
  return keys.map((k) => all[k]);
}
