// Recharts loads in its own chunk after the numbers have painted.
import { lazy } from 'react';

const loadAreaTrend = () => import('./area-trend-chart');
const loadRankingBars = () => import('./ranking-bar-chart');
const loadLines = () => import('./lines-chart');

export const AreaTrendChart = lazy(() => loadAreaTrend().then((m) => ({ default: m.AreaTrendChart })));
export const RankingBarChart = lazy(() => loadRankingBars().then((m) => ({ default: m.RankingBarChart })));
export const LinesChart = lazy(() => loadLines().then((m) => ({ default: m.LinesChart }))) as <Row>(props: import('./lines-chart').LinesChartProps<Row>) => React.ReactNode;

/** Starts downloading the chart code while a page's data is in flight, instead of after it arrives. */
export function preloadCharts(which: 'overview' | 'metric' | 'rankings' | 'community' | 'deck') {
  const loads = {
    overview: () => [loadRankingBars(), loadAreaTrend()],
    deck: () => [loadRankingBars(), loadAreaTrend()],
    rankings: () => [loadRankingBars()],
    community: () => [loadLines()],
    metric: () => [loadLines()],
  }[which]();
  // A failed preload is retried when the chart mounts and shows its own error there.
  for (const load of loads) load.catch(() => undefined);
}
