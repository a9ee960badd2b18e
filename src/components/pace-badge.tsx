import type { PaceStatus } from '../domain/pace';
import { NO_TARGET, PACE_ICONS, paceHelp, PACE_LABELS } from '../lib/i18n/strings';

/** 序时进度 with an icon and a word, never colour alone. */
export function PaceBadge({ status }: { status: PaceStatus | null }) {
  if (status === null) return <span className="pace pace--none">{NO_TARGET}</span>;
  return (
    <span className={`pace pace--${status}`} title={paceHelp()}>
      <span aria-hidden="true">{PACE_ICONS[status]}</span> {PACE_LABELS[status]}
    </span>
  );
}
