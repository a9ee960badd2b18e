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
import { communityMetrics } from '../../../domain/catalogue';
import { isClosedYear } from '../../../domain/pace';
import type { DataRange, Period } from '../../../domain/period';
import { communitiesProgress, communityFiguresOf, rankMetric } from '../../../domain/figures';
import { attentionList, completionStats } from '../../../domain/progress';
import { rankingRows, type RankingRow } from '../../../domain/ranking-subject';
import { rankedByCount } from '../../../domain/standings';
import type { Catalogue, Metric } from '../../../lib/api/contract';
import type { CommunityFiguresData } from '../../../lib/api/queries';
import { formatPercent, formatPeriod } from '../../../lib/i18n/format';
import { attentionEmpty, attentionSubtitle, completionSentence, rankingRule } from '../../../lib/i18n/sentences';
import { NO_DATA, NO_DATA_HINT } from '../../../lib/i18n/strings';
import { usePeriodHref } from '../../../lib/use-url-state';
import type { OverviewInputs } from '../api';
import { overviewCommunityOptions, overviewCompletionOptions } from '../../../lib/api/overview';
import { useCommunityAccess, useViewer } from '../../../lib/use-viewer';
import { ReleaseNotice } from '../../../components/release-notice';
import { metricPath } from '../../../lib/route-paths';

type Figures = CommunityFiguresData;

export function CommunityCompletion({ inputs, onMetric }: { inputs: OverviewInputs; onMetric: (id: string) => void }) {
  const { period, range, rankable, metric } = inputs;
  const access = useCommunityAccess(period, range);
  // A metric chosen once 需要关注's figures are in finds its own already there (the loader takes them from those).
  const query = useQuery({ ...overviewCompletionOptions(metric?.id ?? '', period), enabled: metric !== null && access.kind === 'allowed' });
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
          {([figures]) => <CompletionBody figures={figures} metric={metricOf(rankable, figures) ?? metric} />}
        </QueryState>
      )}
    </Panel>
  );
}

/** The metric the figures are for: while another metric's figures load, the last ones stay on screen (dimmed) under their own name. */
function metricOf(metrics: readonly Metric[], figures: Figures): Metric | undefined {
  return metrics.find((m) => m.id === figures.input.metricIds[0]);
}

const COMPLETION_COLUMNS = ['rank', 'community', 'value', 'target', 'completion', 'pace'] as const;

function CompletionBody({ figures, metric }: { figures: Figures; metric: Metric }) {
  const href = usePeriodHref();
  const viewer = useViewer();
  const ownId = viewer?.communityId;
  const rows = useMemo(() => rankingRows(rankMetric(communityFiguresOf(figures), metric)), [figures, metric]);
  const columns = useMemo(() => communityColumns<RankingRow>(metric, { keys: COMPLETION_COLUMNS, hrefFor: href, viewer, closedYear: isClosedYear(figures.input.period) }), [metric, href, viewer, figures.input.period]);
  const periodLabel = formatPeriod(figures.input.period);
  const title = `各社区${metric.name}完成率`;
  const stats = completionStats(rows);
  // The sentence says how many bars the chart shows: fewer on a phone.
  const chartLimit = useRankingChartLimit();
  // 样本小 rows rank the metric by count (domain basisUsed): the bars then show the counts.
  const smallCounts = rankedByCount(rows);
  const measure = smallCounts ? 'value' : 'completion';
  const shown = rankingBarCount(rows, measure, chartLimit);
  return (
    <RankingFrame
      title={title}
      periodLabel={periodLabel}
      unit={metric.unit}
      summary={completionSentence(`${periodLabel}${title}`, stats, shown, isClosedYear(figures.input.period))}
      rule={rankingRule('completion', metric.higherIsBetter, smallCounts)}
      rows={rows}
      columns={columns}
      measure={measure}
      reference={!smallCounts && stats ? { value: stats.average, label: `平均 ${formatPercent(stats.average)}` } : null}
      ownId={ownId}
    />
  );
}

/** `ready`: asked for once the first screen has drawn (its figures are every metric of every community). */
export function AttentionList({ catalogue, period, range, ready }: { catalogue: Catalogue; period: Period; range: DataRange; ready: boolean }) {
  const access = useCommunityAccess(period, range);
  const query = useQuery({ ...overviewCommunityOptions(catalogue, period), enabled: ready && access.kind === 'allowed' });
  return (
    <Panel title="需要关注" subtitle={attentionSubtitle(isClosedYear(period))}>
      {access.kind === 'refused' ? (
        <ReleaseNotice period={period} offers={access.offers} role={access.role} />
      ) : (
        <QueryState queries={[query]} height={320} errorTitle="各社区数据加载失败">
          {([figures]) => <AttentionBody figures={figures} catalogue={catalogue} />}
        </QueryState>
      )}
    </Panel>
  );
}

function AttentionBody({ figures, catalogue }: { figures: Figures; catalogue: Catalogue }) {
  const href = usePeriodHref();
  const viewer = useViewer();
  const closedYear = isClosedYear(figures.input.period);
  const items = useMemo(() => {
    const all = communityFiguresOf(figures);
    const byMetric = communityMetrics(catalogue.metrics).map((metric) => ({ metric, rows: communitiesProgress(all, metric) }));
    return { items: attentionList(byMetric, 8, 2), anyFigure: byMetric.some((m) => m.rows.some((r) => r.value !== null)) };
  }, [figures, catalogue]);
  // Nobody behind is good news only when there are figures to be behind in.
  if (!items.anyFigure) return <EmptyState message={NO_DATA} hint={NO_DATA_HINT} />;
  if (items.items.length === 0) return <EmptyState message={attentionEmpty(closedYear)} />;
  return (
    <ol className="attention">
      {items.items.map(({ metric, progress, smallSample }) => (
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
