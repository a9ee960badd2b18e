import { isClosedYear } from '../../domain/pace';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { preloadCharts } from '../../components/charts/lazy-charts';
import { ChoiceChips } from '../../components/choice-chips';
import { communityColumns, type CommunityColumnKey } from '../../components/community-columns';
import { MetricSelect } from '../../components/metric-select';
import { Panel } from '../../components/panel';
import { QueryState } from '../../components/query-state';
import { barFormat, RankingFrame, rankingTiles, type BarMeasure } from '../../components/ranking-frame';
import { TileMap } from '../../components/tile-map';
import { historyPeriods } from '../../domain/history';
import type { DataRange, Period } from '../../domain/period';
import { MIN_RANKED_FOR_BOARDS } from '../../domain/ranking';
import { canOpenCommunity } from '../../domain/access';
import { INDEX_ID, type RankingRow, type RankingSubject } from '../../domain/ranking-subject';
import { RANKING_BASES, type RankingBasis } from '../../domain/standings';
import { PARAM } from '../../domain/url-params';
import type { Catalogue } from '../../lib/api/contract';
import { metricsOptions, type RankingHistoryData } from '../../lib/api/queries';
import { formatPeriod } from '../../lib/i18n/format';
import { previousPeriod } from '../../domain/deltas';
import { comparedWith, historySubtitle, rankingRule, rankingSentence } from '../../lib/i18n/sentences';
import { BASIS_LABELS, INDEX_NAME, VIEW_LABELS } from '../../lib/i18n/strings';
import { useChoiceParam, useMetricParam, usePeriod, usePeriodHref } from '../../lib/use-url-state';
import { useCommunityAccess, useViewer } from '../../lib/use-viewer';
import { ReleaseNotice } from '../../components/release-notice';
import { BoardHistoryPanel } from './components/board-history';
import { IndexFormula } from './components/index-formula';
import { dataSubject, rankingsOptions, rankingsViewOf, subjectChoices, subjectOf } from './lib/rankings-data';
import './rankings.css';

export { rankingsLoader } from './rankings-loader';

const BASES = RANKING_BASES.map((id) => ({ id, label: BASIS_LABELS[id] }));
const VIEWS = (['list', 'map'] as const).map((id) => ({ id, label: VIEW_LABELS[id] }));
const MAP_HEIGHT = 600;
const INDEX_KEYS: CommunityColumnKey[] = ['rank', 'movement', 'community', 'board', 'index', 'parts'];
const METRIC_KEYS: CommunityColumnKey[] = ['rank', 'movement', 'community', 'board', 'value', 'target', 'completion', 'pace'];

export function RankingsPage() {
  const { period, range } = usePeriod();
  const metrics = useQuery(metricsOptions());
  useEffect(() => void preloadCharts('rankings'), []);
  return (
    <div className="page rankings-page">
      <h1 className="page__title">社区排名 · {formatPeriod(period)}</h1>
      <QueryState queries={[metrics]} height={480} errorTitle="无法加载指标目录">
        {([catalogue]) => <Rankings catalogue={catalogue} period={period} range={range} />}
      </QueryState>
    </div>
  );
}

function Rankings({ catalogue, period, range }: { catalogue: Catalogue; period: Period; range: DataRange }) {
  const choices = useMemo(() => subjectChoices(catalogue), [catalogue]);
  const [choice, setChoice] = useMetricParam(choices);
  const [basis, setBasis] = useChoiceParam(PARAM.by, BASES);
  const [view, setView] = useChoiceParam(PARAM.view, VIEWS);
  const subject = choice && subjectOf(choice.id, catalogue);
  if (!subject || !basis || !view) return <p className="page__note">目录中没有可排名的指标。</p>;
  const name = subject.kind === 'index' ? INDEX_NAME : subject.metric.name;
  return (
    <>
      <div className="rankings-page__controls">
        <MetricSelect metrics={choices} value={subject.kind === 'index' ? INDEX_ID : subject.metric.id} onChange={setChoice} />
        {subject.kind === 'metric' && <ChoiceChips label="排名依据" options={BASES} value={basis.id} onChange={setBasis} />}
        <ChoiceChips label="显示" options={VIEWS} value={view.id} onChange={setView} />
      </div>
      <RankingPanels subject={subject} name={name} catalogue={catalogue} period={period} range={range} basis={basis.id} view={view.id} />
    </>
  );
}

interface PanelsProps {
  subject: RankingSubject;
  name: string;
  catalogue: Catalogue;
  period: Period;
  range: DataRange;
  basis: RankingBasis;
  view: 'list' | 'map';
}

function RankingPanels({ subject, name, catalogue, period, range, basis, view }: PanelsProps) {
  const access = useCommunityAccess(period, range);
  const query = useQuery({ ...rankingsOptions(subject, catalogue, period, range), enabled: access.kind === 'allowed' });
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
          {([data]) => <CurrentRanking data={data} catalogue={catalogue} basis={basis} view={view} />}
        </QueryState>
      </Panel>
      <Panel title="红黑榜记录" subtitle={historySubtitle(historyPeriods(period, range).length)}>
        <QueryState queries={[query]} height={480} errorTitle="排名数据加载失败">
          {([data]) => <BoardHistoryPanel data={data} catalogue={catalogue} basis={basis} />}
        </QueryState>
      </Panel>
      {subject.kind === 'index' && <IndexFormula catalogue={catalogue} />}
    </>
  );
}

function CurrentRanking({ data, catalogue, basis, view }: { data: RankingHistoryData; catalogue: Catalogue; basis: RankingBasis; view: 'list' | 'map' }) {
  const href = usePeriodHref();
  const viewer = useViewer();
  const ownId = viewer?.communityId;
  const subject = dataSubject(data, catalogue);
  const ranking = rankingsViewOf(data, catalogue, basis);
  // A metric with 样本小 rows is ranked by count whatever basis was asked for: everything says so.
  const effectiveBasis = subject?.kind === 'index' ? 'completion' : (ranking?.basis ?? basis);
  const smallCounts = effectiveBasis !== basis && subject?.kind === 'metric';
  const metric = subject?.kind === 'metric' ? subject.metric : null;
  const measure: BarMeasure = subject?.kind === 'index' ? 'index' : effectiveBasis === 'value' ? 'value' : 'completion';
  const keys = subject?.kind === 'index' ? INDEX_KEYS : METRIC_KEYS;
  const period = data.input.periods[data.input.periods.length - 1];
  const closedYear = isClosedYear(period);
  const columns = useMemo(() => communityColumns<RankingRow>(metric, { keys, hrefFor: href, viewer, barMax: 1.5, closedYear }), [metric, keys, href, viewer, closedYear]);
  if (!subject || !ranking) return null;
  const name = subject.kind === 'index' ? INDEX_NAME : subject.metric.name;
  const periodLabel = formatPeriod(period);
  const title = subject.kind === 'index' ? `各社区${INDEX_NAME}排名` : `各社区${name}排名（${BASIS_LABELS[effectiveBasis]}）`;
  const format = barFormat(measure);
  const figure = (r: RankingRow) => {
    const v = measure === 'completion' ? r.completion : measure === 'value' ? r.value : r.score === null ? null : r.score * 100;
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
        view === 'map'
          ? {
              height: MAP_HEIGHT,
              node: <TileMap tiles={rankingTiles(ranking.rows, measure, ownId)} label={`${periodLabel}${title}：地图`} hrefFor={href} legend={{ low: '较低', high: '较高' }} canOpen={(id) => canOpenCommunity(viewer, id)} />,
            }
          : undefined
      }
    />
  );
}
