import type { Period } from '../domain/period';
import type { Movement } from '../domain/ranking';
import { movementSince, movementText } from '../lib/i18n/sentences';

/** ▲3 / ▼1 / — / 新, with the words for screen readers (naming the period compared with, when given). */
export function MovementBadge({ movement, previous }: { movement: Movement | null; previous?: Period | null }) {
  const { symbol, words: plain } = movementText(movement);
  if (!symbol) return <span className="muted">—</span>;
  const words = previous ? movementSince(movement, previous) : plain;
  return (
    <span className={`move move--${movement?.kind}`} title={words}>
      <span aria-hidden="true">{symbol}</span>
      <span className="visually-hidden">{words}</span>
    </span>
  );
}
