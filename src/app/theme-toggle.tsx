import { useEffect } from 'react';
import { THEME_CHOICES, THEME_LABEL } from '../lib/i18n/strings';
import { applyTheme, isTheme } from '../lib/theme-choice';
import { useUiPreferences } from './ui-store';

/** Puts the chosen theme on the document (the shell calls it whether or not the toggle is shown). */
export function useDocumentTheme() {
  const theme = useUiPreferences((s) => s.theme);
  useEffect(() => applyTheme(theme), [theme]);
}

/** 跟随系统 (the default), 浅色, 深色 or 投影模式 (larger type, higher contrast), remembered per browser. */
export function ThemeToggle() {
  const { theme, setTheme } = useUiPreferences();
  return (
    <label className="field theme-toggle">
      <span>{THEME_LABEL}</span>
      <select value={theme} onChange={(e) => isTheme(e.target.value) && setTheme(e.target.value)}>
        {Object.entries(THEME_CHOICES).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}
