// Access rules, enforced by the mock HTTP server as a real backend would (domain/access.ts):
// for each role what is allowed answers 200 and what is not 401/403.
import { describe, expect, it, inject } from 'vitest';

const base = () => inject('baseUrl');
async function status(path: string, user?: string): Promise<number> {
  const response = await fetch(`${base()}/api${path}`, { headers: user ? { 'x-mock-user': user } : {} });
  await response.arrayBuffer();
  return response.status;
}

/** Every endpoint but the series, any period: 200 to anyone signed in. */
const REFERENCE = ['/session', '/meta', '/communities', '/metrics', '/targets?years=2021&level=community', '/targets?years=2020,2021'];

const series = (groupBy: string, from: string, to: string, communities?: string) =>
  `/series?metrics=visits&from=${from}&to=${to}&groupBy=${groupBy}${communities ? `&communities=${communities}` : ''}`;

/**
 * The series, by grouping, communities named and period length, with the status expected for
 * [leader, secretary-cilin, viewer]. Another community's figure only as a total over whole
 * quarters inside the data (2019-01 to 2021-06); one's own community and the subdistrict's
 * totals, anything.
 */
const SERIES: Array<[path: string, expected: [number, number, number]]> = [
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
const USERS = ['leader', 'secretary-cilin', 'viewer'] as const;

describe('access rules of the mock backend', () => {
  it('answers 401 on every endpoint to a missing or unknown user', async () => {
    for (const path of [...REFERENCE, ...SERIES.map(([p]) => p), '/overview?from=2021-01&to=2021-06']) {
      expect(await status(path), path).toBe(401);
      expect(await status(path, 'nobody'), path).toBe(401);
    }
  });

  it('answers the reference endpoints to every role', async () => {
    for (const user of USERS) for (const path of REFERENCE) expect(await status(path, user), `${user} ${path}`).toBe(200);
  });

  it('answers each series call by role, grouping, communities named and period length', async () => {
    for (const [path, expected] of SERIES) {
      for (const [i, user] of USERS.entries()) expect(await status(path, user), `${user} ${path}`).toBe(expected[i]);
    }
  });

  it('refuses the parts of GET /overview as their own endpoints do: no single month of every community for a viewer', async () => {
    const parts = async (user: string, from: string, to: string) => {
      const response = await fetch(`${base()}/api/overview?from=${from}&to=${to}`, { headers: { 'x-mock-user': user } });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { answers: Array<{ request: { path: string; params: Record<string, string> }; status: number }> };
      return body.answers.filter((a) => a.request.path === '/series' && a.request.params.groupBy === 'community').map((a) => a.status);
    };
    expect(await parts('viewer', '2021-06', '2021-06')).toEqual([403]);
    expect(await parts('secretary-cilin', '2021-06', '2021-06')).toEqual([403]);
    expect(await parts('leader', '2021-06', '2021-06')).toEqual([200]);
    expect(await parts('viewer', '2021-04', '2021-06')).toEqual([200]);
  });

  it('lists the demo users without a user (the switcher needs them to sign in)', async () => {
    expect(await status('/mock/users')).toBe(200);
  });

  it('answers a malformed path with 400, not a crash', async () => {
    const response = await fetch(`${base()}/%E0`);
    expect(response.status).toBe(400);
  });

  it('serves the app under a strict Content-Security-Policy', async () => {
    const response = await fetch(`${base()}/overview`);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('content-security-policy')).not.toContain('unsafe-inline');
  });
});
