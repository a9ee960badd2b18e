import { describe, expect, it } from 'vitest';
import {
  attentionList,
  communityProgress,
  meanOf,
  metricProgress,
  progressWindow,
  type CommunityProgress,
} from '../../src/domain/progress';
import { progressSentence, type SummaryInput } from '../../src/lib/i18n/sentences';
import { indexTargets } from '../../src/domain/targets';
import type { Community, Metric, Target } from '../../src/lib/api/contract';
import { formatSignedPercent } from '../../src/lib/i18n/format';

function community(id: string, name: string): Community {
  return { id, name, households: 1000, services: ['visits'], tile: { row: 0, col: 0 } };
}

function metric(id: Metric['id'], name: string, higherIsBetter: boolean): Metric {
  return { id, name, area: 'visits', unit: '件', higherIsBetter, scope: 'community', definition: `${name}的口径` };
}

const visits = { id: 'visits', higherIsBetter: true } as const;
const cases = { id: 'community_cases', higherIsBetter: false } as const;

const targets: Target[] = [
  { metricId: 'visits', year: 2020, communityId: null, value: 1200 },
  { metricId: 'visits', year: 2021, communityId: null, value: 2400 },
  { metricId: 'community_cases', year: 2021, communityId: null, value: 1200 },
  { metricId: 'visits', year: 2021, communityId: 'aa', value: 240 },
  { metricId: 'visits', year: 2021, communityId: 'bb', value: 120 },
  { metricId: 'visits', year: 2021, communityId: 'cc', value: 600 },
  { metricId: 'visits', year: 2021, communityId: 'dd', value: 120 },
  { metricId: 'visits', year: 2021, communityId: 'ff', value: 120 },
  { metricId: 'visits', year: 2021, communityId: 'gg', value: 120 },
  { metricId: 'community_cases', year: 2021, communityId: 'aa', value: 120 },
  { metricId: 'community_cases', year: 2021, communityId: 'bb', value: 120 },
  { metricId: 'community_cases', year: 2021, communityId: 'cc', value: 120 },
];
const index = indexTargets(targets);

// visits: 100 a month through 2020, then 150, 160, …, 200 for January to June 2021.
const visitsMonthly = new Map<string, number | null>([
  ['2020-01', 100], ['2020-02', 100], ['2020-03', 100], ['2020-04', 100], ['2020-05', 100], ['2020-06', 100],
  ['2020-07', 100], ['2020-08', 100], ['2020-09', 100], ['2020-10', 100], ['2020-11', 100], ['2020-12', 100],
  ['2021-01', 150], ['2021-02', 160], ['2021-03', 170], ['2021-04', 180], ['2021-05', 190], ['2021-06', 200],
]);

// community_cases (lower is better): 2020-04..09 not in the data at all.
const casesMonthly = new Map<string, number | null>([
  ['2020-01', 110], ['2020-02', 100], ['2020-03', 90],
  ['2020-10', 120], ['2020-11', 120], ['2020-12', 120],
  ['2021-01', 80], ['2021-02', 90], ['2021-03', 100],
]);

describe('progressWindow', () => {
  it('covers the previous period, last year’s same period, the 12 months to `to` and January', () => {
    // previous 2021-01..03, last year 2020-04..06, 12 months from 2020-07, January 2021-01.
    expect(progressWindow({ from: '2021-04', to: '2021-06' })).toEqual({ from: '2020-04', to: '2021-06' });
    // previous 2021-02, last year 2020-03, 12 months from 2020-04.
    expect(progressWindow({ from: '2021-03', to: '2021-03' })).toEqual({ from: '2020-03', to: '2021-03' });
    // previous and last year both 2020-01..12.
    expect(progressWindow({ from: '2021-01', to: '2021-12' })).toEqual({ from: '2020-01', to: '2021-12' });
  });

  it('across a year boundary', () => {
    // previous 2020-07..10, last year 2019-11..2020-02, 12 months from 2020-03, January 2021-01.
    expect(progressWindow({ from: '2020-11', to: '2021-02' })).toEqual({ from: '2019-11', to: '2021-02' });
  });

  it('for a period longer than a year the previous period starts first', () => {
    // 30 months: previous 2016-07..2018-12.
    expect(progressWindow({ from: '2019-01', to: '2021-06' })).toEqual({ from: '2016-07', to: '2021-06' });
  });

  it('gives metricProgress every figure when the data covers exactly the window', () => {
    const period = { from: '2021-04', to: '2021-06' };
    const window = progressWindow(period);
    const only = new Map([...visitsMonthly].filter(([m]) => m >= window.from && m <= window.to));
    expect(only.has('2020-03')).toBe(false);
    const p = metricProgress(visits, only, index, period);
    expect(p.vsPrevious).not.toBeNull();
    expect(p.vsLastYear).not.toBeNull();
    expect(p.yearCompletion).not.toBeNull();
    expect(p.sparkline.every((s) => s.value !== null)).toBe(true);
  });
});

describe('metricProgress', () => {
  it('within one year (higher is better)', () => {
    const p = metricProgress(visits, visitsMonthly, index, { from: '2021-04', to: '2021-06' });
    expect(p.value).toBe(570); // 180 + 190 + 200
    expect(p.target).toBe(600); // 2400 × 3/12
    expect(p.completion).toBe(0.95);
    expect(p.yearTarget).toBe(2400);
    expect(p.yearCompletion).toBeCloseTo(1050 / 2400, 12); // 150 + … + 200 = 1050
    expect(p.yearCompletion).toBeCloseTo(0.4375, 12);
    expect(p.elapsedShare).toBe(0.5);
    expect(p.paceRatio).toBe(0.95);
    expect(p.pace).toBe('onTrack');
    // previous 2021-01..03: 150 + 160 + 170 = 480
    expect(p.vsPrevious?.absolute).toBe(90);
    expect(p.vsPrevious?.relative).toBeCloseTo(0.1875, 12);
    // last year 2020-04..06: 300
    expect(p.vsLastYear?.absolute).toBe(270);
    expect(p.vsLastYear?.relative).toBeCloseTo(0.9, 12);
    expect(p.sparkline).toEqual([
      { month: '2020-07', value: 100 },
      { month: '2020-08', value: 100 },
      { month: '2020-09', value: 100 },
      { month: '2020-10', value: 100 },
      { month: '2020-11', value: 100 },
      { month: '2020-12', value: 100 },
      { month: '2021-01', value: 150 },
      { month: '2021-02', value: 160 },
      { month: '2021-03', value: 170 },
      { month: '2021-04', value: 180 },
      { month: '2021-05', value: 190 },
      { month: '2021-06', value: 200 },
    ]);
  });

  it('across a year boundary', () => {
    const p = metricProgress(visits, visitsMonthly, index, { from: '2020-11', to: '2021-02' });
    expect(p.value).toBe(510); // 100 + 100 + 150 + 160
    expect(p.target).toBe(600); // 1200 × 2/12 + 2400 × 2/12 = 200 + 400
    expect(p.completion).toBeCloseTo(0.85, 12);
    expect(p.pace).toBe('behind');
    // The year the period ends in: 2021, January to February.
    expect(p.yearTarget).toBe(2400);
    expect(p.yearCompletion).toBeCloseTo(310 / 2400, 12);
    expect(p.elapsedShare).toBeCloseTo(2 / 12, 12);
    // previous 2020-07..10: 400
    expect(p.vsPrevious?.absolute).toBe(110);
    expect(p.vsPrevious?.relative).toBeCloseTo(0.275, 12);
    // last year 2019-11..2020-02 is not in the data: no 同比, not a comparison with a partial sum.
    expect(p.vsLastYear).toBeNull();
    expect(p.sparkline.map((s) => s.month)).toEqual([
      '2020-03', '2020-04', '2020-05', '2020-06', '2020-07', '2020-08',
      '2020-09', '2020-10', '2020-11', '2020-12', '2021-01', '2021-02',
    ]);
    expect(p.sparkline.map((s) => s.value)).toEqual([100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 150, 160]);
  });

  it('lower is better: staying under the prorated ceiling is ahead', () => {
    const p = metricProgress(cases, casesMonthly, index, { from: '2021-01', to: '2021-03' });
    expect(p.value).toBe(270);
    expect(p.target).toBe(300); // 1200 × 3/12
    expect(p.completion).toBeCloseTo(0.9, 12);
    expect(p.paceRatio).toBeCloseTo(300 / 270, 12);
    expect(p.pace).toBe('ahead');
    expect(p.yearTarget).toBe(1200);
    expect(p.yearCompletion).toBeCloseTo(0.225, 12);
    expect(p.elapsedShare).toBe(0.25);
    // previous 2020-10..12: 360
    expect(p.vsPrevious).toEqual({ absolute: -90, relative: -0.25 });
    // last year 2020-01..03: 300
    expect(p.vsLastYear?.absolute).toBe(-30);
    expect(p.vsLastYear?.relative).toBeCloseTo(-0.1, 12);
    // 2020-04..09 are missing: null points, not zeros.
    expect(p.sparkline.map((s) => s.value)).toEqual([null, null, null, null, null, null, 120, 120, 120, 80, 90, 100]);
    expect(p.sparkline[0].month).toBe('2020-04');
    expect(p.sparkline[11].month).toBe('2021-03');
  });

  it('lower is better: over the ceiling is behind', () => {
    const m = new Map<string, number | null>([['2021-01', 125]]);
    const p = metricProgress(cases, m, index, { from: '2021-01', to: '2021-01' });
    expect(p.target).toBe(100);
    expect(p.paceRatio).toBeCloseTo(0.8, 12);
    expect(p.pace).toBe('behind');
  });

  it('without a target: null target, completion and pace, but still a value and deltas', () => {
    const p = metricProgress(cases, casesMonthly, index, { from: '2020-10', to: '2020-12' });
    expect(p.value).toBe(360);
    expect(p.target).toBeNull();
    expect(p.completion).toBeNull();
    expect(p.yearTarget).toBeNull();
    expect(p.yearCompletion).toBeNull();
    expect(p.paceRatio).toBeNull();
    expect(p.pace).toBeNull();
    expect(p.vsPrevious).toBeNull(); // 2020-07..09 missing
  });

  it('with a community id uses that community’s target', () => {
    const p = metricProgress(visits, visitsMonthly, index, { from: '2021-01', to: '2021-06' }, 'aa');
    expect(p.value).toBe(1050);
    expect(p.target).toBe(120); // 240 × 6/12
    expect(p.yearTarget).toBe(240);
  });
});

describe('communityProgress', () => {
  const communities = [
    community('bb', '北门社区'),
    community('dd', '东关社区'),
    community('aa', '安居社区'),
    community('ee', '二里社区'),
    community('cc', '城南社区'),
    community('ff', '丰收社区'),
    community('gg', '桂园社区'),
  ];
  const period = { from: '2021-01', to: '2021-06' };

  it('gives each community, in the catalogue’s order, its completion; no value (未开通) and no target have none, never 0', () => {
    const values = new Map<string, number | null>([
      ['aa', 132], // target 120 → 1.1
      ['bb', 30], // target 60 → 0.5
      ['cc', 270], // target 300 → 0.9
      ['dd', null], // 未开通
      ['ee', 50], // no target
      ['ff', 0], // target 60 → 0: a real zero
      // gg: absent from the values
    ]);
    const rows = communityProgress(visits, communities, values, index, period);
    expect(rows.map((r) => r.community.id)).toEqual(['bb', 'dd', 'aa', 'ee', 'cc', 'ff', 'gg']);
    expect(rows.map((r) => r.pace)).toEqual(['farBehind', null, 'ahead', null, 'behind', 'farBehind', null]);

    const byId = new Map(rows.map((r) => [r.community.id, r]));
    expect(byId.get('aa')).toMatchObject({ value: 132, target: 120 });
    expect(byId.get('aa')?.completion).toBeCloseTo(1.1, 12);
    expect(byId.get('cc')).toMatchObject({ value: 270, target: 300 });
    expect(byId.get('cc')?.paceRatio).toBeCloseTo(0.9, 12);
    expect(byId.get('bb')).toMatchObject({ value: 30, target: 60, completion: 0.5, paceRatio: 0.5 });
    expect(byId.get('ff')).toMatchObject({ value: 0, target: 60, completion: 0, paceRatio: 0, pace: 'farBehind' });
    expect(byId.get('dd')).toEqual({ community: communities[1], value: null, target: 60, completion: null, paceRatio: null, pace: null, yearVerdict: null });
    expect(byId.get('ee')).toMatchObject({ value: 50, target: null, completion: null, paceRatio: null, pace: null });
    expect(byId.get('gg')).toMatchObject({ value: null, target: 60, completion: null, paceRatio: null, pace: null });
  });

  it('gives each community a closed year’s 全年完成 / 未完成 (a ceiling: 未完成 when over it), and none before December', () => {
    const values = new Map<string, number | null>([
      ['aa', 100_000],
      ['bb', 1],
      ['dd', null],
      ['ee', 50], // no target
    ]);
    const year = { from: '2021-01', to: '2021-12' };
    const verdicts = (m: Parameters<typeof communityProgress>[0], p: typeof period) => communityProgress(m, communities.slice(0, 4), values, index, p).map((r) => [r.community.id, r.yearVerdict]);
    expect(verdicts(visits, year)).toEqual([['bb', 'notDone'], ['dd', null], ['aa', 'done'], ['ee', null]]);
    expect(verdicts(cases, year)).toEqual([['bb', 'done'], ['dd', null], ['aa', 'notDone'], ['ee', null]]);
    expect(verdicts(visits, period).every(([, v]) => v === null)).toBe(true);
  });

  it('lower is better: the further under the ceiling, the higher the pace ratio', () => {
    const values = new Map<string, number | null>([
      ['aa', 75], // ceiling 60 → 0.8
      ['bb', 40], // → 1.5
      ['cc', 60], // → 1
      ['dd', null],
    ]);
    const rows = communityProgress(cases, communities.slice(0, 5), values, index, period);
    expect(rows.map((r) => r.community.id)).toEqual(['bb', 'dd', 'aa', 'ee', 'cc']);
    expect(rows.map((r) => r.pace)).toEqual(['ahead', null, 'behind', null, 'onTrack']);
    expect(rows[0].paceRatio).toBeCloseTo(1.5, 12);
    expect(rows[2].paceRatio).toBeCloseTo(0.8, 12);
    expect(rows[2].completion).toBeCloseTo(1.25, 12);
    expect(rows[4].paceRatio).toBeCloseTo(1, 12);
  });
});

describe('meanOf', () => {
  it('averages the values present; nulls do not drag it down', () => {
    expect(meanOf([0.5, null, 1])).toBe(0.75);
    expect(meanOf([null, 0.9, null])).toBe(0.9);
    expect(meanOf([0, 1])).toBe(0.5);
  });

  it('is null when no value is present', () => {
    expect(meanOf([])).toBeNull();
    expect(meanOf([null, null])).toBeNull();
  });
});

describe('attentionList', () => {
  const m1 = metric('visits', '走访群众', true);
  const m2 = metric('community_cases', '社区案件', false);
  const row = (id: string, paceRatio: number | null, pace: CommunityProgress['pace']): CommunityProgress => ({
    community: community(id, id),
    value: paceRatio === null ? null : 1,
    target: 1,
    completion: paceRatio,
    paceRatio,
    pace,
    yearVerdict: null,
  });
  const byMetric = [
    { metric: m1, rows: [row('aa', 1.2, 'ahead'), row('bb', 0.85, 'behind'), row('cc', 0.5, 'farBehind'), row('dd', null, null)] },
    { metric: m2, rows: [row('aa', 0.96, 'onTrack'), row('bb', 0.7, 'farBehind'), row('cc', 0.9, 'behind')] },
  ];

  it('keeps only behind and farBehind, worst first', () => {
    const list = attentionList(byMetric);
    expect(list.map((i) => [i.metric.id, i.progress.community.id, i.progress.paceRatio])).toEqual([
      ['visits', 'cc', 0.5],
      ['community_cases', 'bb', 0.7],
      ['visits', 'bb', 0.85],
      ['community_cases', 'cc', 0.9],
    ]);
  });

  it('respects the limit', () => {
    expect(attentionList(byMetric, 2).map((i) => [i.metric.id, i.progress.community.id])).toEqual([
      ['visits', 'cc'],
      ['community_cases', 'bb'],
    ]);
    expect(attentionList(byMetric, 0)).toEqual([]);
  });

  it('keeps at most perMetric pairs of one metric, so noisy small counts cannot fill the list', () => {
    expect(attentionList(byMetric, 10, 1).map((i) => [i.metric.id, i.progress.community.id])).toEqual([
      ['visits', 'cc'],
      ['community_cases', 'bb'],
    ]);
  });

  it('defaults to at most ten', () => {
    const many = Array.from({ length: 15 }, (_, i) => row(`c${i}`, i / 100, 'farBehind'));
    const list = attentionList([{ metric: m1, rows: many }]);
    expect(list).toHaveLength(10);
    expect(list[0].progress.community.id).toBe('c0');
    expect(list[9].progress.community.id).toBe('c9');
  });

  it('is empty when nothing is behind', () => {
    expect(attentionList([{ metric: m1, rows: [row('aa', 1, 'onTrack'), row('bb', null, null)] }])).toEqual([]);
  });

  it('in a closed year lists every 未完成, including one on pace (97%), and none 全年完成', () => {
    const closed = (id: string, ratio: number, pace: CommunityProgress['pace']) => ({ ...row(id, ratio, pace), yearVerdict: ratio >= 1 ? ('done' as const) : ('notDone' as const) });
    const list = attentionList([{ metric: m1, rows: [closed('aa', 1.02, 'onTrack'), closed('bb', 0.97, 'onTrack'), closed('cc', 0.6, 'farBehind')] }]);
    expect(list.map((i) => i.progress.community.id)).toEqual(['cc', 'bb']);
  });
});

describe('formatSignedPercent', () => {
  it('signs a change with one decimal', () => {
    expect(formatSignedPercent(0.091)).toBe('+9.1%');
    expect(formatSignedPercent(-0.03)).toBe('-3.0%');
    expect(formatSignedPercent(1.5)).toBe('+150.0%');
    expect(formatSignedPercent(0)).toBe('0.0%');
  });
});

describe('progressSentence', () => {
  const base: SummaryInput = {
    periodLabel: '2021年1—6月',
    metricName: '走访群众',
    unit: '户',
    progress: { value: 1562, yearCompletion: 0.482, pace: 'onTrack', vsLastYear: { absolute: 131, relative: 0.091 } },
  };
  const withProgress = (progress: Partial<SummaryInput['progress']>): SummaryInput => ({ ...base, progress: { ...base.progress, ...progress } });

  it('writes every part', () => {
    expect(progressSentence(base)).toBe('2021年1—6月走访群众 1,562 户，完成年度目标 48.2%，序时进度正常；同比 +9.1%。');
  });

  it('writes a fall as a negative change', () => {
    expect(progressSentence(withProgress({ vsLastYear: { absolute: -48, relative: -0.03 } }))).toBe(
      '2021年1—6月走访群众 1,562 户，完成年度目标 48.2%，序时进度正常；同比 -3.0%。',
    );
  });

  it('names each pace status', () => {
    expect(progressSentence(withProgress({ pace: 'farBehind', vsLastYear: null }))).toBe('2021年1—6月走访群众 1,562 户，完成年度目标 48.2%，序时进度严重滞后。');
    expect(progressSentence(withProgress({ pace: 'behind', vsLastYear: null }))).toBe('2021年1—6月走访群众 1,562 户，完成年度目标 48.2%，序时进度滞后。');
    expect(progressSentence(withProgress({ pace: 'ahead', vsLastYear: null }))).toBe('2021年1—6月走访群众 1,562 户，完成年度目标 48.2%，序时进度超前。');
  });

  it('leaves out the parts that are null', () => {
    expect(progressSentence(withProgress({ yearCompletion: null }))).toBe('2021年1—6月走访群众 1,562 户，序时进度正常；同比 +9.1%。');
    expect(progressSentence(withProgress({ pace: null }))).toBe('2021年1—6月走访群众 1,562 户，完成年度目标 48.2%；同比 +9.1%。');
    expect(progressSentence(withProgress({ vsLastYear: null }))).toBe('2021年1—6月走访群众 1,562 户，完成年度目标 48.2%，序时进度正常。');
    expect(progressSentence(withProgress({ vsLastYear: { absolute: 1562, relative: null } }))).toBe(
      '2021年1—6月走访群众 1,562 户，完成年度目标 48.2%，序时进度正常。',
    );
    expect(progressSentence(withProgress({ yearCompletion: null, pace: null, vsLastYear: null }))).toBe('2021年1—6月走访群众 1,562 户。');
  });

  it('keeps a zero value (it is data, not missing)', () => {
    expect(progressSentence(withProgress({ value: 0, yearCompletion: 0, pace: 'farBehind', vsLastYear: null }))).toBe(
      '2021年1—6月走访群众 0 户，完成年度目标 0.0%，序时进度严重滞后。',
    );
  });

  it('says 暂无数据 when there is no value', () => {
    expect(progressSentence(withProgress({ value: null }))).toBe('2021年1—6月走访群众暂无数据。');
  });
});
