import { useEffect } from 'react';
import { useUiPreferences } from './ui-store';

/** Normal or projector theme (larger type, higher contrast), remembered per browser. */
export function ThemeToggle() {
  const { theme, setTheme } = useUiPreferences();
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return (
    <button
      type="button"
      className="chip"
      aria-pressed={theme === 'projector'}
      onClick={() => setTheme(theme === 'projector' ? 'light' : 'projector')}
    >
      投影模式
    </button>
  );
}
