// Recharts loads in its own chunk after the numbers have painted (preloading it was tried: see
// docs/performance.md#module-preloading-of-the-chart-code). Not React.lazy, whose Suspense holds a
// first chart back up to 300 ms (docs/performance.md#charts-not-reactlazy-componentschartslazy-chartsts):
// a chart renders its placeholder until its code is in, then the chart, in an ordinary update.
import { createContext, createElement, useContext, useEffect, useState, type ComponentType, type ReactNode } from 'react';

/** What a chart shows while its code is still coming (a chart frame's skeleton; nothing on a slide). */
export const ChartPlaceholder = createContext<ReactNode>(null);

/**
 * A component whose code is loaded on first use (or by preloadCharts). Until it is in, it renders
 * the ChartPlaceholder; a failed load is thrown to the nearest error boundary, and a later mount
 * asks again.
 */
export function loadedOnUse<P extends object>(load: () => Promise<ComponentType<P>>) {
  let component: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const start = () =>
    (pending ??= load().then(
      (loaded) => (component = loaded),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  function LoadedOnUse(props: P) {
    const placeholder = useContext(ChartPlaceholder);
    const [failure, setFailure] = useState<{ error: unknown } | null>(null);
    const [, setLoaded] = useState(false);
    // Drawn with the placeholder: wait for the code (it may have come in since that render).
    const waiting = component === undefined;
    useEffect(() => {
      if (!waiting) return;
      let live = true;
      start().then(
        () => live && setLoaded(true),
        (error: unknown) => live && setFailure({ error }),
      );
      return () => {
        live = false;
      };
    }, [waiting]);
    if (failure) throw failure.error;
    return component ? createElement(component, props) : placeholder;
  }
  return { Component: LoadedOnUse, start };
}

const areaTrend = loadedOnUse(() => import('./area-trend-chart').then((m) => m.AreaTrendChart));
const rankingBars = loadedOnUse(() => import('./ranking-bar-chart').then((m) => m.RankingBarChart));
const lines = loadedOnUse(() => import('./lines-chart').then((m) => m.LinesChart as ComponentType<import('./lines-chart').LinesChartProps<unknown>>));

export const AreaTrendChart = areaTrend.Component;
export const RankingBarChart = rankingBars.Component;
export const LinesChart = lines.Component as <Row>(props: import('./lines-chart').LinesChartProps<Row>) => ReactNode;

type ChartPage = 'overview' | 'metric' | 'rankings' | 'community' | 'deck';
const LOADS: Record<ChartPage, () => Promise<unknown>[]> = {
  overview: () => [rankingBars.start(), areaTrend.start()],
  deck: () => [rankingBars.start(), areaTrend.start()],
  rankings: () => [rankingBars.start()],
  community: () => [lines.start()],
  metric: () => [lines.start()],
};

/**
 * Loads a page's chart code (once: later calls share the same modules); resolves when it is in,
 * never rejects (a failed load is retried when the chart mounts, and shows its error there).
 */
export function preloadCharts(which: ChartPage): Promise<void> {
  return Promise.allSettled(LOADS[which]()).then(() => undefined);
}
