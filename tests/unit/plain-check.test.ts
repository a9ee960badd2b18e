// The plain check may only ever say yes to a body the contract's schema accepts and returns
// unchanged: whatever it lets through is shown without zod. Anything it is unsure of goes to zod,
// which names the fault (those faults are covered in properties.test.ts and the e2e scenarios).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../mocks/data/generate';
import { querySeries, queryTargets } from '../../mocks/data/query';
import { CommunitiesResponse, MAX_FIGURE, SeriesResponse, TargetsResponse } from '../../src/lib/api/contract';
import { passesPlainCheck } from '../../src/lib/api/plain-check';

const RUNS = { numRuns: 1000, seed: 20211127 };

/** Values a broken backend might send in place of a good one. */
const fault = fc.constantFrom<unknown>(null, undefined, -1, -0.5, 1.5, MAX_FIGURE + 1, Number.NaN, Infinity, '', '12', '2021-13', 'Visits', true, {}, [], [1]);
/** Mostly `good`, sometimes a fault, one of `near` (values close to good ones), or any JSON value. */
const mostly = <T,>(good: fc.Arbitrary<T>, ...near: unknown[]) =>
  fc.oneof({ weight: 24, arbitrary: good }, { weight: 1, arbitrary: fault }, { weight: 1, arbitrary: near.length ? fc.constantFrom(...near) : fault }, { weight: 1, arbitrary: fc.jsonValue() });

/**
 * A record as JSON.parse makes it (fast-check's have no prototype), then sometimes a key
 * dropped or a key added (zod drops unknown keys; a missing one may be required).
 */
function reshaped(record: fc.Arbitrary<Record<string, unknown>>) {
  return record.map((value) => ({ ...value })).chain((value) =>
    fc.oneof(
      { weight: 16, arbitrary: fc.constant<unknown>(value) },
      { weight: 1, arbitrary: fc.constantFrom(...Object.keys(value), 'x').map((key) => Object.fromEntries(Object.entries(value).filter(([k]) => k !== key))) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom('extra', 'amount', 'value', '__proto__'), fc.jsonValue()).map(([key, v]) => ({ ...value, [key]: v })) },
      { weight: 1, arbitrary: fault },
    ),
  );
}

/** Months of 2020-10 … 2021-09 by index 0 … 11 (a series' from and to usually lie either side of its rows' months). */
const monthOf = (min: number, max: number) => fc.integer({ min, max }).map((i) => `${2020 + Math.floor((i + 9) / 12)}-${String(((i + 9) % 12) + 1).padStart(2, '0')}`);
const figure = fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.double({ min: 0, max: MAX_FIGURE, noNaN: true }), fc.constantFrom(0, MAX_FIGURE));
const id = fc.constantFrom('visits', 'cilin', 'huangyuan-1', 'a');

const seriesRow = reshaped(
  fc.record(
    { metricId: mostly(id), month: mostly(monthOf(2, 9)), communityId: mostly(fc.option(id, { nil: null })), value: mostly(fc.option(figure, { nil: null })) },
    { requiredKeys: ['metricId', 'value'] },
  ),
);
const seriesBody = reshaped(fc.record({ from: mostly(monthOf(0, 7)), to: mostly(monthOf(4, 11)), groupBy: mostly(fc.constantFrom('none', 'month', 'community', 'month,community')), rows: mostly(fc.array(seriesRow, { maxLength: 6 })) }));

const target = reshaped(fc.record({ metricId: mostly(id), year: mostly(fc.integer({ min: 1890, max: 2210 })), communityId: mostly(fc.option(id, { nil: null })), value: mostly(figure) }));
const targetsBody = reshaped(fc.record({ targets: mostly(fc.array(target, { maxLength: 6 })) }));

const tile = reshaped(fc.record({ row: mostly(fc.nat(30)), col: mostly(fc.nat(30)) }));
const community = reshaped(
  fc.record({
    id: mostly(fc.constantFrom('cilin', 'huangyuan-1', 'a'), 'Cilin', '1abc', 'a_b', '-a'),
    // Bidi controls are removed by the schema: such a name does not come back unchanged.
    name: mostly(fc.constantFrom('词林社区', '篁园1社区', 'A'), '\u202E区社林词', '\u2066x\u2069', 'x\u200F'),
    households: mostly(fc.oneof(fc.nat(5000), fc.constant(MAX_FIGURE)), MAX_FIGURE + 1, 12.5, -0.5),
    services: mostly(fc.array(mostly(fc.constantFrom('visits', 'parking')), { maxLength: 3 })),
    tile: mostly(tile),
  }),
);
const communitiesBody = reshaped(fc.record({ communities: mostly(fc.array(community, { maxLength: 4 })) }));

describe('the plain check of long answers', () => {
  const cases = [
    ['/series', SeriesResponse, seriesBody],
    ['/targets', TargetsResponse, targetsBody],
    ['/communities', CommunitiesResponse, communitiesBody],
  ] as const;

  for (const [path, schema, body] of cases) {
    it(`passes a ${path} body only when the schema accepts it and returns it unchanged`, () => {
      let passed = 0;
      let failed = 0;
      fc.assert(
        fc.property(body, (value) => {
          if (!passesPlainCheck(schema, value)) {
            failed++;
            return;
          }
          passed++;
          const parsed = schema.safeParse(value);
          expect(parsed.success).toBe(true);
          expect(parsed.data).toStrictEqual(value);
        }),
        RUNS,
      );
      // Both answers came up often enough for the property to mean something.
      expect(passed).toBeGreaterThan(RUNS.numRuns / 10);
      expect(failed).toBeGreaterThan(RUNS.numRuns / 10);
    });
  }

  it('passes what the mock backend sends for 500 communities, so the long answers skip zod', () => {
    const dataset = generateDataset({ communities: 500, firstMonth: '2017-01', latestMonth: '2021-06' });
    const metrics = dataset.metrics.map((m) => m.id);
    const series = { from: '2021-01', to: '2021-06', groupBy: 'community', rows: querySeries(dataset, { metrics, from: '2021-01', to: '2021-06', groupBy: 'community' }) };
    const monthly = { from: '2020-01', to: '2021-06', groupBy: 'month', rows: querySeries(dataset, { metrics, from: '2020-01', to: '2021-06', groupBy: 'month' }) };
    const targets = { targets: queryTargets(dataset, [2021], undefined, 'community') };
    const communities = { communities: dataset.communities };
    const bodies = [[SeriesResponse, series], [SeriesResponse, monthly], [TargetsResponse, targets], [CommunitiesResponse, communities]] as const;
    for (const [schema, body] of bodies) {
      // Sent over HTTP as JSON: what the client reads is the parsed text.
      const received: unknown = JSON.parse(JSON.stringify(body));
      expect(passesPlainCheck(schema, received)).toBe(true);
      expect(schema.safeParse(received).data).toStrictEqual(received);
    }
    expect(series.rows.length).toBeGreaterThan(4000);
  });

  it('says nothing of a schema it has no check for', () => {
    expect(passesPlainCheck(SeriesResponse.def.shape.rows, [])).toBe(false);
  });
});
