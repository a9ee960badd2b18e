import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { barAxisLabel, barText, barValueAt, barValueFits } from '../../src/components/charts/bar-label';
import { clipToWidth, textWidthEm } from '../../src/lib/i18n/format';

const LONG = `三挺路社区${'很长的名称'.repeat(40)}`;

describe('label widths, estimated from the characters', () => {
  it('count CJK and full-width as 1 em, ASCII about 0.55 em, marks and zero-width as nothing', () => {
    expect(textWidthEm('三挺路社区')).toBe(5);
    expect(textWidthEm('（本社区）')).toBe(5);
    expect(textWidthEm('12 ab')).toBeCloseTo(2.75, 10);
    expect(textWidthEm('🏘️')).toBe(1);
    expect(textWidthEm('\u200B')).toBe(0);
  });

  it('cut text with … to its room, and leave text that fits alone', () => {
    expect(clipToWidth('联运社区', 4)).toBe('联运社区');
    expect(clipToWidth('三挺路社区很长', 5)).toBe('三挺路社…');
    expect(clipToWidth('三挺路', 0.5)).toBe('');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.double({ min: 1, max: 30, noNaN: true }), (text, room) => {
        expect(textWidthEm(clipToWidth(text, room))).toBeLessThanOrEqual(room);
      }),
    );
  });
});

describe('a ranking bar’s axis label', () => {
  it('keeps the rank (and 本社区) whole and cuts the name to the room the axis has', () => {
    const label = barAxisLabel({ rank: 3, label: LONG });
    expect(label.startsWith('3 三挺路社区很长')).toBe(true);
    expect(label.endsWith('…')).toBe(true);
    expect(textWidthEm(label)).toBeLessThanOrEqual(11);
    const own = barAxisLabel({ rank: 12, label: LONG, tag: '（本社区）' });
    expect(own.startsWith('12 三挺路')).toBe(true);
    expect(own.endsWith('…（本社区）')).toBe(true);
    expect(barAxisLabel({ rank: 1, label: '联运社区' })).toBe('1 联运社区');
    expect(barAxisLabel({ label: '走访群众' })).toBe('走访群众');
  });

  it('always starts with its rank and fits, whatever the name', () => {
    const fits = fc.property(fc.integer({ min: 1, max: 500 }), fc.string({ unit: 'grapheme', maxLength: 300 }), fc.boolean(), (rank, name, own) => {
      const row = { rank, label: name, ...(own && { tag: '（本社区）' }) };
      const label = barAxisLabel(row);
      expect(label.startsWith(`${rank} `)).toBe(true);
      expect(textWidthEm(label)).toBeLessThanOrEqual(11);
      if (own) expect(label.endsWith('（本社区）')).toBe(true);
    });
    fc.assert(fits);
    // A case a random run once found: widths of 0.55 em added up in floating point came to
    // 11.000000000000002 em (now summed in whole hundredths of an em). Replayed every run.
    fc.assert(fits, { seed: 1834638378, path: '83', endOnFailure: true });
  });

  it('is written whole for the tooltip and a slide’s CSV', () => {
    expect(barText({ rank: 3, label: LONG, tag: '（本社区）' })).toBe(`3 ${LONG}（本社区）`);
    expect(barText({ label: '词林·走访群众' })).toBe('词林·走访群众');
  });
});

// issue 24: charts — a bar's value inside its end, only where it fits.
describe('a bar’s value label', () => {
  it('fits a bar as long as the text and its padding, as thick as a line of text', () => {
    // "92.0%": four characters at 0.55 em and a % at 0.7 em = 2.9 em, + 0.8 em padding = 44.4 px at 12 px.
    expect(barValueFits('92.0%', 44.5, 18, 12)).toBe(true);
    expect(barValueFits('92.0%', 44.3, 18, 12)).toBe(false);
    expect(barValueFits('92.0%', 300, 11, 12)).toBe(false);
    expect(barValueFits('', 300, 18, 12)).toBe(false);
  });

  it('ends the text one padding inside the bar’s end, and gives none where it does not fit', () => {
    expect(barValueAt('1,234', 100, 200, 18, 10)).toBe(296);
    expect(barValueAt('1,234', 100, 2, 18, 10)).toBeNull();
  });

  it('never lets a fitting value run past either end of its bar', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.double({ min: 0, max: 2000, noNaN: true }), fc.double({ min: 6, max: 40, noNaN: true }), (text, length, font) => {
        const end = barValueAt(text, 0, length, font, font);
        if (end === null) return;
        expect(end).toBeLessThanOrEqual(length);
        expect(end - textWidthEm(text) * font).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
