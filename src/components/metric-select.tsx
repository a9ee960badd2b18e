
interface MetricSelectProps {
  /** Metrics (or other choices, such as the 综合指数) by id and name. */
  metrics: ReadonlyArray<{ id: string; name: string }>;
  value: string;
  onChange: (id: string) => void;
}

/** A labelled choice of metric (指标). */
export function MetricSelect({ metrics, value, onChange }: MetricSelectProps) {
  return (
    <label className="field">
      <span>指标</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {metrics.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </select>
    </label>
  );
}
