// Pure shaping for the overview: which months to fetch, and rows for its charts.
import { monthOfYear, yearOf } from '../../../domain/month';
import { coveringPeriod, cumulative } from '../../../domain/monthly';
import type { Period } from '../../../domain/period';
import { progressWindow, type CommunityProgress } from '../../../domain/progress';
import { cumulativeTargetLine } from '../../../domain/targets';
import type { AreaTrendRow } from '../../../components/charts/area-trend-chart';
import type { CompletionRow } from '../../../components/charts/completion-chart';

/** January to the period's end: what the trend charts and their sentences describe. */
export function yearToDateOf(period: Period): Period {
  return { from: `${yearOf(period.to)}-01`, to: period.to };
}

/** One request per area serves its KPI card (the period) and its trend chart (the year to date). */
export function overviewWindow(period: Period): Period {
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

/** Above this many communities the chart shows the ones furthest behind; the table has them all. */
export const COMPLETION_CHART_LIMIT = 30;

/** Communities with a completion, best first; beyond the limit, only the ones furthest behind. */
export function completionChartRows(rows: readonly CommunityProgress[]): CompletionRow[] {
  const ranked = rows
    .filter((r) => r.completion !== null && r.pace !== null)
    .map((r) => ({ id: r.community.id, name: r.community.name, completion: r.completion as number, pace: r.pace as NonNullable<typeof r.pace> }));
  return ranked.length <= COMPLETION_CHART_LIMIT ? ranked : ranked.slice(-COMPLETION_CHART_LIMIT);
}
