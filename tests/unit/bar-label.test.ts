import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { barAxisLabel, barText } from '../../src/components/charts/bar-label';
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
