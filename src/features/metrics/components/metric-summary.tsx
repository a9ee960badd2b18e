import { DeltaBadge } from '../../../components/delta-badge';
import { PaceBadge } from '../../../components/pace-badge';
import { yearOf } from '../../../domain/month';
import type { Period } from '../../../domain/period';
import type { MetricProgress } from '../../../domain/progress';
import type { Metric } from '../../../lib/api/contract';
import { formatNumber, formatPercent } from '../../../lib/i18n/format';

interface MetricSummaryProps {
  metric: Metric;
  period: Period;
  progress: MetricProgress;
  sentence: string;
}

function amount(value: number | null, unit: string) {
  if (value === null) return <span className="muted">—</span>;
  return (
    <>
      <span className="figure__number">{formatNumber(value)}</span>
      <span className="figure__unit">{unit}</span>
    </>
  );
}

function percent(value: number | null) {
  return <span className="figure__number">{value === null ? '—' : formatPercent(value)}</span>;
}

/** The period's value with its prorated target, completion, 序时进度, 环比/同比 and one sentence. */
export function MetricSummary({ metric, period, progress, sentence }: MetricSummaryProps) {
  const year = yearOf(period.to);
  return (
    <div className="metric-summary">
      <div className="metric-summary__headline">
        <p className="big-figure">
          {progress.value === null ? '—' : formatNumber(progress.value)}
          <span className="figure__unit">{metric.unit}</span>
        </p>
        <div className="metric-summary__badges">
          <PaceBadge status={progress.pace} value={progress.value} target={progress.target} />
          <DeltaBadge label="环比" change={progress.vsPrevious} higherIsBetter={metric.higherIsBetter} />
          <DeltaBadge label="同比" change={progress.vsLastYear} higherIsBetter={metric.higherIsBetter} />
        </div>
      </div>
      <dl className="figures metric-summary__figures">
        <div className="figure">
          <dt className="figure__label">本期目标（按序时折算）</dt>
          <dd className="figure__value">{amount(progress.target, metric.unit)}</dd>
        </div>
        <div className="figure figure--rate">
          <dt className="figure__label">完成率</dt>
          <dd className="figure__value">{percent(progress.completion)}</dd>
        </div>
        <div className="figure">
          <dt className="figure__label">{year}年全年目标</dt>
          <dd className="figure__value">{amount(progress.yearTarget, metric.unit)}</dd>
        </div>
        <div className="figure figure--rate">
          <dt className="figure__label">年度目标完成率（{year}年1月起累计）</dt>
          <dd className="figure__value">{percent(progress.yearCompletion)}</dd>
        </div>
      </dl>
      <p className="metric-summary__sentence">{sentence}</p>
    </div>
  );
}
