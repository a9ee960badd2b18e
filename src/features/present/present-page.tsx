import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { QueryState } from '../../components/query-state';
import { buildAreaSummaries, type AreaSummary } from '../../domain/area-summaries';
import { metricIdsOf } from '../../domain/catalogue';
import type { Period } from '../../domain/period';
import { totalsByMetric } from '../../domain/series';
import type { Catalogue } from '../../lib/api/contract';
import { allTotalsOptions, metricsOptions } from '../../lib/api/queries';
import { formatNumber, formatPercent, formatPeriod } from '../../lib/i18n/format';
import { NOT_OFFERED } from '../../lib/i18n/strings';
import { usePeriod, useSlideParam } from '../../lib/use-url-state';

/** Meeting slides: one area per slide, arrow keys / PageUp / PageDown (clickers) to move. */
export function PresentPage() {
  const { period } = usePeriod();
  const metrics = useQuery(metricsOptions());
  return (
    <QueryState queries={[metrics]} height={480} errorTitle="无法加载指标目录">
      {([catalogue]) => <Slides catalogue={catalogue} period={period} />}
    </QueryState>
  );
}

function Slides({ catalogue, period }: { catalogue: Catalogue; period: Period }) {
  const totals = useQuery(allTotalsOptions(metricIdsOf(catalogue.metrics), period));
  return (
    <QueryState queries={[totals]} height={480} errorTitle="演示数据加载失败">
      {([data]) => <Deck slides={buildAreaSummaries(catalogue, totalsByMetric(data.series.rows))} periodLabel={formatPeriod(data.input.period)} />}
    </QueryState>
  );
}

function Deck({ slides, periodLabel }: { slides: AreaSummary[]; periodLabel: string }) {
  const [index, go] = useSlideParam(slides.length);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement) return;
      if (['ArrowRight', 'PageDown', ' '].includes(event.key)) go(index + 1);
      else if (['ArrowLeft', 'PageUp'].includes(event.key)) go(index - 1);
      else return;
      event.preventDefault();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, index]);

  const slide = slides[index];
  if (!slide) return null;
  return (
    <section className="deck" aria-roledescription="幻灯片" aria-label={`第 ${index + 1} 页，共 ${slides.length} 页`}>
      <h1 className="deck__title">
        {slide.area.name}
        <span className="deck__period">{periodLabel}</span>
      </h1>
      <dl className="deck__figures">
        {slide.metrics.map(({ metric, value }) => (
          <div key={metric.id} className="deck__figure">
            <dt>{metric.name}</dt>
            <dd>
              {value === null ? NOT_OFFERED : formatNumber(value)}
              {value !== null && <span className="figure__unit">{metric.unit}</span>}
            </dd>
          </div>
        ))}
        {slide.rates.map(({ rate, value }) => (
          <div key={rate.id} className="deck__figure">
            <dt>{rate.name}</dt>
            <dd>{value === null ? '—' : formatPercent(value)}</dd>
          </div>
        ))}
      </dl>
      <nav className="deck__controls" aria-label="翻页">
        <button type="button" className="button" onClick={() => go(index - 1)} disabled={index === 0}>
          上一页
        </button>
        <span aria-live="polite">
          {index + 1} / {slides.length}
        </span>
        <button type="button" className="button" onClick={() => go(index + 1)} disabled={index === slides.length - 1}>
          下一页
        </button>
      </nav>
    </section>
  );
}
