import { useMemo } from 'react';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../../components/data-table';
import { PaceBadge } from '../../../components/pace-badge';
import { deltaTone, type Delta } from '../../../domain/deltas';
import type { Metric } from '../../../lib/api/contract';
import { formatNumber, formatPercent, formatSignedPercent } from '../../../lib/i18n/format';
import { NOT_OFFERED } from '../../../lib/i18n/strings';
import type { CommunityMetricRow } from '../lib/community-rows';

interface CommunityTableProps {
  metric: Metric;
  rows: readonly CommunityMetricRow[];
  caption: string;
  hrefFor: (path: string) => string;
  /** The signed-in secretary's community, highlighted and tagged 本社区. */
  highlightId?: string;
}

const dash = <span className="muted">—</span>;

/** 同比 in a cell: the column header says what it is, so no label; the tone is in words too. */
function ChangeCell({ change, higherIsBetter }: { change: Delta | null; higherIsBetter: boolean }) {
  if (change?.relative == null) return dash;
  const tone = deltaTone(change, higherIsBetter);
  const arrow = change.absolute === 0 ? '' : change.absolute > 0 ? '↑' : '↓';
  return (
    <span className={`delta delta--${tone}`}>
      <span aria-hidden="true">{arrow}</span>
      {formatSignedPercent(change.relative)}
      <span className="visually-hidden">{tone === 'good' ? '（向好）' : tone === 'bad' ? '（变差）' : ''}</span>
    </span>
  );
}

/** Every community's value, prorated target, completion, 序时进度, rank and 同比; sortable by each. */
export function CommunityTable({ metric, rows, caption, hrefFor, highlightId }: CommunityTableProps) {
  const columns = useMemo<ReadonlyArray<Column<CommunityMetricRow>>>(
    () => [
      { key: 'rank', header: '排名', numeric: true, render: (r) => r.rank ?? '—', sortValue: (r) => r.rank },
      {
        key: 'community',
        header: '社区',
        rowHeader: true,
        sortValue: (r) => r.nameOrder,
        render: (r) => (
          <>
            <Link to={hrefFor(`/communities/${r.community.id}`)}>{r.community.name}</Link>
            {r.community.id === highlightId && <span className="tag">本社区</span>}
          </>
        ),
      },
      {
        key: 'value',
        header: `数值（${metric.unit}）`,
        numeric: true,
        sortValue: (r) => r.value,
        render: (r) => (r.value === null ? <span className="muted">{NOT_OFFERED}</span> : formatNumber(r.value)),
      },
      { key: 'target', header: `目标（${metric.unit}）`, numeric: true, sortValue: (r) => r.target, render: (r) => (r.target === null ? dash : formatNumber(r.target)) },
      { key: 'completion', header: '完成率', numeric: true, sortValue: (r) => r.completion, render: (r) => (r.completion === null ? dash : formatPercent(r.completion)) },
      { key: 'pace', header: '序时进度', sortValue: (r) => r.paceRatio, render: (r) => (r.value === null ? dash : <PaceBadge status={r.pace} />) },
      {
        key: 'vsLastYear',
        header: '同比',
        numeric: true,
        sortValue: (r) => r.vsLastYear?.relative ?? null,
        render: (r) => <ChangeCell change={r.vsLastYear} higherIsBetter={metric.higherIsBetter} />,
      },
    ],
    [metric.unit, metric.higherIsBetter, hrefFor, highlightId],
  );
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.community.id}
      rowClassName={(r) => (r.community.id === highlightId ? 'is-highlighted' : undefined)}
      initialSort={{ key: 'rank', direction: 'ascending' }}
    />
  );
}
