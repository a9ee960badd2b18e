// The page theme the user chose, read by public/theme.js before the first paint (same rule as themeFrom)
// and kept by the ui store (app/ui-store.ts) under the same key. No choice: styles.css follows the
// OS setting (`prefers-color-scheme`) on a root without `data-theme`.

/** 跟随系统 (no data-theme), 浅色, 深色, or the projector theme (larger type, higher contrast). */
export const THEMES = ['system', 'light', 'dark', 'projector'] as const;
export type Theme = (typeof THEMES)[number];
export const THEME_STORAGE_KEY = 'ui-preferences';

export const isTheme = (value: unknown): value is Theme => (THEMES as readonly unknown[]).includes(value);

/** Puts a theme on the document: a chosen one as `data-theme`, 跟随系统 as none. */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

export const THEME_STORE_VERSION = 1;

/** A stored theme as the app reads it: version 0 stored 'light' as the default, never chosen (now 跟随系统). */
export function themeFrom(theme: unknown, version: number): Theme {
  return isTheme(theme) && !(version < THEME_STORE_VERSION && theme === 'light') ? theme : 'system';
}
