import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorPanel } from '../../components/error-panel';
import { Skeleton } from '../../components/skeleton';
import { buildAreaSummaries, type AreaSummary } from '../../domain/area-summaries';
import { totalsByMetric } from '../../domain/series';
import { METRIC_IDS } from '../../lib/api/contract';
import { metricsOptions, seriesOptions } from '../../lib/api/queries';
import { formatNumber, formatPercent, formatPeriod } from '../../lib/i18n/format';
import { AREA_LABELS, NOT_OFFERED } from '../../lib/i18n/strings';
import { usePeriod } from '../../lib/use-period';

/** Meeting slides: one area per slide, arrow keys / PageUp / PageDown (clickers) to move. */
export function PresentPage() {
  const { period } = usePeriod();
  const metrics = useQuery(metricsOptions());
  const series = useQuery(seriesOptions({ metrics: METRIC_IDS, from: period.from, to: period.to, groupBy: 'none' }));
  if (metrics.isError || series.isError) return <ErrorPanel error={metrics.error ?? series.error} onRetry={() => void Promise.all([metrics.refetch(), series.refetch()])} />;
  if (!metrics.data || !series.data) return <Skeleton lines={8} height="3em" />;
  const slides = buildAreaSummaries(metrics.data.metrics, totalsByMetric(series.data.rows));
  return <Deck slides={slides} periodLabel={formatPeriod(period)} />;
}

function Deck({ slides, periodLabel }: { slides: AreaSummary[]; periodLabel: string }) {
  const [params, setParams] = useSearchParams();
  const index = Math.min(Math.max(Number(params.get('slide') ?? 1) || 1, 1), slides.length) - 1;
  const go = useCallback(
    (next: number) =>
      setParams((current) => {
        const p = new URLSearchParams(current);
        p.set('slide', String(Math.min(Math.max(next, 0), slides.length - 1) + 1));
        return p;
      }),
    [setParams, slides.length],
  );

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
  return (
    <section className="deck" aria-roledescription="幻灯片" aria-label={`第 ${index + 1} 页，共 ${slides.length} 页`}>
      <h1 className="deck__title">
        {AREA_LABELS[slide.area]}
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
            <dt>{rate.label}</dt>
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
