// The access matrix (domain/access.ts) as requests and the status each role gets: the mock
// backend's browser test (tests/e2e/access.test.ts) and the real server's (server/tests) both
// run it, so the two backends cannot drift apart.

/** Every endpoint but the series, any period: 200 to anyone signed in. */
export const REFERENCE = ['/session', '/meta', '/communities', '/metrics', '/targets?years=2021&level=community', '/targets?years=2020,2021'];

export const series = (groupBy: string, from: string, to: string, communities?: string) =>
  `/series?metrics=visits&from=${from}&to=${to}&groupBy=${groupBy}${communities ? `&communities=${communities}` : ''}`;

/**
 * The series, by grouping, communities named and period length, with the status expected for
 * [leader, secretary-cilin, viewer]. Another community's figure only as a total over whole
 * quarters inside the data (2019-01 to 2021-06); one's own community and the subdistrict's
 * totals, anything.
 */
export const SERIES: Array<[path: string, expected: [number, number, number]]> = [
  // Subdistrict totals: any period.
  [series('none', '2021-03', '2021-03'), [200, 200, 200]],
  [series('month', '2021-02', '2021-05'), [200, 200, 200]],
  [series('none', '2021-01', '2021-06'), [200, 200, 200]],
  // Every community's totals: whole quarters only.
  [series('community', '2021-03', '2021-03'), [200, 403, 403]], // one month
  [series('community', '2021-02', '2021-03'), [200, 403, 403]], // two months
  [series('community', '2021-02', '2021-04'), [200, 403, 403]], // three months across quarters
  [series('community', '2021-01', '2021-04'), [200, 403, 403]], // a quarter and a month
  [series('community', '2021-01', '2021-03'), [200, 200, 200]], // a quarter
  [series('community', '2021-01', '2021-06'), [200, 200, 200]], // half a year
  [series('community', '2020-01', '2020-12'), [200, 200, 200]], // a year
  [series('community', '2020-07', '2021-06'), [200, 200, 200]], // four quarters across years
  [series('community', '2021-04', '2021-09'), [200, 403, 403]], // past the data
  // Month by month, every community: the leader only.
  [series('month,community', '2021-01', '2021-03'), [200, 403, 403]],
  [series('month,community', '2021-01', '2021-06'), [200, 403, 403]],
  // Naming communities: one's own, anything; another's, as a released total only.
  [series('month', '2021-03', '2021-03', 'cilin'), [200, 200, 403]],
  [series('month,community', '2021-01', '2021-06', 'cilin'), [200, 200, 403]],
  [series('community', '2021-03', '2021-03', 'cilin'), [200, 200, 403]],
  [series('month', '2021-01', '2021-06', 'ximen'), [200, 403, 403]],
  [series('community', '2021-03', '2021-03', 'ximen'), [200, 403, 403]],
  [series('community', '2021-01', '2021-03', 'ximen'), [200, 200, 200]],
  [series('none', '2021-01', '2021-06', 'cilin,ximen'), [200, 200, 200]],
  [series('month', '2021-01', '2021-06', 'cilin,ximen'), [200, 403, 403]],
];
export const USERS = ['leader', 'secretary-cilin', 'viewer'] as const;
