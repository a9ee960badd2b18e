import { describe, expect, it } from 'vitest';
import { parseAuto } from '../../src/domain/url-params';
import { chosenSlides, DEFAULT_CHOICE, deckEntries, orderedEntries } from '../../src/features/present/lib/deck-choice';
import { deckKey, swipeStep } from '../../src/features/present/lib/deck-keys';
import { changedSlides, mountedSlides, ROUND_ID, roundSlideId, slideTable, type Slide } from '../../src/features/present/lib/slides';
import { refreshReport } from '../../src/lib/i18n/sentences';

const at = (index: number, buffer = '') => ({ index, count: 9, buffer });

describe('deck keys', () => {
  it('step with arrows, clickers (PageDown/PageUp) and Space, within the deck', () => {
    expect(deckKey('ArrowRight', at(2))).toEqual({ type: 'go', index: 3 });
    expect(deckKey('PageDown', at(2))).toEqual({ type: 'go', index: 3 });
    expect(deckKey(' ', at(2))).toEqual({ type: 'go', index: 3 });
    expect(deckKey(' ', at(2), true)).toEqual({ type: 'go', index: 1 });
    expect(deckKey('ArrowLeft', at(2))).toEqual({ type: 'go', index: 1 });
    expect(deckKey('PageUp', at(0))).toEqual({ type: 'go', index: 0 });
    expect(deckKey('PageDown', at(8))).toEqual({ type: 'go', index: 8 });
  });

  it('go to the ends with Home and End', () => {
    expect(deckKey('Home', at(5))).toEqual({ type: 'go', index: 0 });
    expect(deckKey('End', at(1))).toEqual({ type: 'go', index: 8 });
  });

  it('jump with digits and Enter (1-based), Backspace edits and Esc clears the digits first', () => {
    expect(deckKey('1', at(0))).toEqual({ type: 'digit', buffer: '1' });
    expect(deckKey('2', at(0, '1'))).toEqual({ type: 'digit', buffer: '12' });
    expect(deckKey('Backspace', at(0, '12'))).toEqual({ type: 'digit', buffer: '1' });
    expect(deckKey('Enter', at(0, '4'))).toEqual({ type: 'go', index: 3 });
    expect(deckKey('Enter', at(0, '40'))).toEqual({ type: 'go', index: 8 });
    expect(deckKey('Enter', at(3, '0'))).toEqual({ type: 'go', index: 0 });
    expect(deckKey('Escape', at(0, '4'))).toEqual({ type: 'digit', buffer: '' });
    expect(deckKey('Escape', at(0))).toEqual({ type: 'leave' });
    expect(deckKey('Enter', at(0))).toEqual({ type: 'none' });
  });

  it('toggle full screen with F, and ignore other keys', () => {
    expect(deckKey('f', at(0))).toEqual({ type: 'fullscreen' });
    expect(deckKey('F', at(0))).toEqual({ type: 'fullscreen' });
    expect(deckKey('x', at(0))).toEqual({ type: 'none' });
  });
});

describe('?auto=', () => {
  it('takes 5 to 600 seconds per slide, and nothing else', () => {
    expect(parseAuto('20')).toBe(20);
    expect(parseAuto('5')).toBe(5);
    expect(parseAuto('600')).toBe(600);
    for (const bad of [null, '', '4', '601', '-20', '2.5', 'abc']) expect(parseAuto(bad)).toBeNull();
  });
});

const slide = (id: string, headline = id): Slide =>
  id.startsWith(`${ROUND_ID}:`)
    ? { id, kind: 'round', title: id.slice(6), headline, community: { id: id.slice(6), name: id.slice(6), households: 1, services: [], tile: { row: 0, col: 0 } }, bars: [], facts: [] }
    : { id, kind: 'attention', title: `T-${id}`, headline, bars: [], measure: 'completion' };
const slides = [slide('title'), slide('area:a'), slide('boards'), slide(roundSlideId('x')), slide(roundSlideId('y'))];

describe('choosing slides', () => {
  it('offers one entry per slide and one for the whole community round', () => {
    expect(deckEntries(slides).map((e) => [e.id, e.slides])).toEqual([
      ['title', 1],
      ['area:a', 1],
      ['boards', 1],
      [ROUND_ID, 2],
    ]);
  });

  it('leaves the community round out by default', () => {
    expect(chosenSlides(slides, DEFAULT_CHOICE).map((s) => s.id)).toEqual(['title', 'area:a', 'boards']);
  });

  it('follows the chosen order, hidden entries left out, entries new since then in their default place', () => {
    const choice = { order: ['boards', ROUND_ID, 'title'], hidden: ['title'] };
    expect(chosenSlides(slides, choice).map((s) => s.id)).toEqual(['boards', 'round:x', 'round:y', 'area:a']);
    expect(orderedEntries(deckEntries(slides), choice).map((e) => [e.id, e.shown])).toEqual([
      ['boards', true],
      [ROUND_ID, true],
      ['title', false],
      ['area:a', true],
    ]);
  });

  it('skips a round with no communities rather than showing an empty slide', () => {
    const none = slides.filter((s) => s.kind !== 'round');
    expect(chosenSlides(none, { order: [], hidden: [] }).map((s) => s.id)).toEqual(['title', 'area:a', 'boards']);
  });
});

describe('a refresh', () => {
  it('names the slides whose headline changed', () => {
    const after = [slide('title'), slide('area:a', '新的数字'), slide('boards'), slide('attention')];
    expect(changedSlides(slides, after)).toEqual(['T-area:a', 'T-attention']);
    expect(refreshReport([])).toBe('已刷新：数据没有变化');
    expect(refreshReport(['走访群众', '停车设施'])).toBe('已刷新：走访群众、停车设施有变化');
    expect(refreshReport(['a', 'b', 'c', 'd'])).toBe('已刷新：a、b、c 等 4 页有变化');
  });
});

describe('a slide’s CSV', () => {
  it('lists the chart’s figures, completion as a percentage', () => {
    const bars: Slide = { ...slide('completion'), kind: 'completion', bars: [{ id: 'a', label: '1 联运社区', value: 1.207, tone: null, note: '▲ 超前' }], measure: 'completion' } as Slide;
    const table = slideTable(bars, '2021年1—6月', '2021年6月');
    expect(table.headers).toEqual(['项目', '完成率（%）', '状态']);
    expect(table.rows[0][1]).toBeCloseTo(120.7, 10);
  });
});

describe('deck swipes on a phone', () => {
  it('turns the page on a clear horizontal swipe: left is next, right is previous', () => {
    expect(swipeStep(-120, 10)).toBe(1);
    expect(swipeStep(120, -10)).toBe(-1);
  });
  it('ignores taps, short moves and scrolling', () => {
    expect(swipeStep(0, 0)).toBe(0);
    expect(swipeStep(-30, 0)).toBe(0);
    expect(swipeStep(-80, 90)).toBe(0);
  });
});

describe('slides laid out beside the current one', () => {
  it('keeps the settled slide’s neighbours, within the deck', () => {
    expect(mountedSlides(0, 0, 9)).toEqual([0, 1]);
    expect(mountedSlides(4, 4, 9)).toEqual([3, 4, 5]);
    expect(mountedSlides(8, 8, 9)).toEqual([7, 8]);
  });
  it('shows the stepped-to slide at once, drawn already as a neighbour, and adds the next later', () => {
    expect(mountedSlides(5, 4, 9)).toEqual([3, 4, 5]);
  });
  it('draws a jump’s slide at once beside the old neighbours', () => {
    expect(mountedSlides(8, 2, 9)).toEqual([1, 2, 3, 8]);
  });
});
