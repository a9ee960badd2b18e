import { Link } from 'react-router';
import type { AreaSummary } from '../domain/area-summaries';
import { formatNumber, formatPercent } from '../lib/i18n/format';
import { NO_REPORT } from '../lib/i18n/strings';
import { Panel } from './panel';
import { metricPath } from '../lib/route-paths';

/** One area's period totals (counts with units, rates as percentages), each metric linking to its page; a total with no report says 暂无数据 (a subdistrict total is never 未开通). */
export function AreaTotals({ summary, hrefFor }: { summary: AreaSummary; hrefFor: (path: string) => string }) {
  return (
    <Panel title={`${summary.area.name}合计`}>
      <dl className="figures">
        {summary.metrics.map(({ metric, value }) => (
          <div key={metric.id} className="figure">
            <dt className="figure__label">
              <Link to={hrefFor(metricPath(metric.id))}>{metric.name}</Link>
            </dt>
            <dd className="figure__value">
              {value === null ? (
                <span className="muted">{NO_REPORT}</span>
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
            <dt className="figure__label">{rate.name}</dt>
            <dd className="figure__value">
              <span className="figure__number">{value === null ? '—' : formatPercent(value)}</span>
            </dd>
          </div>
        ))}
      </dl>
    </Panel>
  );
}
