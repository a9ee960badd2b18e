import { isClosedYear } from '../../domain/pace';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { preloadCharts } from '../../components/charts/lazy-charts';
import { ChoiceChips } from '../../components/choice-chips';
import { communityColumns, type CommunityColumnKey } from '../../components/community-columns';
import { MetricSelect } from '../../components/metric-select';
import { Panel } from '../../components/panel';
import { QueryState } from '../../components/query-state';
import { RankingFrame, rankingTiles } from '../../components/ranking-frame';
import { TileMap } from '../../components/tile-map';
import { historyPeriods } from '../../domain/history';
import { MIN_RANKED_FOR_BOARDS } from '../../domain/ranking';
import { measureOf, type BarMeasure } from '../../domain/ranking-bars';
import { canOpenCommunity } from '../../domain/access';
import { INDEX_ID, type RankingRow, type RankingSubject } from '../../domain/ranking-subject';
import type { RankingBasis } from '../../domain/standings';
import type { Catalogue } from '../../lib/api/contract';
import { barFormat } from '../../lib/i18n/bar-words';
import { formatPeriod } from '../../lib/i18n/format';
import { previousPeriod } from '../../domain/deltas';
import { comparedWith, historySubtitle, rankingRule, rankingSentence } from '../../lib/i18n/sentences';
import { BASIS_LABELS, INDEX_NAME } from '../../lib/i18n/strings';
import { usePeriodHref } from '../../lib/use-url-state';
import { useCommunityAccess, useViewer } from '../../lib/use-viewer';
import { ReleaseNotice } from '../../components/release-notice';
import { BoardHistoryPanel } from './components/board-history';
import { IndexFormula } from './components/index-formula';
import { BASES, rankingsQuery, useRankingsInputs, VIEWS, type RankingsInputs, type RankingsLayout, type RankingsSetters, type RankingsShown } from './api';
import './rankings.css';

export { rankingsLoader } from './api';

const MAP_HEIGHT = 600;
const INDEX_KEYS: CommunityColumnKey[] = ['rank', 'movement', 'community', 'board', 'index', 'parts'];
const METRIC_KEYS: CommunityColumnKey[] = ['rank', 'movement', 'community', 'board', 'value', 'target', 'completion', 'pace'];

export function RankingsPage() {
  const { period, catalogue, inputs, set } = useRankingsInputs();
  useEffect(() => void preloadCharts('rankings'), []);
  return (
    <div className="page rankings-page">
      <h1 className="page__title">社区排名 · {formatPeriod(period)}</h1>
      <QueryState queries={[catalogue]} height={480} errorTitle="无法加载指标目录">
        {([data]) => inputs && <Rankings catalogue={data} inputs={inputs} set={set} />}
      </QueryState>
    </div>
  );
}

function Rankings({ catalogue, inputs, set }: { catalogue: Catalogue; inputs: RankingsInputs; set: RankingsSetters }) {
  const { choices, subject, basis, layout } = inputs;
  if (!subject) return <p className="page__note">目录中没有可排名的指标。</p>;
  const name = subject.kind === 'index' ? INDEX_NAME : subject.metric.name;
  return (
    <>
      <div className="rankings-page__controls">
        <MetricSelect metrics={choices} value={subject.kind === 'index' ? INDEX_ID : subject.metric.id} onChange={set.choice} />
        {subject.kind === 'metric' && <ChoiceChips label="排名依据" options={BASES} value={basis} onChange={set.basis} />}
        <ChoiceChips label="显示" options={VIEWS} value={layout} onChange={set.layout} />
      </div>
      <RankingPanels subject={subject} name={name} catalogue={catalogue} inputs={inputs} />
    </>
  );
}

interface PanelsProps {
  subject: RankingSubject;
  name: string;
  catalogue: Catalogue;
  inputs: RankingsInputs;
}

function RankingPanels({ subject, name, catalogue, inputs }: PanelsProps) {
  const { period, range, basis, layout } = inputs;
  const access = useCommunityAccess(period, range);
  const query = useQuery({ ...rankingsQuery(subject, catalogue, inputs), enabled: access.kind === 'allowed' });
  if (access.kind === 'refused') {
    return (
      <Panel title={`${name}排名`} subtitle={formatPeriod(period)}>
        <ReleaseNotice period={period} offers={access.offers} role={access.role} />
      </Panel>
    );
  }
  return (
    <>
      <Panel title={`${name}排名`} subtitle={`${formatPeriod(period)} · ${comparedWith(previousPeriod(period))}`}>
        <QueryState queries={[query]} height={720} errorTitle="排名数据加载失败">
          {([shown]) => <CurrentRanking shown={shown} basis={basis} layout={layout} />}
        </QueryState>
      </Panel>
      <Panel title="红黑榜记录" subtitle={historySubtitle(historyPeriods(period, range).length)}>
        <QueryState queries={[query]} height={480} errorTitle="排名数据加载失败">
          {([shown]) => <BoardHistoryPanel view={shown.view} />}
        </QueryState>
      </Panel>
      {subject.kind === 'index' && <IndexFormula catalogue={catalogue} />}
    </>
  );
}

function CurrentRanking({ shown, basis, layout }: { shown: RankingsShown; basis: RankingBasis; layout: RankingsLayout }) {
  const href = usePeriodHref();
  const viewer = useViewer();
  const ownId = viewer?.communityId;
  const ranking = shown.view;
  const subject = ranking?.subject;
  // A metric with 样本小 rows is ranked by count whatever basis was asked for: everything says so.
  const effectiveBasis = subject?.kind === 'index' ? 'completion' : (ranking?.basis ?? basis);
  const smallCounts = effectiveBasis !== basis && subject?.kind === 'metric';
  const metric = subject?.kind === 'metric' ? subject.metric : null;
  const measure: BarMeasure = subject?.kind === 'index' ? 'index' : effectiveBasis === 'value' ? 'value' : 'completion';
  const keys = subject?.kind === 'index' ? INDEX_KEYS : METRIC_KEYS;
  const { period } = shown;
  const closedYear = isClosedYear(period);
  const columns = useMemo(() => communityColumns<RankingRow>(metric, { keys, hrefFor: href, viewer, barMax: 1.5, closedYear }), [metric, keys, href, viewer, closedYear]);
  if (!subject || !ranking) return null;
  const name = subject.kind === 'index' ? INDEX_NAME : subject.metric.name;
  const periodLabel = formatPeriod(period);
  const title = subject.kind === 'index' ? `各社区${INDEX_NAME}排名` : `各社区${name}排名（${BASIS_LABELS[effectiveBasis]}）`;
  const format = barFormat(measure);
  const figure = (r: RankingRow) => {
    const v = measureOf(r, measure);
    return v === null ? '—' : `${format(v)}${measure === 'value' && metric ? ` ${metric.unit}` : ''}`;
  };
  return (
    <RankingFrame
      title={title}
      periodLabel={periodLabel}
      unit={metric?.unit}
      summary={rankingSentence(`${periodLabel}${title}`, ranking.rows, figure, { shown: ranking.boardsShown, minimum: MIN_RANKED_FOR_BOARDS })}
      rule={rankingRule(subject.kind === 'index' ? 'index' : effectiveBasis, metric?.higherIsBetter, smallCounts)}
      rows={ranking.rows}
      columns={columns}
      measure={measure}
      ownId={ownId}
      initialView="table"
      boardsOnPhone
      map={
        layout === 'map'
          ? {
              height: MAP_HEIGHT,
              node: <TileMap tiles={rankingTiles(ranking.rows, measure, ownId)} label={`${periodLabel}${title}：地图`} hrefFor={href} legend={{ low: '较低', high: '较高' }} canOpen={(id) => canOpenCommunity(viewer, id)} />,
            }
          : undefined
      }
    />
  );
}
