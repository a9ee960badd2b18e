// Property-based tests (fast-check): the contract and the domain maths hold for any input,
// random or adversarial, not only for the cases written out elsewhere.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortRows, type Column } from '../../src/components/data-table';
import { indexScore, INDEX_CAP } from '../../src/domain/overall-index';
import { BOARD_SIZE, honourBoards, MIN_RANKED_FOR_BOARDS, rankWithTies } from '../../src/domain/ranking';
import { gapToNext, metricRanking } from '../../src/domain/standings';
import { indexTargets } from '../../src/domain/targets';
import { parseSlide } from '../../src/domain/url-params';
import { ContractError } from '../../src/lib/api/client';
import { MAX_FIGURE, MetricsResponse, SeriesResponse, TargetsResponse, CommunitiesResponse, MetaResponse } from '../../src/lib/api/contract';
import { csvCell } from '../../src/lib/export/csv';
import { describeError } from '../../src/lib/i18n/errors';
import type { Community, Metric } from '../../src/lib/api/contract';

const RUNS = { numRuns: 300, seed: 20210630 };

/** Values an attacker or a broken backend might send where a figure belongs. */
const hostileValue = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(null, -1, 1e308, MAX_FIGURE + 1, 0, '12', '', true, {}, []));
const month = fc.tuple(fc.integer({ min: 2015, max: 2025 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);

describe('the contract, on any payload', () => {
  it('never throws while parsing; it accepts or names what is wrong', () => {
    for (const schema of [SeriesResponse, TargetsResponse, CommunitiesResponse, MetricsResponse, MetaResponse]) {
      fc.assert(
        fc.property(fc.jsonValue(), (body) => {
          const parsed = schema.safeParse(body);
          if (!parsed.success) {
            const error = new ContractError('GET /series', parsed.error.issues);
            const text = `${error.message} ${describeError(error).message}`;
            expect(text).not.toMatch(/undefined|\[object Object\]|NaN/);
          }
        }),
        { ...RUNS, numRuns: 200 },
      );
    }
  });

  it('lets through only finite, non-negative, plausible figures, within the period it says it covers', () => {
    const row = fc.record({ metricId: fc.constantFrom('visits', 'x'), month: fc.option(month, { nil: undefined }), value: hostileValue });
    fc.assert(
      fc.property(month, month, fc.array(row, { maxLength: 8 }), (from, to, rows) => {
        const parsed = SeriesResponse.safeParse({ from, to, groupBy: 'month', rows });
        if (!parsed.success) return;
        expect(from <= to).toBe(true);
        for (const r of parsed.data.rows) {
          if (r.value !== null) expect(Number.isFinite(r.value) && r.value >= 0 && r.value <= MAX_FIGURE).toBe(true);
          if (r.month !== undefined) expect(r.month >= from && r.month <= to).toBe(true);
        }
      }),
      RUNS,
    );
  });
});

describe('ranks, on any values', () => {
  it('give every value a rank from 1, share it among equals, and never rank a missing value', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }), { maxLength: 30 }), fc.boolean(), (values, higherIsBetter) => {
        const ranked = rankWithTies(values, (v) => v, higherIsBetter);
        expect(ranked).toHaveLength(values.length);
        const present = ranked.filter((r) => r.value !== null);
        expect(ranked.filter((r) => r.rank === null)).toHaveLength(values.filter((v) => v === null).length);
        present.forEach((r, i) => {
          // Competition rank: 1 + how many are strictly better.
          const better = present.filter((o) => (higherIsBetter ? (o.value as number) > (r.value as number) : (o.value as number) < (r.value as number))).length;
          expect(r.rank).toBe(better + 1);
          if (i > 0) expect(r.rank).toBeGreaterThanOrEqual(present[i - 1].rank as number);
        });
      }),
      RUNS,
    );
  });

  it('put the top three places on the 红榜 and those with fewer than three worse on the 黑榜, ties alike', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 12 }), { minLength: MIN_RANKED_FOR_BOARDS, maxLength: 40 }), (scores) => {
        const ranked = rankWithTies(scores.map((score, i) => ({ id: i, score })), (x) => x.score).map((r) => ({ item: r.item.id, score: r.value as number, rank: r.rank as number }));
        const boards = honourBoards(ranked);
        for (const r of ranked) {
          const worse = ranked.filter((o) => o.score < r.score).length;
          const expected = r.rank <= BOARD_SIZE ? 'red' : worse < BOARD_SIZE ? 'black' : undefined;
          expect(boards?.get(r.item)).toBe(expected);
        }
      }),
      RUNS,
    );
  });

  it.each([
    [true, 'completion'],
    [false, 'completion'],
    [true, 'value'],
    [false, 'value'],
  ] as const)('lift a community to the next place when it moves by exactly the gap, and not before (higher is better: %s, by %s)', (higherIsBetter, basis) => {
    const metric: Metric = { id: 'm', name: 'm', area: 'a', unit: '户', higherIsBetter, scope: 'community', definition: '—' };
    const community = (i: number): Community => ({ id: `c${i}`, name: `c${i}`, households: 1, services: [], tile: { row: 0, col: i } });
    const period = { from: '2020-01', to: '2020-06' };
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 300 })), { minLength: 2, maxLength: 12 }), fc.nat(), (pairs, pick) => {
        const communities = pairs.map((_, i) => community(i));
        const targets = indexTargets(pairs.map(([, t], i) => ({ metricId: 'm', year: 2020, communityId: `c${i}`, value: t })));
        const sign = higherIsBetter ? 1 : -1;
        const values = (move: number, who: string) => new Map(pairs.map(([v], i) => [`c${i}`, `c${i}` === who ? v + sign * move : v]));
        const me = `c${pick % pairs.length}`;
        const rankOf = (move: number) => metricRanking(metric, communities, values(move, me), targets, period, basis).ranked.find((s) => s.community.id === me)?.rank;
        const ranking = metricRanking(metric, communities, values(0, me), targets, period, basis);
        const gap = gapToNext(ranking, me, metric, basis);
        // Below first place there is always a next place to reach.
        expect(gap === null).toBe((ranking.ranked.find((s) => s.community.id === me)?.rank ?? 1) === 1);
        if (!gap) return;
        expect(gap.amount).toBeGreaterThan(0);
        expect(gap.direction).toBe(higherIsBetter ? 'more' : 'less');
        expect(rankOf(gap.amount)).toBeLessThanOrEqual(gap.toRank);
        expect(rankOf(gap.amount - 1)).toBeGreaterThan(gap.toRank);
      }),
      RUNS,
    );
  });
});

describe('the 综合指数, on any completions', () => {
  it('stays between 0 and the cap, and a metric left out changes nothing (renormalised, not zero)', () => {
    const part = fc.record({ weight: fc.integer({ min: 1, max: 5 }), completion: fc.option(fc.double({ min: 0, max: 5, noNaN: true }), { nil: null }) });
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 8 }), (parts) => {
        const metric = { id: 'm' } as Metric;
        const { score } = indexScore(parts.map((p) => ({ ...p, metric })));
        if (parts.every((p) => p.completion === null)) {
          expect(score).toBeNull();
          return;
        }
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score as number).toBeLessThanOrEqual(INDEX_CAP + 1e-12);
        const withMissing = indexScore([...parts, { weight: 9, completion: null }].map((p) => ({ ...p, metric })));
        expect(withMissing.score).toBeCloseTo(score as number, 12);
      }),
      RUNS,
    );
  });
});

describe('URL parsers and tables, on any input', () => {
  it('always open a slide that exists', () => {
    fc.assert(
      fc.property(fc.option(fc.string(), { nil: null }), fc.integer({ min: 1, max: 40 }), (raw, count) => {
        const { value } = parseSlide(raw, count);
        expect(Number.isInteger(value) && value >= 0 && value < count).toBe(true);
      }),
      RUNS,
    );
  });

  it('sort rows as a permutation, missing figures last', () => {
    const column: Column<{ v: number | null }> = { key: 'v', header: 'v', value: (r) => r.v };
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer(), { nil: null })), fc.boolean(), (values, ascending) => {
        const rows = values.map((v) => ({ v }));
        const sorted = sortRows(rows, [column], { key: 'v', direction: ascending ? 'ascending' : 'descending' });
        const key = (r: { v: number | null }) => (r.v === null ? 'null' : String(r.v));
        expect(sorted.map(key).sort()).toEqual(rows.map(key).sort());
        const firstMissing = sorted.findIndex((r) => r.v === null);
        if (firstMissing >= 0) expect(sorted.slice(firstMissing).every((r) => r.v === null)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('CSV cells, on any text', () => {
  /** A cell read back as a spreadsheet would (RFC 4180 quoting). */
  const readCell = (cell: string) => (cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell);

  it('round-trip, with a formula guard where Excel would run the cell', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const back = readCell(csvCell(text));
        expect(back).toBe(/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
      }),
      RUNS,
    );
  });
});
