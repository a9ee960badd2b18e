import { describe, expect, it } from 'vitest';
import { checkReport, reportedMetrics, usualRange } from '../../src/domain/report-rules';
import { sampleCatalogue } from '../../mocks/data/catalogue';

const catalogue = sampleCatalogue();
const pilot = { services: ['visits', 'grievances', 'parking', 'cables', 'case_station'] };
const noParking = { services: ['visits', 'grievances', 'cables'] };
const context = { catalogue, community: pilot, currentMonth: '2021-06' };

describe('checkReport: the rules at the door', () => {
  it('takes a sound report', () => {
    expect(checkReport({ month: '2021-06', values: { visits: 30, matters_collected: 5, problems_solved: 5 } }, context)).toEqual([]);
  });

  it('refuses a month in the future or not a month', () => {
    expect(checkReport({ month: '2021-07', values: {} }, context)).toEqual([{ code: 'future-month', latestAllowed: '2021-06' }]);
    expect(checkReport({ month: '2021-13', values: {} }, context)).toEqual([{ code: 'bad-month' }]);
  });

  it('takes only non-negative whole numbers', () => {
    const problems = checkReport({ month: '2021-05', values: { visits: -1, parking_spaces: 2.5, cables_cleared: '7', furniture_fixed: 2e9 } }, context);
    expect(problems).toEqual([
      { code: 'negative', metricId: 'visits' },
      { code: 'not-a-whole-number', metricId: 'parking_spaces' },
      { code: 'not-a-whole-number', metricId: 'cables_cleared' },
      { code: 'too-large', metricId: 'furniture_fixed' },
    ]);
  });

  it('refuses more solved than collected (a rate pairs them), and takes equal', () => {
    expect(checkReport({ month: '2021-05', values: { matters_collected: 4, problems_solved: 5 } }, context)).toEqual([{ code: 'above-pair', metricId: 'problems_solved', pairId: 'matters_collected' }]);
    expect(checkReport({ month: '2021-05', values: { matters_collected: 5, problems_solved: 5 } }, context)).toEqual([]);
  });

  it('takes only services the community offers, and no centre or unknown metric', () => {
    const problems = checkReport({ month: '2021-05', values: { parking_spaces: 3, community_cases: 1, centre_cases: 9, bogus: 1 } }, { ...context, community: noParking });
    expect(problems).toEqual([
      { code: 'service-not-offered', metricId: 'parking_spaces', service: 'parking' },
      { code: 'service-not-offered', metricId: 'community_cases', service: 'case_station' },
      { code: 'not-reported-by-communities', metricId: 'centre_cases' },
      { code: 'unknown-metric', metricId: 'bogus' },
    ]);
  });

  it('asks for a reason for a figure far outside the community’s own range, and takes it with one', () => {
    const history = { visits: [20, 25, 30] };
    expect(usualRange(history.visits)).toEqual({ low: 10, high: 60 });
    expect(checkReport({ month: '2021-05', values: { visits: 61 } }, { ...context, history })).toEqual([{ code: 'needs-reason', metricId: 'visits', low: 10, high: 60 }]);
    expect(checkReport({ month: '2021-05', values: { visits: 9 } }, { ...context, history })).toHaveLength(1);
    expect(checkReport({ month: '2021-05', values: { visits: 60 } }, { ...context, history })).toEqual([]);
    expect(checkReport({ month: '2021-05', values: { visits: 61 }, reasons: { visits: '  ' } }, { ...context, history })).toHaveLength(1);
    expect(checkReport({ month: '2021-05', values: { visits: 61 }, reasons: { visits: '全覆盖走访专项' } }, { ...context, history })).toEqual([]);
    // Too little history to know what is usual: no reason asked.
    expect(checkReport({ month: '2021-05', values: { visits: 500 } }, { ...context, history: { visits: [20, 25] } })).toEqual([]);
  });

  it('lists the fields of a community’s form: its services’ per-community metrics only', () => {
    expect(reportedMetrics(catalogue, noParking).map((m) => m.id)).toEqual(['visits', 'matters_collected', 'problems_solved', 'disputes_mediated', 'cables_cleared', 'greenery_repaired', 'kerbs_repaired', 'furniture_fixed']);
    expect(reportedMetrics(catalogue, pilot).map((m) => m.id)).toContain('community_cases');
  });
});
