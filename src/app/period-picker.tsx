import { useState, type FormEvent } from 'react';
import { monthIndex, monthRange } from '../domain/month';
import { PRESET_IDS, presetPeriod, samePeriod, type DataRange, type Period } from '../domain/period';
import { formatMonth, formatPeriod } from '../lib/i18n/format';
import { PRESET_LABELS } from '../lib/i18n/strings';
import { usePeriod } from '../lib/use-url-state';

/** Presets plus a custom month range; the choice goes to the URL. */
export function PeriodPicker() {
  const { period, setPeriod, range } = usePeriod();
  return (
    <div className="period-picker">
      <PeriodPresets period={period} range={range} onChoose={setPeriod} />
      <CustomRange period={period} range={range} onApply={setPeriod} />
      <span className="visually-hidden" aria-live="polite">
        当前时段：{formatPeriod(period)}
      </span>
    </div>
  );
}

export function PeriodPresets({ period, range, onChoose }: { period: Period; range: DataRange; onChoose: (period: Period) => void }) {
  return (
    <div className="period-picker__presets" role="group" aria-label="统计时段">
      {PRESET_IDS.map((preset) => (
        <button
          key={preset}
          type="button"
          className="chip"
          aria-pressed={samePeriod(presetPeriod(preset, range.latestMonth), period)}
          onClick={() => onChoose(presetPeriod(preset, range.latestMonth))}
        >
          {PRESET_LABELS[preset]}
        </button>
      ))}
    </div>
  );
}

/**
 * A month in Chinese ("2021年6月"), chosen from the months the data covers: the browser's own
 * month input reads "January 2021" whatever the page's language.
 */
function MonthSelect({ label, value, range, onChange }: { label: string; value: string; range: DataRange; onChange: (month: string) => void }) {
  const months = monthRange(range.firstMonth, range.latestMonth).reverse();
  return (
    <label className="field period-picker__month">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {months.map((m) => (
          <option key={m} value={m}>
            {formatMonth(m)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** From / to months and 应用: what the user picked stays while they fix a reversed range. */
export function CustomRange({ period, range, onApply }: { period: Period; range: DataRange; onApply: (period: Period) => void }) {
  const [draft, setDraft] = useState<Period | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = draft ?? period;

  function apply(event: FormEvent) {
    event.preventDefault();
    if (monthIndex(shown.from) > monthIndex(shown.to)) return setError('开始月份不能晚于结束月份');
    setError(null);
    setDraft(null);
    onApply(shown);
  }

  return (
    <form className="period-picker__custom" onSubmit={apply} aria-label="自定义时段">
      <MonthSelect label="从" value={shown.from} range={range} onChange={(from) => setDraft({ ...shown, from })} />
      <MonthSelect label="至" value={shown.to} range={range} onChange={(to) => setDraft({ ...shown, to })} />
      <button type="submit" className="button button--small">
        应用
      </button>
      {error && (
        <span className="period-picker__error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}
