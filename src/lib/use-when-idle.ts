import { useEffect, useEffectEvent, useRef } from 'react';

type IdleWindow = Window & { requestIdleCallback?: (cb: () => void, options?: { timeout: number }) => number; cancelIdleCallback?: (id: number) => void };

/**
 * Runs `task` once the browser is idle, after `ready` has become true, and again only when `key`
 * changes. Safari's web views lack requestIdleCallback: a timeout stands in.
 */
export function useWhenIdle(ready: boolean, key: string, task: () => void) {
  const done = useRef<string | null>(null);
  const runTask = useEffectEvent(task);
  useEffect(() => {
    if (!ready || done.current === key) return;
    const w = window as IdleWindow;
    const run = () => {
      done.current = key;
      runTask();
    };
    if (w.requestIdleCallback && w.cancelIdleCallback) {
      const id = w.requestIdleCallback(run, { timeout: 3_000 });
      const cancel = w.cancelIdleCallback;
      return () => cancel(id);
    }
    const timer = setTimeout(run, 500);
    return () => clearTimeout(timer);
  }, [ready, key]);
}
