import { useEffect } from 'react';

/** Scroll events this soon after a turn are the browser re-placing the page, not the user. */
const SETTLE_MS = 600;
/** Where the panel at the top of the screen is read: below the (≤ 56 px) header. */
const READ_AT = 72;

interface Place {
  portrait: boolean;
  panel: Element;
  top: number;
}

function panelAtTop(): Element | null {
  return document.elementFromPoint(window.innerWidth / 2, READ_AT)?.closest('section, article') ?? null;
}

/**
 * A phone turned to landscape and back shows the panel the user was reading where it was. The
 * browser's scroll anchoring alone picks its anchor in the landscape layout (two cards a row) and
 * comes back a card off. The place is the panel at the top when the user last scrolled; a turn
 * back to that orientation, with no scrolling in between, puts it there again.
 */
export function useKeepPlaceOnTurn(): void {
  useEffect(() => {
    // 'resize' comes before the scroll event of the browser's own re-placing (and before a media
    // query's change event), so the place remembered is still the one from before the turn.
    const isPortrait = () => window.innerWidth <= window.innerHeight;
    let portrait = isPortrait();
    let place: Place | null = null;
    let turnedAt = Number.NEGATIVE_INFINITY;
    const remember = () => {
      if (performance.now() - turnedAt < SETTLE_MS) return;
      const panel = panelAtTop();
      place = panel && { portrait, panel, top: panel.getBoundingClientRect().top };
    };
    const resized = () => {
      if (isPortrait() === portrait) return;
      portrait = !portrait;
      turnedAt = performance.now();
      const back = place?.portrait === portrait && place.panel.isConnected ? place : null;
      if (!back) return;
      // After the new layout is in (two frames: the resize, then anything it re-rendered).
      requestAnimationFrame(() => requestAnimationFrame(() => window.scrollBy(0, back.panel.getBoundingClientRect().top - back.top)));
    };
    window.addEventListener('scroll', remember, { passive: true });
    window.addEventListener('resize', resized);
    return () => {
      window.removeEventListener('scroll', remember);
      window.removeEventListener('resize', resized);
    };
  }, []);
}
