// Sentences generated from the figures (a chart's summary, a slide's headline): the maths lives
// in domain/, the words here.
import { findMetric } from '../../domain/catalogue';
import type { CompletionStats, MetricProgress } from '../../domain/progress';
import { PARAM } from '../../domain/url-params';
import type { Catalogue } from '../api/contract';
import { formatNumber, formatPercent, formatSignedPercent } from './format';
import { PACE_LABELS } from './strings';

export interface SummaryInput {
  periodLabel: string;
  metricName: string;
  unit: string;
  progress: Pick<MetricProgress, 'value' | 'yearCompletion' | 'pace' | 'vsLastYear'>;
}

/** e.g. "2021年1—6月走访群众 1,562 户，完成年度目标 48.2%，序时进度正常；同比 +9.1%。" */
export function progressSentence({ periodLabel, metricName, unit, progress }: SummaryInput): string {
  if (progress.value === null) return `${periodLabel}${metricName}暂无数据。`;
  const parts = [`${periodLabel}${metricName} ${formatNumber(progress.value)} ${unit}`];
  if (progress.yearCompletion !== null) parts.push(`完成年度目标 ${formatPercent(progress.yearCompletion)}`);
  if (progress.pace !== null) parts.push(`序时进度${PACE_LABELS[progress.pace]}`);
  let sentence = parts.join('，');
  if (progress.vsLastYear?.relative != null) sentence += `；同比 ${formatSignedPercent(progress.vsLastYear.relative)}`;
  return `${sentence}。`;
}

/**
 * The community completion chart's sentence, over every community with a completion (the
 * chart may show fewer): average (未开通 left out), best, worst and how many are behind pace.
 * e.g. "2021年1—6月各社区走访群众完成率：社区平均 93.8%，联运社区最高（120.7%），站前社区最低（75.1%）；11 个社区落后于序时进度。"
 */
export function completionSentence(label: string, stats: CompletionStats | null, shownInChart: number): string {
  if (stats === null) return `${label}：暂无可比较的数据。`;
  let sentence =
    `${label}：社区平均 ${formatPercent(stats.average)}，` +
    `${stats.best.community.name}最高（${formatPercent(stats.best.completion)}），${stats.worst.community.name}最低（${formatPercent(stats.worst.completion)}）；` +
    `${stats.behind} 个社区落后于序时进度。`;
  if (shownInChart < stats.count) sentence += `图中只显示完成率最低的 ${shownInChart} 个社区。`;
  return sentence;
}

/** The rule under a ranking by value, in one sentence. */
export function valueRankingSentence(periodLabel: string, metricName: string): string {
  return `${periodLabel}各社区${metricName}：按完成值排名，并列同名次，未开通的社区不参与排名。`;
}

/** What the URL filters besides the period, in words ("指标：走访群众"), for print stamps. */
export function filterLabels(params: URLSearchParams, catalogue: Pick<Catalogue, 'metrics'> | undefined): string[] {
  const labels: string[] = [];
  const metricId = params.get(PARAM.metric);
  if (metricId) labels.push(`指标：${findMetric(catalogue ?? { metrics: [] }, metricId)?.name ?? metricId}`);
  const slide = params.get(PARAM.slide);
  if (slide) labels.push(`第 ${slide} 页`);
  return labels;
}
