import { useIsFetching, useQuery, useQueryClient } from '@tanstack/react-query';
import { startTransition, useEffect, useState } from 'react';
import { preloadCharts } from '../../components/charts/lazy-charts';
import { QueryState } from '../../components/query-state';
import { leadAreas } from '../../domain/catalogue';
import { metaOptions } from '../../lib/api/queries';
import { prefetchOverviewPresets } from '../../lib/api/overview';
import type { Catalogue, MetricId } from '../../lib/api/contract';
import type { Period } from '../../domain/period';
import { useWhenIdle } from '../../lib/use-when-idle';
import { useFailedOnScreen } from '../../lib/page-failures';
import { afterNextPaint } from '../../lib/use-after-paint';
import { onPrint, printing } from '../../lib/on-print';
import { flushSync } from 'react-dom';
import { formatPeriod } from '../../lib/i18n/format';
import { paceHelp } from '../../lib/i18n/strings';
import { useOverviewInputs, type OverviewInputs } from './api';
import { useViewer } from '../../lib/use-viewer';
import { AreaKpi, AreaTrend } from './components/area-panels';
import { AllTotals } from './components/all-totals';
import { AttentionList, CommunityCompletion } from './components/community-panels';
import { OverviewVerdictLine } from './components/overview-verdict';

export function OverviewPage() {
  const { period, catalogue: metrics, inputs, setMetric } = useOverviewInputs();
  // The trends and the totals are below the first screen, and 需要关注 reads every metric of every
  // community: they come once the first screen's chart has been drawn, so neither that screen's
  // first frame nor its chart waits for them.
  const chartsDrawn = useChartsDrawn();
  return (
    <div className="page">
      <div className="page__head">
        <h1 className="page__title">总览 · {formatPeriod(period)}</h1>
        <details className="help">
          <summary>序时进度怎么算？</summary>
          <p>{paceHelp()}</p>
        </details>
      </div>
      <QueryState queries={[metrics]} height={280} errorTitle="无法加载指标目录">
        {() => inputs && <OverviewPanels inputs={inputs} onMetric={setMetric} chartsDrawn={chartsDrawn} />}
      </QueryState>
    </div>
  );
}

/** The page's panels, once the catalogue is in. */
function OverviewPanels({ inputs, onMetric, chartsDrawn }: { inputs: OverviewInputs; onMetric: (id: string) => void; chartsDrawn: boolean }) {
  const { catalogue, period } = inputs;
  return (
    <>
      <OverviewVerdictLine catalogue={catalogue} period={period} />
      <section className="kpi-row" aria-label="各领域进度">
        {leadAreas(catalogue).map((group) => (
          <AreaKpi key={group.area.id} group={group} period={period} />
        ))}
      </section>
      <div className="grid grid--two">
        <CommunityCompletion inputs={inputs} onMetric={onMetric} />
        <AttentionList inputs={inputs} ready={chartsDrawn} />
      </div>
      {chartsDrawn ? (
        <>
          <div className="grid grid--trends">
            {leadAreas(catalogue).map((group) => (
              <AreaTrend key={group.area.id} group={group} period={period} />
            ))}
          </div>
          <AllTotals catalogue={catalogue} period={period} />
        </>
      ) : (
        <div className="below-fold-placeholder" aria-hidden="true" />
      )}
      {chartsDrawn && <PrefetchPresets catalogue={catalogue} period={period} metricId={inputs.metric?.id} />}
    </>
  );
}

/** However long the chart code takes (a stalled network), the rest of the page waits no longer. */
const BELOW_FOLD_WAIT_MS = 2_000;

/**
 * True once the overview's chart code is in and a frame has been painted since (the trends, the
 * totals and 需要关注's figures wait for it). The change is a
 * transition: the charts' own update (scheduled as their code arrives) goes first, in its own
 * task, and the rest of the page renders after it in slices (why: see
 * docs/performance.md#below-the-fold-waits-for-the-first-chart-featuresoverviewoverview-pagetsx). At once when the page is about
 * to print (a print shows the whole page), and after BELOW_FOLD_WAIT_MS at most.
 */
function useChartsDrawn(): boolean {
  const [drawn, setDrawn] = useState(printing);
  useEffect(() => {
    if (drawn) return;
    let live = true;
    let cancel = () => undefined as void;
    void preloadCharts('overview').then(() => {
      if (live) cancel = afterNextPaint(() => startTransition(() => setDrawn(true)));
    });
    const giveUp = setTimeout(() => setDrawn(true), BELOW_FOLD_WAIT_MS);
    const stop = onPrint(() => flushSync(() => setDrawn(true)));
    return () => {
      live = false;
      cancel();
      clearTimeout(giveUp);
      stop();
    };
  }, [drawn]);
  return drawn;
}

/**
 * Once the page has its figures and its first charts, and the browser is idle, fetches the other
 * presets' figures, so a preset chosen next shows at once (their answers are not read while the
 * first chart is still to draw). Its own component: counting requests re-renders only it.
 * Settled is not enough: while a panel shows a failure the backend is failing, and twenty requests
 * for other periods would share the page's own parts (a retry joined their hung requests) and
 * hold the browser's six connections (a retry's own requests timed out waiting for one).
 */
function PrefetchPresets({ catalogue, period, metricId }: { catalogue: Catalogue; period: Period; metricId: MetricId | undefined }) {
  const queryClient = useQueryClient();
  const meta = useQuery(metaOptions());
  const viewer = useViewer();
  const settled = useIsFetching() === 0;
  const failing = useFailedOnScreen();
  useWhenIdle(settled && !failing && meta.isSuccess && viewer !== undefined, meta.data?.latestMonth ?? '', () => {
    if (meta.data && viewer) prefetchOverviewPresets(queryClient, catalogue, meta.data, period, metricId, viewer);
  });
  return null;
}
