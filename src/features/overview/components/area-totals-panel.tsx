import { Link } from 'react-router';
import { Panel } from '../../../components/panel';
import { formatNumber, formatPercent } from '../../../lib/i18n/format';
import { AREA_LABELS, NOT_OFFERED } from '../../../lib/i18n/strings';
import { usePeriodHref } from '../../../lib/use-period';
import type { AreaSummary } from '../../../domain/area-summaries';

export function AreaTotalsPanel({ summary }: { summary: AreaSummary }) {
  const href = usePeriodHref();
  return (
    <Panel title={`${AREA_LABELS[summary.area]}合计`}>
      <dl className="figures">
        {summary.metrics.map(({ metric, value }) => (
          <div key={metric.id} className="figure">
            <dt className="figure__label">
              <Link to={href(`/metrics/${metric.id}`)}>{metric.name}</Link>
            </dt>
            <dd className="figure__value">
              {value === null ? (
                <span className="muted">{NOT_OFFERED}</span>
              ) : (
                <>
                  <span className="figure__number">{formatNumber(value)}</span>
                  <span className="figure__unit">{metric.unit}</span>
                </>
              )}
            </dd>
          </div>
        ))}
        {summary.rates.map(({ rate, value }) => (
          <div key={rate.id} className="figure figure--rate">
            <dt className="figure__label">{rate.label}</dt>
            <dd className="figure__value">
              <span className="figure__number">{value === null ? '—' : formatPercent(value)}</span>
            </dd>
          </div>
        ))}
      </dl>
    </Panel>
  );
}
