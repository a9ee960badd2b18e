import type { PaceStatus } from '../../domain/pace';

/** One palette for every chart; colour-blind safe (Okabe–Ito based), never the only signal. */
export const PALETTE = {
  primary: '#1f5fbf',
  secondary: '#e69f00',
  muted: '#7b8597',
  target: '#b42318',
  grid: '#d5dbe5',
};

export const PACE_COLORS: Record<PaceStatus, string> = {
  ahead: '#0b7a5b',
  onTrack: '#1f5fbf',
  behind: '#c26a00',
  farBehind: '#b42318',
};

/** Viridis: a sequential scale readable by colour-blind viewers and in greyscale (tile map fills). */
const SEQUENTIAL = ['#440154', '#3b528b', '#21918c', '#5ec962', '#fde725'];

const hex = (n: number) => Math.round(n).toString(16).padStart(2, '0');
const rgb = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));

/** The colour at `t` (0 = lowest, 1 = highest) of the sequential scale; t outside 0–1 is clamped. */
export function sequentialColor(t: number): string {
  const x = Math.min(Math.max(Number.isFinite(t) ? t : 0, 0), 1) * (SEQUENTIAL.length - 1);
  const i = Math.min(Math.floor(x), SEQUENTIAL.length - 2);
  const [a, b] = [rgb(SEQUENTIAL[i]), rgb(SEQUENTIAL[i + 1])];
  const f = x - i;
  return `#${a.map((v, k) => hex(v + (b[k] - v) * f)).join('')}`;
}

/** Black or white text, whichever reads better on `background` (WCAG relative luminance). */
export function textOn(background: string): '#000000' | '#ffffff' {
  const [r, g, b] = rgb(background).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // Contrast with black (L + 0.05) / 0.05 against white 1.05 / (L + 0.05): black wins above ~0.179.
  return luminance > 0.179 ? '#000000' : '#ffffff';
}
