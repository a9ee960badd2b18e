import { noPaceReason, type PaceStatus, type YearVerdict } from '../domain/pace';
import { NO_PACE_LABELS, PACE_ICONS, paceHelp, PACE_LABELS, YEAR_VERDICT_ICONS, YEAR_VERDICT_LABELS } from '../lib/i18n/strings';

interface PaceBadgeProps {
  status: PaceStatus | null;
  /** The figures the status was worked out from: without a status, they say why (暂无数据 or 无目标). */
  value: number | null;
  target: number | null;
  /** In a closed year (domain/pace.ts isClosedYear) the year's verdict replaces 序时进度. */
  yearVerdict?: YearVerdict | null;
}

/** 序时进度 (or a closed year's 全年完成 / 未完成) with an icon and a word, never colour alone. */
export function PaceBadge({ status, value, target, yearVerdict }: PaceBadgeProps) {
  if (yearVerdict) {
    return (
      <span className={`pace pace--${yearVerdict === 'done' ? 'onTrack' : 'farBehind'}`}>
        <span aria-hidden="true">{YEAR_VERDICT_ICONS[yearVerdict]}</span> {YEAR_VERDICT_LABELS[yearVerdict]}
      </span>
    );
  }
  if (status === null) return <span className="pace pace--none">{NO_PACE_LABELS[noPaceReason(value, target) ?? 'noTarget']}</span>;
  return (
    <span className={`pace pace--${status}`} title={paceHelp()}>
      <span aria-hidden="true">{PACE_ICONS[status]}</span> {PACE_LABELS[status]}
    </span>
  );
}
