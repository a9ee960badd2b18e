import { useCallback, useEffect, useRef, useState } from 'react';
import { onPrint, printing } from './on-print';

/**
 * True once the element has come within `margin` of the viewport (and stays true), so charts
 * below the fold cost nothing until scrolled to; also before printing. Without
 * IntersectionObserver: true at once. The element comes through the returned callback ref, so
 * one that appears later (a frame switched from its table to its chart, or from its empty
 * state) is watched too.
 */
export function useInView<T extends Element>(margin = '200px'): [(element: T | null) => void, boolean] {
  const [seen, setSeen] = useState(() => typeof IntersectionObserver === 'undefined' || printing());
  const observer = useRef<IntersectionObserver | null>(null);
  const watch = useCallback(
    (element: T | null) => {
      observer.current?.disconnect();
      observer.current = null;
      if (!element || typeof IntersectionObserver === 'undefined') return;
      const watching = new IntersectionObserver(
        (entries) => {
          if (!entries.some((e) => e.isIntersecting)) return;
          setSeen(true);
          watching.disconnect();
        },
        { rootMargin: margin },
      );
      watching.observe(element);
      observer.current = watching;
    },
    [margin],
  );
  // Seen once is enough; printing shows the whole page: draw everything first.
  useEffect(() => {
    if (seen) observer.current?.disconnect();
    else return onPrint(() => setSeen(true));
  }, [seen]);
  return [watch, seen];
}
