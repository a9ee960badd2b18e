import { useQuery } from '@tanstack/react-query';
import { AreaTotals } from '../../../components/area-totals';
import { QueryState } from '../../../components/query-state';
import { buildAreaSummaries, hasAnyValue } from '../../../domain/area-summaries';
import type { Period } from '../../../domain/period';
import { totalsByMetric } from '../../../domain/series';
import type { Catalogue } from '../../../lib/api/contract';
import { formatPeriod } from '../../../lib/i18n/format';
import { usePeriodHref } from '../../../lib/use-url-state';
import { overviewTotalsOptions } from '../../../lib/api/overview';

/** Every metric's period total, grouped by area: the figures the year-end review quotes. */
export function AllTotals({ catalogue, period }: { catalogue: Catalogue; period: Period }) {
  const href = usePeriodHref();
  const query = useQuery(overviewTotalsOptions(catalogue, period));
  const summariesOf = (rows: Parameters<typeof totalsByMetric>[0]) => buildAreaSummaries(catalogue, totalsByMetric(rows));
  return (
    <section className="page__section" aria-labelledby="all-totals">
      <h2 id="all-totals" className="section-title">
        各项工作合计 · {formatPeriod(period)}
      </h2>
      <QueryState queries={[query]} height={360} errorTitle="各项合计加载失败" isEmpty={([data]) => !hasAnyValue(summariesOf(data.series.rows))}>
        {([data]) => (
          <div className="grid grid--areas">
            {summariesOf(data.series.rows).map((summary) => (
              <AreaTotals key={summary.area.id} summary={summary} hrefFor={href} />
            ))}
          </div>
        )}
      </QueryState>
    </section>
  );
}
