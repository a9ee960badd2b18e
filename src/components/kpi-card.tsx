import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Delta } from '../domain/deltas';
import type { PaceStatus, YearVerdict } from '../domain/pace';
import { wholeTarget } from '../domain/targets';
import { gapWords } from '../lib/i18n/sentences';
import { formatNumber, formatPercent, formatWholePercent } from '../lib/i18n/format';
import { NO_REPORT, PREVIOUS_IS_LAST_YEAR, PROGRESS_FIGURE_LABELS } from '../lib/i18n/strings';
import { DeltaBadge } from './delta-badge';
import { PaceBadge } from './pace-badge';
import { Sparkline } from './sparkline';

/** An area's card: its title links to the lead metric (the whole card is the link's target area). */
export function KpiCard({ title, href, children }: { title: string; href: string; children: ReactNode }) {
  return (
    <article className="kpi" aria-label={title}>
      <h2 className="kpi__title">
        <Link to={href} className="kpi__link">
          {title}
        </Link>
      </h2>
      {children}
    </article>
  );
}

export interface KpiFiguresProps {
  metricName: string;
  unit: string;
  value: number | null;
  target: number | null;
  /** 序时完成率: value ÷ the prorated target. */
  completion: number | null;
  /** 时间进度 and 年度完成 (domain/progress.ts). */
  elapsedShare: number;
  yearCompletion: number | null;
  /** Whole units short of the prorated target. */
  gap: number | null;
  pace: PaceStatus | null;
  /** A closed year's 全年完成 / 未完成, in place of 序时进度. */
  yearVerdict?: YearVerdict | null;
  /** A twelve-month period: 环比 is 同比, so only 同比 is shown. */
  previousIsLastYear?: boolean;
  vsPrevious: Delta | null;
  vsLastYear: Delta | null;
  higherIsBetter: boolean;
  sparkline: ReadonlyArray<{ month: string; value: number | null }>;
  rates?: ReadonlyArray<{ label: string; value: number | null }>;
  /** When the value is missing: the last month with a report, if any ("2021年4月"). */
  lastReported?: string | null;
}

/** One area's headline: value, target, completion, 序时进度, 环比/同比 and a 12-month trend. */
export function KpiFigures(props: KpiFiguresProps) {
  const { metricName, unit, value, target, completion, elapsedShare, yearCompletion, gap, pace, yearVerdict, previousIsLastYear, vsPrevious, vsLastYear, higherIsBetter, sparkline, rates = [], lastReported } = props;
  const gapText = gapWords(gap, unit);
  return (
    <div className="kpi__body">
      <p className="kpi__metric">{metricName}</p>
      {value === null ? (
        // No report is not zero: say so, and when the last one was.
        <p className="kpi__value kpi__value--missing">
          {NO_REPORT}
          {lastReported && <span className="kpi__last">最近上报 {lastReported}</span>}
        </p>
      ) : (
        <p className="kpi__value">
          {formatNumber(value)}
          <span className="figure__unit">{unit}</span>
          {gapText && <span className="kpi__gap">{gapText}</span>}
        </p>
      )}
      <dl className="kpi__facts">
        <div>
          <dt>目标</dt>
          <dd>{target === null ? '—' : `${formatNumber(wholeTarget(target))} ${unit}`}</dd>
        </div>
        <div>
          <dt>{PROGRESS_FIGURE_LABELS.elapsed}</dt>
          <dd>{formatWholePercent(elapsedShare)}</dd>
        </div>
        <div>
          <dt>{PROGRESS_FIGURE_LABELS.yearCompletion}</dt>
          <dd>{yearCompletion === null ? '—' : formatPercent(yearCompletion)}</dd>
        </div>
        <div>
          <dt>{PROGRESS_FIGURE_LABELS.paceCompletion}</dt>
          <dd>{completion === null ? '—' : formatPercent(completion)}</dd>
        </div>
        {rates.map((r) => (
          <div key={r.label} className="kpi__fact--wide">
            <dt>{r.label}</dt>
            <dd>{r.value === null ? '—' : formatPercent(r.value)}</dd>
          </div>
        ))}
      </dl>
      <div className="kpi__badges">
        <PaceBadge status={pace} value={value} target={target} yearVerdict={yearVerdict} />
        {previousIsLastYear ? (
          <span className="visually-hidden">{PREVIOUS_IS_LAST_YEAR}</span>
        ) : (
          <DeltaBadge label="环比" change={vsPrevious} higherIsBetter={higherIsBetter} />
        )}
        <DeltaBadge label="同比" change={vsLastYear} higherIsBetter={higherIsBetter} />
      </div>
      <Sparkline points={sparkline} unit={unit} label={`${metricName}近12个月走势`} />
    </div>
  );
}
