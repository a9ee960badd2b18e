import { describe, expect, it } from 'vitest';
import { completionStats, type CommunityProgress } from '../../src/domain/progress';
import { completionSentence } from '../../src/lib/i18n/sentences';
import {
  areaTrendRows,
  areaWindow,
  yearToDateOf,
} from '../../src/domain/area-trend';
import type { Community } from '../../src/lib/api/contract';

const community = (id: string, name = `${id}社区`): Community => ({ id, name, households: 1000, services: ['visits'], tile: { row: 0, col: 0 } });

function progress(id: string, completion: number | null, pace: CommunityProgress['pace'] = null): CommunityProgress {
  return { community: community(id), value: completion === null ? null : completion * 100, target: 100, completion, paceRatio: completion, pace, yearVerdict: null };
}

describe('overview windows', () => {
  it('year to date runs from January of the period’s last year', () => {
    expect(yearToDateOf({ from: '2021-03', to: '2021-05' })).toEqual({ from: '2021-01', to: '2021-05' });
    expect(yearToDateOf({ from: '2020-11', to: '2021-02' })).toEqual({ from: '2021-01', to: '2021-02' });
  });

  it('one request covers the period’s and the year to date’s comparisons', () => {
    // 2021-06 alone: 环比 2021-05, 同比 2020-06, sparkline from 2020-07; YTD 2021-01..06 needs 2020-07..12 and 2020-01..06.
    expect(areaWindow({ from: '2021-06', to: '2021-06' })).toEqual({ from: '2020-01', to: '2021-06' });
    expect(areaWindow({ from: '2020-01', to: '2020-12' })).toEqual({ from: '2019-01', to: '2020-12' });
  });
});

describe('areaTrendRows', () => {
  const monthly = new Map<string, number | null>([
    ['2020-12', 999],
    ['2021-01', 10],
    ['2021-02', 20],
    ['2021-03', 30],
  ]);

  it('gives twelve months: values and running totals up to the period’s end, the even-pace target all year', () => {
    const rows = areaTrendRows(monthly, 1200, { from: '2021-01', to: '2021-03' });
    expect(rows).toHaveLength(12);
    expect(rows[0]).toEqual({ month: '2021-01', label: '1月', value: 10, cumulative: 10, target: 100 });
    expect(rows[2]).toEqual({ month: '2021-03', label: '3月', value: 30, cumulative: 60, target: 300 });
    expect(rows[3]).toEqual({ month: '2021-04', label: '4月', value: null, cumulative: null, target: 400 });
    expect(rows[11].target).toBe(1200);
  });

  it('has no target line without a target', () => {
    expect(areaTrendRows(monthly, null, { from: '2021-01', to: '2021-03' }).every((r) => r.target === null)).toBe(true);
  });
});

describe('completionSentence', () => {
  const label = '2021年1—6月各社区走访群众完成率';

  it('states the average without 未开通, the best, the worst and how many are behind', () => {
    const list = [progress('a', 1.2, 'ahead'), progress('b', 0.9, 'behind'), progress('c', 0.6, 'farBehind'), progress('d', null)];
    expect(completionSentence(label, completionStats(list), 3)).toBe(`${label}：社区平均 90.0%，a社区最高（120.0%），c社区最低（60.0%）；2 个社区落后于序时进度。`);
  });

  it('names the true best even when the chart shows only the ones furthest behind', () => {
    const list = [progress('a', 1.5, 'ahead'), progress('b', 1.0, 'onTrack'), progress('c', 0.5, 'farBehind')];
    expect(completionSentence(label, completionStats(list), 2)).toBe(`${label}：社区平均 100.0%，a社区最高（150.0%），c社区最低（50.0%）；1 个社区落后于序时进度。图中只显示完成率最低的 2 个社区。`);
  });

  it('says so when nothing can be compared', () => {
    expect(completionSentence(label, completionStats([progress('a', null)]), 0)).toBe(`${label}：暂无可比较的数据。`);
  });
});
