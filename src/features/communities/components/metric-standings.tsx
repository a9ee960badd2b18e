import { useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { ChartFrame } from '../../../components/chart-frame';
import { cellText, type Column } from '../../../components/data-table';
import { MovementBadge } from '../../../components/movement-badge';
import { PaceBadge } from '../../../components/pace-badge';
import { Panel } from '../../../components/panel';
import type { CommunityHome, MetricStandingAtHome } from '../../../domain/community-home';
import type { Period } from '../../../domain/period';
import { wholeTarget } from '../../../domain/targets';
import type { Community } from '../../../lib/api/contract';
import { formatNumber, formatPeriod } from '../../../lib/i18n/format';
import { gapToNextSentence, gapToPaceSentence, movementText, rankingRule } from '../../../lib/i18n/sentences';
import { IN_INDEX, INDEX_NAME, NOT_OFFERED, PACE_LABELS, SMALL_SAMPLE, UNRANKED_LABELS } from '../../../lib/i18n/strings';
import { usePeriodHref } from '../../../lib/use-url-state';
import { usePhone } from '../../../lib/use-match-media';
import { metricPath } from '../../../lib/route-paths';

const rankText = (r: MetricStandingAtHome) => (r.standing.rank === null ? null : `第 ${r.standing.rank} / ${r.of} 名${r.smallSample ? `（${SMALL_SAMPLE}）` : ''}`);

/** Per metric: value, prorated target, completion, 序时进度, rank and movement, the subdistrict's average and what the next place takes. */
export function MetricStandings({ home, community, period }: { home: CommunityHome; community: Community; period: Period }) {
  const href = usePeriodHref();
  const columns = useMemo<Column<MetricStandingAtHome>[]>(
    () => [
      { key: 'metric', header: '指标', rowHeader: true, value: (r) => r.metric.name, render: (r) => <Link to={href(metricPath(r.metric.id))}>{r.metric.name}</Link> },
      {
        key: 'index',
        header: INDEX_NAME,
        reference: true,
        value: (r) => (r.inIndex ? `${IN_INDEX}（权重 ${r.metric.indexWeight}）` : '不计入'),
        sortValue: (r) => r.metric.indexWeight ?? 0,
      },
      { key: 'value', header: '完成值', value: (r) => r.standing.value, format: (v, r) => `${formatNumber(Number(v))} ${r.metric.unit}`, missing: (r) => (r.standing.unranked ? UNRANKED_LABELS[r.standing.unranked] : '—') },
      { key: 'target', header: '序时目标', reference: true, value: (r) => r.standing.target, format: (v, r) => `${formatNumber(wholeTarget(Number(v)))} ${r.metric.unit}` },
      { key: 'completion', header: '完成率', percent: true, value: (r) => r.standing.completion },
      {
        key: 'pace',
        header: '序时进度',
        value: (r) => (r.standing.pace ? PACE_LABELS[r.standing.pace] : null),
        sortValue: (r) => r.standing.paceRatio,
        render: (r) => (r.standing.value === null ? <span className="muted">—</span> : <PaceBadge status={r.standing.pace} value={r.standing.value} target={r.standing.target} />),
      },
      { key: 'rank', header: '排名', reference: true, value: (r) => rankText(r), sortValue: (r) => r.standing.rank, missing: (r) => (r.standing.unranked ? UNRANKED_LABELS[r.standing.unranked] : '—') },
      { key: 'movement', header: '变动', reference: true, value: (r) => movementText(r.movement).symbol || null, render: (r) => <MovementBadge movement={r.movement} previous={home.previous} /> },
      { key: 'average', header: '街道平均完成率', percent: true, reference: true, value: (r) => r.average },
      { key: 'next', header: '升一位还需', reference: true, value: (r) => gapToNextSentence(r.gapToNext, r.metric.unit), sortValue: (r) => r.standing.rank, missing: (r) => (r.standing.rank === 1 ? '已是第一' : '—') },
      { key: 'pace-gap', header: '与序时进度', reference: true, value: (r) => (r.standing.value === null ? null : gapToPaceSentence(r.gapToPace, r.metric.unit)) },
    ],
    [href, home.previous],
  );
  const periodLabel = formatPeriod(period);
  const weakestId = home.weakest?.metric.id;
  const phone = usePhone();
  return (
    <Panel title="各项指标" subtitle="完成率、名次及与街道平均的比较；升一位所需按完成率排名计算">
      {phone ? (
        <ul className="metric-lines" aria-label={`${community.name}各项指标`}>
          {home.metrics.map((r) => (
            <MetricLine key={r.metric.id} row={r} columns={columns} weakest={r.metric.id === weakestId} previous={home.previous} />
          ))}
        </ul>
      ) : (
      <ChartFrame
        title={`${community.name}各项指标`}
        periodLabel={periodLabel}
        summary={`${periodLabel}${community.name}各项指标的完成情况与名次。${rankingRule('completion')}`}
        rows={home.metrics}
        columns={columns}
        rowKey={(r) => r.metric.id}
        rowClassName={(r) => (r.metric.id === weakestId ? 'is-warned' : undefined)}
      />
      )}
      {home.notOffered.length > 0 && (
        <p className="apart-list">
          {NOT_OFFERED}（不参与这些排名）：{home.notOffered.map((m) => m.name).join('、')}
        </p>
      )}
    </Panel>
  );
}

/** A phone's line per metric: name · rank · movement · what the next place takes; the rest on tap. */
function MetricLine({ row, columns, weakest, previous }: { row: MetricStandingAtHome; columns: Column<MetricStandingAtHome>[]; weakest: boolean; previous: Period | null }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <li className={weakest ? 'metric-line is-warned' : 'metric-line'}>
      <button type="button" className="metric-line__summary" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        <span className="metric-line__name">{row.metric.name}</span> · {rankText(row) ?? (row.standing.unranked ? UNRANKED_LABELS[row.standing.unranked] : '—')} ·{' '}
        <MovementBadge movement={row.movement} previous={previous} /> · {gapToNextSentence(row.gapToNext, row.metric.unit) ?? (row.standing.rank === 1 ? '已是第一' : '—')}
      </button>
      <dl id={id} className="metric-line__details" hidden={!open}>
        {columns.slice(1).map((c) => (
          <div key={c.key}>
            <dt>{c.header}</dt>
            <dd>{c.render ? c.render(row) : (cellText(c, row) ?? c.missing?.(row) ?? '—')}</dd>
          </div>
        ))}
      </dl>
    </li>
  );
}
