import type { Metric, MetricId } from '../lib/api/contract';

interface MetricSelectProps {
  metrics: readonly Metric[];
  value: MetricId;
  onChange: (id: MetricId) => void;
}

/** A labelled choice of metric (指标). */
export function MetricSelect({ metrics, value, onChange }: MetricSelectProps) {
  return (
    <label className="field">
      <span>指标</span>
      <select value={value} onChange={(e) => onChange(e.target.value as MetricId)}>
        {metrics.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </select>
    </label>
  );
}
