import { useId, useState, type FormEvent } from 'react';
import { monthIndex } from '../domain/month';
import { PRESET_IDS, presetPeriod, samePeriod } from '../domain/period';
import { formatPeriod } from '../lib/i18n/format';
import { PRESET_LABELS } from '../lib/i18n/strings';
import { usePeriod } from '../lib/use-url-state';

/** Presets plus a custom month range; the choice goes to the URL. */
export function PeriodPicker() {
  const { period, setPeriod, range } = usePeriod();
  const [custom, setCustom] = useState<{ from: string; to: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const draft = custom ?? period;

  function applyCustom(event: FormEvent) {
    event.preventDefault();
    if (!draft.from || !draft.to) return setError('请选择起止月份');
    if (monthIndex(draft.from) > monthIndex(draft.to)) return setError('开始月份不能晚于结束月份');
    setError(null);
    setCustom(null);
    setPeriod({ from: draft.from, to: draft.to });
  }

  return (
    <div className="period-picker">
      <div className="period-picker__presets" role="group" aria-label="统计时段">
        {PRESET_IDS.map((preset) => (
          <button
            key={preset}
            type="button"
            className="chip"
            aria-pressed={samePeriod(presetPeriod(preset, range.latestMonth), period)}
            onClick={() => {
              setCustom(null);
              setError(null);
              setPeriod(presetPeriod(preset, range.latestMonth));
            }}
          >
            {PRESET_LABELS[preset]}
          </button>
        ))}
      </div>
      <form className="period-picker__custom" onSubmit={applyCustom} aria-label="自定义时段">
        <label htmlFor={`${id}-from`}>从</label>
        <input
          id={`${id}-from`}
          type="month"
          min={range.firstMonth}
          max={range.latestMonth}
          value={draft.from}
          onChange={(e) => setCustom({ ...draft, from: e.target.value })}
        />
        <label htmlFor={`${id}-to`}>至</label>
        <input
          id={`${id}-to`}
          type="month"
          min={range.firstMonth}
          max={range.latestMonth}
          value={draft.to}
          onChange={(e) => setCustom({ ...draft, to: e.target.value })}
        />
        <button type="submit" className="button button--small">
          应用
        </button>
        {error && (
          <span className="period-picker__error" role="alert">
            {error}
          </span>
        )}
      </form>
      <span className="visually-hidden" aria-live="polite">
        当前时段：{formatPeriod(period)}
      </span>
    </div>
  );
}
