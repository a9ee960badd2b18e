// Recharts loads in its own chunk after the numbers have painted.
import { lazy } from 'react';

const loadAreaTrend = () => import('./area-trend-chart');
const loadRankingBars = () => import('./ranking-bar-chart');
const loadLines = () => import('./lines-chart');

export const AreaTrendChart = lazy(() => loadAreaTrend().then((m) => ({ default: m.AreaTrendChart })));
export const RankingBarChart = lazy(() => loadRankingBars().then((m) => ({ default: m.RankingBarChart })));
export const LinesChart = lazy(() => loadLines().then((m) => ({ default: m.LinesChart }))) as <Row>(props: import('./lines-chart').LinesChartProps<Row>) => React.ReactNode;

type ChartPage = 'overview' | 'metric' | 'rankings' | 'community' | 'deck';
const LOADS: Record<ChartPage, () => Promise<unknown>[]> = {
  overview: () => [loadRankingBars(), loadAreaTrend()],
  deck: () => [loadRankingBars(), loadAreaTrend()],
  rankings: () => [loadRankingBars()],
  community: () => [loadLines()],
  metric: () => [loadLines()],
};

/**
 * Loads a page's chart code (once: later calls share the same modules); resolves when it is in,
 * never rejects (a failed load is retried when the chart mounts, and shows its error there).
 */
export function preloadCharts(which: ChartPage): Promise<void> {
  return Promise.allSettled(LOADS[which]()).then(() => undefined);
}
