import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { CommunityLink, communityColumns, SmallSampleMark } from '../../../components/community-columns';
import { EmptyState } from '../../../components/empty-state';
import { MetricSelect } from '../../../components/metric-select';
import { PaceBadge } from '../../../components/pace-badge';
import { Panel } from '../../../components/panel';
import { RankingFrame, rankingBarCount, useRankingChartLimit } from '../../../components/ranking-frame';
import { QueryState } from '../../../components/query-state';
import { isClosedYear } from '../../../domain/pace';
import type { RankingRow } from '../../../domain/ranking-subject';
import type { AttentionView, CompletionView } from '../../../domain/views';
import { formatPercent, formatPeriod } from '../../../lib/i18n/format';
import { attentionEmpty, attentionSubtitle, completionSentence, rankingRule } from '../../../lib/i18n/sentences';
import { NO_DATA, NO_DATA_HINT } from '../../../lib/i18n/strings';
import { usePeriodHref } from '../../../lib/use-url-state';
import { attentionQuery, completionQuery, type OverviewInputs } from '../api';
import { useCommunityAccess, useViewer } from '../../../lib/use-viewer';
import { ReleaseNotice } from '../../../components/release-notice';
import { metricPath } from '../../../lib/route-paths';

export function CommunityCompletion({ inputs, onMetric }: { inputs: OverviewInputs; onMetric: (id: string) => void }) {
  const { period, range, rankable, metric } = inputs;
  const access = useCommunityAccess(period, range);
  const query = useQuery(completionQuery(inputs, access.kind === 'allowed'));
  if (!metric) return null;
  return (
    <Panel
      title="各社区目标完成率"
      subtitle={`${formatPeriod(period)} · 按序时折算的目标`}
      actions={<MetricSelect metrics={rankable} value={metric.id} onChange={onMetric} />}
    >
      {access.kind === 'refused' ? (
        <ReleaseNotice period={period} offers={access.offers} role={access.role} />
      ) : (
        <QueryState queries={[query]} height={480} errorTitle="各社区数据加载失败">
          {([view]) => view && <CompletionBody view={view} />}
        </QueryState>
      )}
    </Panel>
  );
}

const COMPLETION_COLUMNS = ['rank', 'community', 'value', 'target', 'completion', 'pace'] as const;

/** While another metric's figures load, the last ones stay on screen (dimmed) under their own name. */
function CompletionBody({ view }: { view: CompletionView }) {
  const { metric, rows, stats, smallCounts, closedYear } = view;
  const href = usePeriodHref();
  const viewer = useViewer();
  const columns = useMemo(() => communityColumns<RankingRow>(metric, { keys: COMPLETION_COLUMNS, hrefFor: href, viewer, closedYear }), [metric, href, viewer, closedYear]);
  const periodLabel = formatPeriod(view.period);
  const title = `各社区${metric.name}完成率`;
  // The sentence says how many bars the chart shows: fewer on a phone.
  const chartLimit = useRankingChartLimit();
  // 样本小 rows rank the metric by count (domain basisUsed): the bars then show the counts.
  const measure = smallCounts ? 'value' : 'completion';
  const shown = rankingBarCount(rows, measure, chartLimit);
  return (
    <RankingFrame
      title={title}
      periodLabel={periodLabel}
      unit={metric.unit}
      summary={completionSentence(`${periodLabel}${title}`, stats, shown, closedYear)}
      rule={rankingRule('completion', metric.higherIsBetter, smallCounts)}
      rows={rows}
      columns={columns}
      measure={measure}
      reference={!smallCounts && stats ? { value: stats.average, label: `平均 ${formatPercent(stats.average)}` } : null}
      ownId={viewer?.communityId}
    />
  );
}

/** `ready`: asked for once the first screen has drawn (its figures are every metric of every community). */
export function AttentionList({ inputs, ready }: { inputs: OverviewInputs; ready: boolean }) {
  const { period, range } = inputs;
  const access = useCommunityAccess(period, range);
  const query = useQuery(attentionQuery(inputs, ready && access.kind === 'allowed'));
  return (
    <Panel title="需要关注" subtitle={attentionSubtitle(isClosedYear(period))}>
      {access.kind === 'refused' ? (
        <ReleaseNotice period={period} offers={access.offers} role={access.role} />
      ) : (
        <QueryState queries={[query]} height={320} errorTitle="各社区数据加载失败">
          {([view]) => <AttentionBody view={view} />}
        </QueryState>
      )}
    </Panel>
  );
}

function AttentionBody({ view }: { view: AttentionView }) {
  const href = usePeriodHref();
  const viewer = useViewer();
  // Nobody behind is good news only when there are figures to be behind in.
  if (!view.anyFigure) return <EmptyState message={NO_DATA} hint={NO_DATA_HINT} />;
  if (view.items.length === 0) return <EmptyState message={attentionEmpty(view.closedYear)} />;
  return (
    <ol className="attention">
      {view.items.map(({ metric, progress, smallSample }) => (
        <li key={`${metric.id}-${progress.community.id}`} className="attention__item">
          <span>
            <CommunityLink community={progress.community} hrefFor={href} viewer={viewer} />
          </span>
          <span className="attention__metric">
            <Link to={href(metricPath(metric.id))}>{metric.name}</Link>
          </span>
          <span className="attention__figure">
            {progress.completion === null ? '—' : formatPercent(progress.completion)} <PaceBadge status={progress.pace} value={progress.value} target={progress.target} yearVerdict={progress.yearVerdict} />
            {smallSample && <SmallSampleMark />}
          </span>
        </li>
      ))}
    </ol>
  );
}
