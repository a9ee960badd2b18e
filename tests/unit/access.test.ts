// Who may see what (domain/access.ts), as the mock backend enforces it: the rule's parts, and a
// property test that no combination of allowed calls works out what the rule refuses.
import fc from 'fast-check';
import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../mocks/handlers';
import { canSeeAllCommunities, canSeeSeries, isReleasedPeriod, releasedPeriodsNear, type Viewer } from '../../src/domain/access';
import { addMonths, monthIndex, monthRange } from '../../src/domain/month';
import { GROUP_BY, MOCK_USER_HEADER, type GroupBy, type SeriesRow } from '../../src/lib/api/contract';
import { sampleDataset } from '../support/sample-dataset';

const range = { firstMonth: sampleDataset.meta.firstMonth, latestMonth: sampleDataset.meta.latestMonth };
const viewer: Viewer = { role: 'viewer' };
const cilin: Viewer = { role: 'secretary', communityId: 'cilin' };
const leader: Viewer = { role: 'leader' };

describe('released periods: whole quarters inside the data', () => {
  it('releases whole quarters and runs of them, nothing else', () => {
    expect(range).toEqual({ firstMonth: '2019-01', latestMonth: '2021-06' });
    for (const period of [
      { from: '2021-01', to: '2021-03' },
      { from: '2021-01', to: '2021-06' },
      { from: '2020-07', to: '2020-12' },
      { from: '2019-01', to: '2021-06' },
      { from: '2020-04', to: '2021-03' },
    ]) {
      expect(isReleasedPeriod(period, range), `${period.from}—${period.to}`).toBe(true);
    }
    for (const period of [
      { from: '2021-03', to: '2021-03' }, // one month
      { from: '2021-06', to: '2021-06' }, // 本月
      { from: '2021-01', to: '2021-04' }, // a quarter and a month
      { from: '2021-02', to: '2021-04' }, // three months across quarters
      { from: '2021-04', to: '2021-09' }, // past the data
      { from: '2018-10', to: '2019-03' }, // before the data
      { from: '2021-04', to: '2021-03' }, // backwards
    ]) {
      expect(isReleasedPeriod(period, range), `${period.from}—${period.to}`).toBe(false);
    }
  });

  it('lets a leader see every community over any period, others over released periods', () => {
    const month = { from: '2021-03', to: '2021-03' };
    expect(canSeeAllCommunities(leader, month, range)).toBe(true);
    expect(canSeeAllCommunities(cilin, month, range)).toBe(false);
    expect(canSeeAllCommunities(viewer, month, range)).toBe(false);
    expect(canSeeAllCommunities(viewer, { from: '2021-01', to: '2021-03' }, range)).toBe(true);
  });

  it('offers the released periods nearest a refused one', () => {
    expect(releasedPeriodsNear({ from: '2021-01', to: '2021-06' }, range)).toEqual([]);
    expect(releasedPeriodsNear({ from: '2021-03', to: '2021-03' }, range)).toEqual([{ from: '2021-01', to: '2021-03' }]);
    expect(releasedPeriodsNear({ from: '2021-06', to: '2021-06' }, range)).toEqual([{ from: '2021-04', to: '2021-06' }]);
    // Around it and inside it.
    expect(releasedPeriodsNear({ from: '2020-02', to: '2020-11' }, range)).toEqual([
      { from: '2020-01', to: '2020-12' },
      { from: '2020-04', to: '2020-09' },
    ]);
    // The year to date at a latest month inside a quarter: the quarters it has closed.
    expect(releasedPeriodsNear({ from: '2021-01', to: '2021-05' }, { ...range, latestMonth: '2021-05' })).toEqual([{ from: '2021-01', to: '2021-03' }]);
    // Nothing around or inside: the latest closed quarter.
    expect(releasedPeriodsNear({ from: '2021-04', to: '2021-05' }, { ...range, latestMonth: '2021-05' })).toEqual([{ from: '2021-01', to: '2021-03' }]);
    // Whatever it offers is released.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 29 }), fc.integer({ min: 0, max: 29 }), (a, b) => {
        const months = monthRange(range.firstMonth, range.latestMonth);
        const period = { from: months[Math.min(a, b)], to: months[Math.max(a, b)] };
        for (const offered of releasedPeriodsNear(period, range)) expect(isReleasedPeriod(offered, range)).toBe(true);
      }),
    );
  });

  it('decides every series call by role, grouping, communities named and period', () => {
    const quarter = { from: '2021-01', to: '2021-03' };
    const month = { from: '2021-03', to: '2021-03' };
    const allowed = (user: Viewer, groupBy: GroupBy, period: { from: string; to: string }, communities?: string[]) => canSeeSeries(user, { ...period, groupBy, communities }, range);
    for (const groupBy of GROUP_BY) for (const period of [quarter, month]) expect(allowed(leader, groupBy, period, ['ximen'])).toBe(true);
    for (const user of [viewer, cilin]) {
      for (const period of [quarter, month]) {
        expect(allowed(user, 'none', period)).toBe(true);
        expect(allowed(user, 'month', period)).toBe(true);
        expect(allowed(user, 'month,community', period)).toBe(false);
        expect(allowed(user, 'month', period, ['ximen'])).toBe(false);
      }
      // Another community's total is what the ranking shows: over a released period only.
      for (const named of [undefined, ['ximen'], ['ximen', 'xiuhu']]) {
        expect(allowed(user, 'community', quarter, named)).toBe(true);
        expect(allowed(user, 'none', quarter, named)).toBe(true);
        expect(allowed(user, 'community', month, named)).toBe(false);
      }
      expect(allowed(user, 'none', month, ['ximen'])).toBe(false);
    }
    for (const groupBy of GROUP_BY) expect(allowed(cilin, groupBy, month, ['cilin'])).toBe(true);
    expect(allowed(cilin, 'month', month, ['cilin', 'ximen'])).toBe(false);
    expect(allowed(viewer, 'month', month, ['cilin'])).toBe(false);
  });
});

// ── What a run of allowed answers tells, worked out exactly ───────────────────────────────────
// Unknowns: one community's figure for one month (one metric). An answer row is a sum of some of
// them; what a caller can work out from its answers is every linear combination of those sums.
// Kept as a reduced basis over the integers modulo a prime (exact arithmetic, no rounding).
const P = 67_108_859;
const months = monthRange(range.firstMonth, range.latestMonth);
const ids = sampleDataset.communities.map((c) => c.id);
const cell = (communityId: string, month: string) => ids.indexOf(communityId) * months.length + (monthIndex(month) - monthIndex(range.firstMonth));

class Knowledge {
  private readonly basis = new Map<number, Float64Array>();
  constructor(private readonly size: number) {}

  private reduce(form: Float64Array): Float64Array {
    const v = Float64Array.from(form);
    for (const [pivot, row] of this.basis) {
      const f = v[pivot];
      if (f === 0) continue;
      for (let i = 0; i < this.size; i++) if (row[i] !== 0) v[i] = (((v[i] - f * row[i]) % P) + P) % P;
    }
    return v;
  }

  learn(form: Float64Array) {
    const v = this.reduce(form);
    const pivot = v.findIndex((x) => x !== 0);
    if (pivot < 0) return;
    const inverse = modInverse(v[pivot]);
    for (let i = 0; i < this.size; i++) v[i] = (v[i] * inverse) % P;
    // Fully reduced: the new pivot is cleared from every other row.
    for (const row of this.basis.values()) {
      const f = row[pivot];
      if (f === 0) continue;
      for (let i = 0; i < this.size; i++) if (v[i] !== 0) row[i] = (((row[i] - f * v[i]) % P) + P) % P;
    }
    this.basis.set(pivot, v);
  }

  determines(form: Float64Array): boolean {
    return this.reduce(form).every((x) => x === 0);
  }
}

function modInverse(a: number): number {
  // Fermat: a^(P-2) mod P, with products kept below 2^53.
  let result = 1;
  let base = a % P;
  for (let e = P - 2; e > 0; e = Math.floor(e / 2)) {
    if (e % 2 === 1) result = Number((BigInt(result) * BigInt(base)) % BigInt(P));
    base = Number((BigInt(base) * BigInt(base)) % BigInt(P));
  }
  return result;
}

interface Call {
  user: string;
  from: string;
  to: string;
  groupBy: GroupBy;
  communities?: string[];
}

const handlers = createHandlers(sampleDataset);
async function ask(call: Call): Promise<{ status: number; rows: SeriesRow[] }> {
  const url = new URL('http://mock.invalid/api/series');
  url.searchParams.set('metrics', 'visits');
  url.searchParams.set('from', call.from);
  url.searchParams.set('to', call.to);
  url.searchParams.set('groupBy', call.groupBy);
  if (call.communities) url.searchParams.set('communities', call.communities.join(','));
  const response = await getResponse(handlers, new Request(url, { headers: { [MOCK_USER_HEADER]: call.user } }));
  if (!response) throw new Error('no handler');
  return { status: response.status, rows: response.ok ? ((await response.json()) as { rows: SeriesRow[] }).rows : [] };
}

/** The cells a row of this call's answer sums (the months the data has, the communities it covers). */
function rowForms(call: Call): Array<{ communityId: string | null; form: Float64Array }> {
  const inData = months.filter((m) => m >= call.from && m <= call.to);
  const byMonth = call.groupBy === 'month' || call.groupBy === 'month,community';
  const byCommunity = call.groupBy === 'community' || call.groupBy === 'month,community';
  const communities = call.communities ?? ids;
  const groups = byCommunity ? communities.map((c) => [c]) : [communities];
  const spans = byMonth ? inData.map((m) => [m]) : [inData];
  return groups.flatMap((group) =>
    spans.map((span) => {
      const form = new Float64Array(ids.length * months.length);
      for (const c of group) for (const m of span) form[cell(c, m)] = 1;
      return { communityId: byCommunity ? group[0] : null, form };
    }),
  );
}

const USERS = { viewer: undefined, 'secretary-cilin': 'cilin', 'secretary-ximen': 'ximen' } as const;
/** Months of the data and a few either side (a call may ask for months the data does not have). */
const monthArb = fc.integer({ min: -3, max: months.length + 2 }).map((i) => addMonths(range.firstMonth, i));
const quarterStartArb = fc.integer({ min: -1, max: months.length / 3 }).map((q) => addMonths(range.firstMonth, q * 3));
const quarterEndArb = quarterStartArb.map((m) => addMonths(m, 2));
const callArb = (user: keyof typeof USERS) =>
  fc
    .record({
      // Half the bounds on quarter edges, so that many calls are allowed and their answers combine.
      a: fc.oneof(monthArb, quarterStartArb),
      b: fc.oneof(monthArb, quarterEndArb),
      groupBy: fc.constantFrom(...GROUP_BY),
      communities: fc.option(fc.subarray(['cilin', 'ximen', 'xiuhu'], { minLength: 1 }), { nil: undefined }),
    })
    .map(({ a, b, groupBy, communities }): Call => ({ user, from: a < b ? a : b, to: a < b ? b : a, groupBy, communities }));

describe('no combination of allowed calls rebuilds a refused answer', () => {
  it('for a viewer or a secretary, whatever series calls they make', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...(Object.keys(USERS) as Array<keyof typeof USERS>)).chain((user) => fc.tuple(fc.constant(user), fc.array(callArb(user), { minLength: 1, maxLength: 14 }))),
        async ([user, calls]) => {
          const own = USERS[user];
          const knows = new Knowledge(ids.length * months.length);
          const refused: Call[] = [];
          for (const call of calls) {
            const { status, rows } = await ask(call);
            expect([200, 403]).toContain(status);
            if (status === 403) {
              refused.push(call);
              continue;
            }
            // Each row as answered: the cells it sums (null values: nothing learnt).
            const forms = rowForms(call);
            expect(rows).toHaveLength(forms.length);
            rows.forEach((row, i) => row.value !== null && knows.learn(forms[i].form));
          }
          // A refused answer's rows about another community stay unknown…
          for (const call of refused) {
            for (const { communityId, form } of rowForms(call)) {
              // (A row of months the data does not have sums nothing: there is nothing to keep.)
              if (communityId !== null && communityId !== own && form.some((x) => x !== 0)) expect(knows.determines(form), `${user} ${JSON.stringify(call)} → ${communityId}`).toBe(false);
            }
          }
          // …and so does every other community's single month.
          for (const c of ids) {
            if (c === own) continue;
            for (const m of months) {
              const form = new Float64Array(ids.length * months.length);
              form[cell(c, m)] = 1;
              expect(knows.determines(form), `${user}: ${c} ${m}`).toBe(false);
            }
          }
        },
      ),
      { numRuns: 150, seed: 20211231 },
    );
  });

  it('would catch the old rule: a quarter and a quarter plus a month give that month', async () => {
    // The calls the old rule allowed a viewer; today the second is refused.
    const quarter = await ask({ user: 'viewer', from: '2021-01', to: '2021-03', groupBy: 'community' });
    const longer = await ask({ user: 'viewer', from: '2021-01', to: '2021-04', groupBy: 'community' });
    expect(quarter.status).toBe(200);
    expect(longer.status).toBe(403);
    const knows = new Knowledge(ids.length * months.length);
    for (const call of [
      { user: 'viewer', from: '2021-01', to: '2021-03', groupBy: 'community' as const },
      { user: 'viewer', from: '2021-01', to: '2021-04', groupBy: 'community' as const },
    ]) {
      for (const { form } of rowForms(call)) knows.learn(form);
    }
    const april = new Float64Array(ids.length * months.length);
    april[cell('ximen', '2021-04')] = 1;
    expect(knows.determines(april)).toBe(true);
  });
});
