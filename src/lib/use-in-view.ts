import { useEffect, useRef, useState } from 'react';
import { onPrint, printing } from './on-print';

/**
 * True once the element has come within `margin` of the viewport (and stays true), so charts
 * below the fold cost nothing until scrolled to; also before printing. Without
 * IntersectionObserver: true at once.
 */
export function useInView<T extends Element>(margin = '200px'): [React.RefObject<T | null>, boolean] {
  const ref = useRef<T>(null);
  const [seen, setSeen] = useState(() => typeof IntersectionObserver === 'undefined' || printing());
  useEffect(() => {
    const element = ref.current;
    if (seen || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setSeen(true);
          observer.disconnect();
        }
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    // Printing shows the whole page: draw everything first.
    const stop = onPrint(() => setSeen(true));
    return () => {
      observer.disconnect();
      stop();
    };
  }, [seen, margin]);
  return [ref, seen];
}
