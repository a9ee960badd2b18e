import { useEffect, useState, type ReactNode } from 'react';
import { usePhone } from '../../../lib/use-match-media';

export const CANVAS_WIDTH = 1920;
export const CANVAS_HEIGHT = 1080;

function fit(): number {
  if (typeof window === 'undefined') return 1;
  return Math.min(window.innerWidth / CANVAS_WIDTH, window.innerHeight / CANVAS_HEIGHT) || 1;
}

/**
 * A fixed 1920×1080 canvas scaled to fit the window, letterboxed, never scrolling. On a phone
 * a projector's canvas would shrink to a fifth, so there the slide fills the screen at the
 * phone's own sizes instead (present.css, `.deck-canvas--phone`).
 */
export function DeckCanvas({ children }: { children: ReactNode }) {
  const phone = usePhone();
  const [scale, setScale] = useState(fit);
  useEffect(() => {
    const onResize = () => setScale(fit());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  if (phone) {
    return (
      <div className="deck-stage">
        <main className="deck-canvas deck-canvas--phone">{children}</main>
      </div>
    );
  }
  return (
    <div className="deck-stage">
      <main className="deck-canvas" style={{ width: CANVAS_WIDTH, height: CANVAS_HEIGHT, transform: `translate(-50%, -50%) scale(${scale})` }} data-scale={scale}>
        {children}
      </main>
    </div>
  );
}
