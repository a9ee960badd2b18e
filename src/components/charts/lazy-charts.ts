// Recharts loads in its own chunk after the numbers have painted.
import { lazy } from 'react';

const loadAreaTrend = () => import('./area-trend-chart');
const loadCompletion = () => import('./completion-chart');
const loadMetricTrend = () => import('./metric-trend-chart');

export const AreaTrendChart = lazy(() => loadAreaTrend().then((m) => ({ default: m.AreaTrendChart })));
export const CompletionChart = lazy(() => loadCompletion().then((m) => ({ default: m.CompletionChart })));
export const MetricTrendChart = lazy(() => loadMetricTrend().then((m) => ({ default: m.MetricTrendChart })));

/** Starts downloading the chart code while a page's data is in flight, instead of after it arrives. */
export function preloadCharts(which: 'overview' | 'metric') {
  const loads = which === 'overview' ? [loadCompletion(), loadAreaTrend()] : [loadMetricTrend()];
  // A failed preload is retried when the chart mounts and shows its own error there.
  for (const load of loads) load.catch(() => undefined);
}
