// What a key does in the deck: clickers send PageDown/PageUp, keyboards the arrows, Space,
// Home/End, digits + Enter to jump, F for full screen, Esc to leave. Pure, so it is tested.

export type DeckAction =
  | { type: 'go'; index: number }
  | { type: 'digit'; buffer: string }
  | { type: 'fullscreen' }
  | { type: 'leave' }
  | { type: 'none' };

export interface DeckKeyState {
  index: number;
  count: number;
  /** Digits typed so far for a jump ("1", "12"). */
  buffer: string;
}

export function deckKey(key: string, { index, count, buffer }: DeckKeyState, shift = false): DeckAction {
  const last = Math.max(count - 1, 0);
  const go = (i: number) => ({ type: 'go', index: Math.min(Math.max(i, 0), last) }) as const;
  if (/^[0-9]$/.test(key)) return { type: 'digit', buffer: `${buffer}${key}`.slice(-3) };
  if (key === 'Backspace' && buffer) return { type: 'digit', buffer: buffer.slice(0, -1) };
  if (key === 'Enter' && buffer) return go(Number(buffer) - 1);
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return go(index + 1);
    case ' ':
      return go(shift ? index - 1 : index + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return go(index - 1);
    case 'Home':
      return go(0);
    case 'End':
      return go(last);
    case 'f':
    case 'F':
      return { type: 'fullscreen' };
    case 'Escape':
      return buffer ? { type: 'digit', buffer: '' } : { type: 'leave' };
    default:
      return { type: 'none' };
  }
}

/** A horizontal swipe of at least this many CSS pixels turns the page on a phone. */
export const SWIPE_MIN_PX = 48;

/**
 * What a finger's swipe does: left → next (+1), right → previous (−1); short or mostly vertical
 * moves (scrolling, taps) do nothing.
 */
export function swipeStep(dx: number, dy: number): -1 | 0 | 1 {
  if (Math.abs(dx) < SWIPE_MIN_PX || Math.abs(dx) < 1.5 * Math.abs(dy)) return 0;
  return dx < 0 ? 1 : -1;
}
