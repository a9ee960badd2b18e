/* global localStorage, document */
// The page theme the user chose, on the root before the first paint: a classic script in <head>
// blocks rendering, a module (boot.ts) does not. Same rule as src/lib/theme-choice.ts storedTheme
// (tests/unit/theme-boot.test.ts holds them equal). No choice: styles.css follows the OS setting.
try {
  var stored = JSON.parse(localStorage.getItem('ui-preferences') || 'null');
  var theme = stored && stored.state && stored.state.theme;
  var version = (stored && stored.version) || 0;
  if (theme === 'dark' || theme === 'projector' || (theme === 'light' && version >= 1)) document.documentElement.dataset.theme = theme;
} catch {
  // Unreadable storage: 跟随系统.
}
