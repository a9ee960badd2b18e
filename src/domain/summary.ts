// One sentence generated from a chart's data; the same function writes slide headlines.
import { formatNumber, formatPercent, formatSignedPercent } from '../lib/i18n/format';
import { PACE_LABELS } from '../lib/i18n/strings';
import { isBehindPace } from './pace';
import { meanOf, type CommunityProgress, type MetricProgress } from './progress';

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
export function completionSentence(label: string, progress: readonly CommunityProgress[], shownInChart: number): string {
  const ranked = progress.filter((p): p is CommunityProgress & { completion: number } => p.completion !== null).sort((a, b) => b.completion - a.completion);
  if (ranked.length === 0) return `${label}：暂无可比较的数据。`;
  const average = meanOf(ranked.map((p) => p.completion)) as number;
  const best = ranked[0];
  const worst = ranked[ranked.length - 1];
  const behind = ranked.filter((p) => isBehindPace(p.pace)).length;
  let sentence =
    `${label}：社区平均 ${formatPercent(average)}，` +
    `${best.community.name}最高（${formatPercent(best.completion)}），${worst.community.name}最低（${formatPercent(worst.completion)}）；` +
    `${behind} 个社区落后于序时进度。`;
  if (shownInChart < ranked.length) sentence += `图中只显示完成率最低的 ${shownInChart} 个社区。`;
  return sentence;
}
