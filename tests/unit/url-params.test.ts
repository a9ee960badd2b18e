import { describe, expect, it } from 'vitest';
import { askedOf, asksForPeriod, CARRIED_PARAMS, hrefKeeping, PARAM, parseChoice, parseSlide, withParam } from '../../src/domain/url-params';

const choices = [{ id: 'visits' }, { id: 'parking_spaces' }, { id: 'community_cases' }];

describe('parseChoice (?metric=)', () => {
  it('takes a known id', () => {
    expect(parseChoice('parking_spaces', choices)).toEqual({ value: { id: 'parking_spaces' }, corrected: false });
  });

  it('falls back to the first choice when missing, without asking for a rewrite', () => {
    expect(parseChoice(null, choices)).toEqual({ value: { id: 'visits' }, corrected: false });
  });

  it('falls back to the first choice for an unknown or empty id and asks for the URL to be fixed', () => {
    expect(parseChoice('nope', choices)).toEqual({ value: { id: 'visits' }, corrected: true });
    expect(parseChoice('', choices)).toEqual({ value: { id: 'visits' }, corrected: true });
  });

  it('is null when there is nothing to choose from', () => {
    expect(parseChoice('visits', [])).toBeNull();
  });
});

describe('parseSlide (?slide=, 1-based in the URL)', () => {
  it('reads a slide in range as a 0-based index', () => {
    expect(parseSlide('1', 5)).toEqual({ value: 0, corrected: false });
    expect(parseSlide('3', 5)).toEqual({ value: 2, corrected: false });
    expect(parseSlide('5', 5)).toEqual({ value: 4, corrected: false });
  });

  it('opens the first slide when missing, without a rewrite', () => {
    expect(parseSlide(null, 5)).toEqual({ value: 0, corrected: false });
  });

  it('opens the nearest valid slide for out-of-range, negative or non-numbers, and asks for the URL to be fixed', () => {
    expect(parseSlide('9', 5)).toEqual({ value: 4, corrected: true });
    expect(parseSlide('0', 5)).toEqual({ value: 0, corrected: true });
    expect(parseSlide('-2', 5)).toEqual({ value: 0, corrected: true });
    expect(parseSlide('abc', 5)).toEqual({ value: 0, corrected: true });
    expect(parseSlide('2.5', 5)).toEqual({ value: 0, corrected: true });
    expect(parseSlide('', 5)).toEqual({ value: 0, corrected: true });
    expect(parseSlide('03', 5)).toEqual({ value: 2, corrected: true });
  });

  it('stays on slide 1 of an empty deck', () => {
    expect(parseSlide('4', 0)).toEqual({ value: 0, corrected: true });
  });
});

describe('withParam and hrefKeeping', () => {
  it('sets and removes a param on a copy', () => {
    const params = new URLSearchParams('from=2021-01&to=2021-06');
    const next = withParam(params, PARAM.metric, 'visits');
    expect(next.toString()).toBe('from=2021-01&to=2021-06&metric=visits');
    expect(params.toString()).toBe('from=2021-01&to=2021-06');
    expect(withParam(next, PARAM.metric, null).toString()).toBe('from=2021-01&to=2021-06');
  });

  it('carries the period into in-app links, and nothing else', () => {
    expect(CARRIED_PARAMS).toEqual(['from', 'to']);
    const params = new URLSearchParams('from=2020-01&to=2020-12&metric=visits&slide=3&as=viewer');
    expect(hrefKeeping('/rankings', params)).toBe('/rankings?from=2020-01&to=2020-12');
    expect(hrefKeeping('/overview', new URLSearchParams())).toBe('/overview');
  });
});

describe('askedOf (what a link asks for, as written)', () => {
  it('reads the period, metric and slide, null where the link says nothing', () => {
    expect(askedOf('from=2021-01&to=2021-03&metric=visits&slide=2')).toEqual({ from: '2021-01', to: '2021-03', metric: 'visits', slide: '2' });
    expect(askedOf(new URLSearchParams('to=2021-03'))).toEqual({ from: null, to: '2021-03', metric: null, slide: null });
  });

  it('asks for a period only when both months are named', () => {
    expect(asksForPeriod(askedOf('from=2021-01&to=2021-03'))).toBe(true);
    expect(asksForPeriod(askedOf('from=2021-01'))).toBe(false);
    expect(asksForPeriod(askedOf(''))).toBe(false);
  });
});
