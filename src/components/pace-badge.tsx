import type { PaceStatus } from '../domain/pace';
import { PACE_HELP, PACE_ICONS, PACE_LABELS } from '../lib/i18n/strings';

/** 序时进度 with an icon and a word, never colour alone. */
export function PaceBadge({ status }: { status: PaceStatus | null }) {
  if (status === null) return <span className="pace pace--none">无目标</span>;
  return (
    <span className={`pace pace--${status}`} title={PACE_HELP}>
      <span aria-hidden="true">{PACE_ICONS[status]}</span> {PACE_LABELS[status]}
    </span>
  );
}
