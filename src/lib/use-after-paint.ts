import { useEffect, useState } from 'react';

/** Runs `run` in the task after the next painted frame; returns a cancel. */
export function afterNextPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * `value`, but only once a frame showing the change has been painted: work that depends on it
 * (drawing the slides beside the current one) waits for the next task instead of delaying the
 * frame. (`useDeferredValue` would not: router updates are transitions already, and inside a
 * transition it returns the new value at once.)
 */
export function useAfterPaint<T>(value: T): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    return afterNextPaint(() => setSettled(value));
  }, [value, settled]);
  return settled;
}
