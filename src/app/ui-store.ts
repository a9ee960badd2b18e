// UI preferences only (server data lives in TanStack Query, shareable state in the URL).
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { isTheme, THEME_STORAGE_KEY, THEME_STORE_VERSION, themeFrom, type Theme } from '../lib/theme-choice';

export type { Theme };

interface UiPreferences {
  theme: Theme;
  setTheme: (theme: Theme) => void;
}

export const useUiPreferences = create<UiPreferences>()(
  persist((set) => ({ theme: 'system', setTheme: (theme) => set({ theme }) }), {
    name: THEME_STORAGE_KEY,
    version: THEME_STORE_VERSION,
    migrate: (stored, version) => ({ theme: themeFrom((stored as { theme?: unknown } | null)?.theme, version) }) as UiPreferences,
    merge: (stored, current) => {
      const theme = (stored as { theme?: unknown } | null)?.theme;
      return { ...current, theme: isTheme(theme) ? theme : current.theme };
    },
  }),
);
