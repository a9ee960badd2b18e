import { DeltaBadge } from '../../../components/delta-badge';
import { PaceBadge } from '../../../components/pace-badge';
import { yearOf } from '../../../domain/month';
import type { Period } from '../../../domain/period';
import type { MetricProgress } from '../../../domain/progress';
import { wholeTarget } from '../../../domain/targets';
import type { Metric } from '../../../lib/api/contract';
import { formatNumber, formatPercent, formatWholePercent } from '../../../lib/i18n/format';
import { gapWords } from '../../../lib/i18n/sentences';
import { PREVIOUS_IS_LAST_YEAR, PROGRESS_FIGURE_LABELS } from '../../../lib/i18n/strings';

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

/** A target: whole units, the one rounding rule (domain/targets.ts wholeTarget). */
function targetAmount(value: number | null, unit: string) {
  return amount(value === null ? null : wholeTarget(value), unit);
}

function percent(value: number | null, format = formatPercent) {
  return <span className="figure__number">{value === null ? '—' : format(value)}</span>;
}

/** The period's value with its prorated target, the three named figures, 序时进度, 环比/同比 and one sentence. */
export function MetricSummary({ metric, period, progress, sentence }: MetricSummaryProps) {
  const year = yearOf(period.to);
  const gap = gapWords(progress.gap, metric.unit);
  return (
    <div className="metric-summary">
      <div className="metric-summary__headline">
        <p className="big-figure">
          {progress.value === null ? '—' : formatNumber(progress.value)}
          <span className="figure__unit">{metric.unit}</span>
        </p>
        <div className="metric-summary__badges">
          <PaceBadge status={progress.pace} value={progress.value} target={progress.target} yearVerdict={progress.closedYear ? progress.yearVerdict : null} />
          {progress.previousIsLastYear ? (
            <span className="visually-hidden">{PREVIOUS_IS_LAST_YEAR}</span>
          ) : (
            <DeltaBadge label="环比" change={progress.vsPrevious} higherIsBetter={metric.higherIsBetter} />
          )}
          <DeltaBadge label="同比" change={progress.vsLastYear} higherIsBetter={metric.higherIsBetter} />
        </div>
      </div>
      <dl className="figures metric-summary__figures">
        <div className="figure">
          <dt className="figure__label">本期目标（按序时折算）</dt>
          <dd className="figure__value">{targetAmount(progress.target, metric.unit)}</dd>
        </div>
        <div className="figure figure--rate">
          <dt className="figure__label">{PROGRESS_FIGURE_LABELS.paceCompletion}</dt>
          <dd className="figure__value">
            {percent(progress.completion)}
            {gap && <span className="figure__unit">（{gap}）</span>}
          </dd>
        </div>
        <div className="figure">
          <dt className="figure__label">{year}年全年目标</dt>
          <dd className="figure__value">{targetAmount(progress.yearTarget, metric.unit)}</dd>
        </div>
        <div className="figure figure--rate">
          <dt className="figure__label">{PROGRESS_FIGURE_LABELS.yearCompletion}（{year}年1月起累计）</dt>
          <dd className="figure__value">{percent(progress.yearCompletion)}</dd>
        </div>
        <div className="figure figure--rate">
          <dt className="figure__label">{PROGRESS_FIGURE_LABELS.elapsed}</dt>
          <dd className="figure__value">{percent(progress.elapsedShare, formatWholePercent)}</dd>
        </div>
      </dl>
      <p className="metric-summary__sentence">{sentence}</p>
    </div>
  );
}
