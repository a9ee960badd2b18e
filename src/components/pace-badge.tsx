import { noPaceReason, type PaceStatus } from '../domain/pace';
import { NO_PACE_LABELS, PACE_ICONS, paceHelp, PACE_LABELS } from '../lib/i18n/strings';

interface PaceBadgeProps {
  status: PaceStatus | null;
  /** The figures the status was worked out from: without a status, they say why (暂无数据 or 无目标). */
  value: number | null;
  target: number | null;
}

/** 序时进度 with an icon and a word, never colour alone. */
export function PaceBadge({ status, value, target }: PaceBadgeProps) {
  if (status === null) return <span className="pace pace--none">{NO_PACE_LABELS[noPaceReason(value, target) ?? 'noTarget']}</span>;
  return (
    <span className={`pace pace--${status}`} title={paceHelp()}>
      <span aria-hidden="true">{PACE_ICONS[status]}</span> {PACE_LABELS[status]}
    </span>
  );
}
