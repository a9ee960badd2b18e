// An area's year so far: which months to fetch, and the rows of its trend chart (overview, deck).
import { monthOfYear, yearOf } from './month';
import { coveringPeriod, cumulative } from './monthly';
import type { Period } from './period';
import { progressWindow } from './progress';
import { cumulativeTargetLine } from './targets';

export interface AreaTrendRow {
  month: string;
  label: string;
  value: number | null;
  cumulative: number | null;
  target: number | null;
}

/** January to the period's end: what the trend charts and their sentences describe. */
export function yearToDateOf(period: Period): Period {
  return { from: `${yearOf(period.to)}-01`, to: period.to };
}

/** One request per area serves its KPI card (the period) and its trend chart (the year to date). */
export function areaWindow(period: Period): Period {
  return coveringPeriod([progressWindow(period), progressWindow(yearToDateOf(period))]);
}

/** The twelve months of the period's last year: monthly value, running total, even-pace cumulative target. */
export function areaTrendRows(monthly: ReadonlyMap<string, number | null>, yearTarget: number | null, period: Period): AreaTrendRow[] {
  const year = yearOf(period.to);
  const actual = cumulative(monthly, yearToDateOf(period));
  const targets = yearTarget === null ? [] : cumulativeTargetLine(yearTarget, year);
  return Array.from({ length: 12 }, (_, i) => {
    const month = `${year}-${String(i + 1).padStart(2, '0')}`;
    const done = actual.find((a) => a.month === month);
    return {
      month,
      label: `${monthOfYear(month)}月`,
      value: done?.value ?? null,
      cumulative: done?.cumulative ?? null,
      target: targets[i]?.target ?? null,
    };
  });
}
