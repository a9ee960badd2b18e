// Recharts loads in its own chunk after the numbers have painted.
import { lazy } from 'react';

export const AreaTrendChart = lazy(() => import('./area-trend-chart').then((m) => ({ default: m.AreaTrendChart })));
export const CompletionChart = lazy(() => import('./completion-chart').then((m) => ({ default: m.CompletionChart })));
export const MetricTrendChart = lazy(() => import('./metric-trend-chart').then((m) => ({ default: m.MetricTrendChart })));
