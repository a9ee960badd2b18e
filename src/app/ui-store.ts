// UI preferences only (server data lives in TanStack Query, shareable state in the URL).
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

export type Theme = 'light' | 'projector';

interface UiPreferences {
  theme: Theme;
  setTheme: (theme: Theme) => void;
}

export const useUiPreferences = create<UiPreferences>()(
  persist((set) => ({ theme: 'light', setTheme: (theme) => set({ theme }) }), { name: 'ui-preferences' }),
);
