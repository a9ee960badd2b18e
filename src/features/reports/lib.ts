// Pure shaping for the report pages: the figures typed into the form, and a community's history by metric.
import type { MetricId, SeriesRow } from '../../lib/api/contract';

/** What a field holds: blank is not reported (missing, not zero); else a whole number ≥ 0, or not one. */
export type FieldValue = { kind: 'blank' } | { kind: 'number'; value: number } | { kind: 'invalid' };

export function readField(text: string): FieldValue {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'blank' };
  return /^\d+$/.test(trimmed) ? { kind: 'number', value: Number(trimmed) } : { kind: 'invalid' };
}

/** The figures to send: every field with a number; blank ones left out. */
export function figuresOf(fields: Readonly<Record<MetricId, string>>): Record<MetricId, number> {
  const figures: Record<MetricId, number> = {};
  for (const [metricId, text] of Object.entries(fields)) {
    const read = readField(text);
    if (read.kind === 'number') figures[metricId] = read.value;
  }
  return figures;
}

/** Monthly values by metric, in month order (rows of one community grouped by month). */
export function historyByMetric(rows: readonly SeriesRow[]): Record<MetricId, number[]> {
  const history: Record<MetricId, number[]> = {};
  for (const row of [...rows].sort((a, b) => (a.month ?? '').localeCompare(b.month ?? ''))) {
    if (row.value !== null) (history[row.metricId] ??= []).push(row.value);
  }
  return history;
}

/** The value of one month, or null when not reported. */
export function valueIn(rows: readonly SeriesRow[], metricId: MetricId, month: string): number | null {
  return rows.find((r) => r.metricId === metricId && r.month === month)?.value ?? null;
}
