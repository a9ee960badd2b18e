import type { Movement } from '../domain/ranking';
import { movementText } from '../lib/i18n/sentences';

/** ▲3 / ▼1 / — / 新, with the words for screen readers. */
export function MovementBadge({ movement }: { movement: Movement | null }) {
  const { symbol, words } = movementText(movement);
  if (!symbol) return <span className="muted">—</span>;
  return (
    <span className={`move move--${movement?.kind}`} title={words}>
      <span aria-hidden="true">{symbol}</span>
      <span className="visually-hidden">{words}</span>
    </span>
  );
}
