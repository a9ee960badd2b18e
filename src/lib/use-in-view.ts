import { useEffect, useRef, useState } from 'react';

/**
 * True once the element has come within `margin` of the viewport (and stays true), so charts
 * below the fold cost nothing until scrolled to; also before printing. Without
 * IntersectionObserver: true at once.
 */
export function useInView<T extends Element>(margin = '200px'): [React.RefObject<T | null>, boolean] {
  const ref = useRef<T>(null);
  const [seen, setSeen] = useState(() => typeof IntersectionObserver === 'undefined' || (window.matchMedia?.('print').matches ?? false));
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
    // Printing shows the whole page: draw everything first. Print preview emulation fires no
    // beforeprint, so the print media query is watched too.
    const draw = () => setSeen(true);
    const print = window.matchMedia?.('print');
    const onMedia = (event: MediaQueryListEvent) => event.matches && draw();
    window.addEventListener('beforeprint', draw);
    print?.addEventListener?.('change', onMedia);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', draw);
      print?.removeEventListener?.('change', onMedia);
    };
  }, [seen, margin]);
  return [ref, seen];
}
