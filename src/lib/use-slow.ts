import { useEffect, useState } from 'react';

/** After this long waiting, a panel says it is still loading. */
export const SLOW_AFTER_MS = 5_000;

/** True once `waiting` has lasted SLOW_AFTER_MS (and false again as soon as it stops). */
export function useSlow(waiting: boolean, after = SLOW_AFTER_MS): boolean {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!waiting) return;
    const timer = window.setTimeout(() => setSlow(true), after);
    return () => {
      window.clearTimeout(timer);
      setSlow(false);
    };
  }, [waiting, after]);
  return waiting && slow;
}
