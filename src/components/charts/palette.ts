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
