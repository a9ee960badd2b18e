import { useEffect } from 'react';
import { useUiPreferences } from './ui-store';

/** Puts the chosen theme on the document (the shell calls it whether or not the toggle is shown). */
export function useDocumentTheme() {
  const theme = useUiPreferences((s) => s.theme);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
}

/** Normal or projector theme (larger type, higher contrast), remembered per browser. */
export function ThemeToggle() {
  const { theme, setTheme } = useUiPreferences();
  return (
    <button type="button" className="chip" aria-pressed={theme === 'projector'} onClick={() => setTheme(theme === 'projector' ? 'light' : 'projector')}>
      投影模式
    </button>
  );
}
