// public/theme.js (a classic script, so it runs before the first paint) puts the stored theme on the
// root by the same rule as the app's store (lib/theme-choice.ts themeFrom): every stored shape.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { THEME_STORAGE_KEY, THEMES, themeFrom } from '../../src/lib/theme-choice';

const script = readFileSync('public/theme.js', 'utf8');

function themeOnRoot(stored: string | null): string | undefined {
  const root = { dataset: {} as Record<string, string> };
  const storage = { getItem: (key: string) => (key === THEME_STORAGE_KEY ? stored : null) };
  new Function('localStorage', 'document', script)(storage, { documentElement: root });
  return root.dataset.theme;
}

describe('the theme before the first paint', () => {
  it('matches the store’s rule for every theme and version, 跟随系统 leaving the root alone', () => {
    for (const theme of [...THEMES, 'neon', 5, null]) {
      for (const version of [undefined, 0, 1, 2]) {
        const stored = JSON.stringify({ state: { theme }, ...(version === undefined ? {} : { version }) });
        const expected = themeFrom(theme, version ?? 0);
        expect(themeOnRoot(stored), `${String(theme)} v${String(version)}`).toBe(expected === 'system' ? undefined : expected);
      }
    }
  });

  it('leaves the root alone when nothing or garbage is stored', () => {
    expect(themeOnRoot(null)).toBeUndefined();
    expect(themeOnRoot('{not json')).toBeUndefined();
    expect(themeOnRoot('"dark"')).toBeUndefined();
  });
});
