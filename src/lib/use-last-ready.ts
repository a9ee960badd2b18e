import { useState } from 'react';

/**
 * While a new value loads (`ready` is null), keeps showing the last one, so a period change
 * updates panels in place instead of flashing skeletons and re-mounting charts. `ready` must be
 * memoised: a new object means new data.
 */
export function useLastReady<T>(ready: T | null): { value: T | null; updating: boolean } {
  const [last, setLast] = useState<T | null>(ready);
  if (ready !== null && ready !== last) setLast(ready);
  return { value: ready ?? last, updating: ready === null && last !== null };
}
