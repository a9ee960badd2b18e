// 序时进度: how a period's result compares with the target prorated to the time elapsed.

export const PACE_STATUSES = ['ahead', 'onTrack', 'behind', 'farBehind'] as const;
export type PaceStatus = (typeof PACE_STATUSES)[number];

/**
 * Thresholds on the pace ratio (value ÷ prorated target, inverted for lower-is-better metrics):
 * ≥ 110% 超前, ≥ 95% 正常, ≥ 80% 滞后, below 80% 严重滞后. The help text quotes these numbers.
 */
export const PACE_THRESHOLDS = { ahead: 1.1, onTrack: 0.95, behind: 0.8 } as const;

/** value ÷ target; null without a value or a positive target. */
export function completionRate(value: number | null, target: number | null): number | null {
  if (value === null || target === null || target <= 0) return null;
  return value / target;
}

/**
 * The pace ratio: completion of the prorated target for a higher-is-better metric; for a
 * lower-is-better one (a ceiling), target ÷ value, so staying under the ceiling counts as ahead.
 */
export function paceRatio(value: number | null, proratedTarget: number | null, higherIsBetter: boolean): number | null {
  const completion = completionRate(value, proratedTarget);
  if (completion === null) return null;
  if (higherIsBetter) return completion;
  return completion === 0 ? Number.POSITIVE_INFINITY : 1 / completion;
}

/** Why a figure has no 序时进度: no figure for the period, or no positive target to measure it by. */
export type NoPace = 'noData' | 'noTarget';

/** null when there is a pace (a value and a positive target); else why not, the missing figure first. */
export function noPaceReason(value: number | null, target: number | null): NoPace | null {
  if (value === null) return 'noData';
  if (target === null || target <= 0) return 'noTarget';
  return null;
}

export function paceStatus(ratio: number | null): PaceStatus | null {
  if (ratio === null) return null;
  if (ratio >= PACE_THRESHOLDS.ahead) return 'ahead';
  if (ratio >= PACE_THRESHOLDS.onTrack) return 'onTrack';
  if (ratio >= PACE_THRESHOLDS.behind) return 'behind';
  return 'farBehind';
}

export function isBehindPace(status: PaceStatus | null): boolean {
  return status === 'behind' || status === 'farBehind';
}

// issue 24: a closed year reads 全年完成 / 未完成, not 序时进度.
/** A period ending at its year's last month: the year is over, so its result is done or not done. */
export function isClosedYear(period: { to: string }): boolean {
  return period.to.endsWith('-12');
}

export type YearVerdict = 'done' | 'notDone';

/**
 * The closed year's verdict from the year's completion (year to date ÷ the year's target):
 * reached (or, for a lower-is-better ceiling, not exceeded) is done. null without a completion.
 */
export function yearVerdict(yearCompletion: number | null, higherIsBetter: boolean): YearVerdict | null {
  if (yearCompletion === null) return null;
  return (higherIsBetter ? yearCompletion >= 1 : yearCompletion <= 1) ? 'done' : 'notDone';
}

/**
 * How far a value is from its prorated target, in whole units (rounded up: 139.2 short is 差 140);
 * 0 when on or ahead of it, null without both figures. For a lower-is-better metric: how far over.
 */
export function paceGap(value: number | null, target: number | null, higherIsBetter: boolean): number | null {
  if (value === null || target === null || target <= 0) return null;
  const short = higherIsBetter ? target - value : value - target;
  return short > 0 ? Math.ceil(short - 1e-9) : 0;
}
