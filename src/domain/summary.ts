// One sentence generated from a chart's data; the same function writes slide headlines.
import { formatNumber, formatPercent, formatSignedPercent } from '../lib/i18n/format';
import { PACE_LABELS } from '../lib/i18n/strings';
import type { MetricProgress } from './progress';

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
