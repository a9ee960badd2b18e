// Every theme's text colours on its surfaces, read from the stylesheet itself (one place per
// colour): body text needs 4.5:1 (WCAG AA), on screen in each theme and on paper.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio, TEXT_CONTRAST_MIN } from '../../src/domain/contrast';

const styles = readFileSync('src/styles.css', 'utf8');
const present = readFileSync('src/features/present/present.css', 'utf8');

/** The `--token: #hex` declarations of the first block whose selector is `selector` (after `from`). */
function tokens(css: string, selector: string, from = 0): Record<string, string> {
  const start = css.indexOf(`${selector} {`, from);
  if (start < 0) return {};
  const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/--([\w-]+):\s*(#[0-9a-f]{3,6})\b/gi)].map((m) => [m[1], m[2]]));
}

const light = tokens(styles, ':root');
const themes = {
  light,
  dark: { ...light, ...tokens(styles, ":root[data-theme='dark']") },
  'dark (system)': { ...light, ...tokens(styles, ':root:not([data-theme])') },
  projector: { ...light, ...tokens(styles, ":root[data-theme='projector']") },
  print: { ...light, ...tokens(styles, ':root', styles.indexOf('@media print')) },
};

/** Text (first) on background (second): what the stylesheet draws. */
const TEXT_PAIRS = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['muted', 'bg'],
  ['muted', 'surface'],
  ['accent', 'bg'],
  ['accent', 'surface'],
  ['accent-contrast', 'accent'],
  ['danger', 'surface'],
  ['danger', 'danger-bg'],
  ['text', 'danger-bg'],
  ['good', 'surface'],
  ['warn', 'surface'],
  ['board-red', 'board-red-bg'],
  ['board-red', 'bg'],
  ['board-red', 'surface'],
  ['board-black-text', 'board-black'],
] as const;

describe('theme colours', () => {
  it('has a dark theme, the same whether chosen (深色) or followed from the system', () => {
    expect(Object.keys(tokens(styles, ":root[data-theme='dark']"))).toEqual(expect.arrayContaining(Object.keys(light).filter((k) => k !== 'focus')));
    expect(tokens(styles, ':root:not([data-theme])')).toEqual(tokens(styles, ":root[data-theme='dark']"));
  });

  it.each(Object.entries(themes))('reads at 4.5:1 or better in the %s theme', (_, palette) => {
    const weak = TEXT_PAIRS.map(([fg, bg]) => ({ pair: `${fg} on ${bg}`, fg: palette[fg], bg: palette[bg] }))
      .map((p) => ({ ...p, ratio: p.fg && p.bg ? Math.round(contrastRatio(p.fg, p.bg) * 100) / 100 : 0 }))
      .filter((p) => p.ratio < TEXT_CONTRAST_MIN);
    expect(weak).toEqual([]);
  });

  it('prints the deck’s 红榜 heading readable on white', () => {
    const rule = /\.slide__board--red h2\s*\{\s*color:\s*([^;]+);/.exec(present)?.[1].trim() ?? '';
    const color = rule.startsWith('var(--') ? themes.print[rule.slice(6, -1)] : rule;
    expect(contrastRatio(color, '#ffffff')).toBeGreaterThanOrEqual(TEXT_CONTRAST_MIN);
  });

  it('computes WCAG ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('rgb(119, 119, 119)', '#fff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#1f5fbf', '#1f5fbf')).toBe(1);
  });
});
