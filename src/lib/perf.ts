/** Marks the first time a chart has drawn its data (read by `npm run bench`). */
export function markChartRendered(name: string) {
  if (typeof performance === 'undefined' || !performance.mark) return;
  if (performance.getEntriesByName('chart-rendered').length === 0) performance.mark('chart-rendered');
  performance.mark(`chart-rendered:${name}`);
}
