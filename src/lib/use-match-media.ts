import { useEffect, useState } from 'react';

/** Whether a media query matches now (e.g. 'print'), following its changes. */
export function useMatchMedia(query: string): boolean {
  const [matches, setMatches] = useState(() => typeof window !== 'undefined' && (window.matchMedia?.(query).matches ?? false));
  useEffect(() => {
    const list = window.matchMedia?.(query);
    if (!list) return;
    const onChange = () => setMatches(list.matches);
    onChange();
    list.addEventListener?.('change', onChange);
    window.addEventListener('beforeprint', onChange);
    window.addEventListener('afterprint', onChange);
    return () => {
      list.removeEventListener?.('change', onChange);
      window.removeEventListener('beforeprint', onChange);
      window.removeEventListener('afterprint', onChange);
    };
  }, [query]);
  return matches;
}

/** Below this width the app lays out for a phone (styles.css uses the same 639px breakpoint). */
export const PHONE_QUERY = '(max-width: 639px)';
/** A finger, not a mouse: no hover, tooltips on tap. */
export const TOUCH_QUERY = '(pointer: coarse)';

export function usePhone(): boolean {
  return useMatchMedia(PHONE_QUERY);
}
