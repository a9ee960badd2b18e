// Access rules, enforced by the mock HTTP server as a real backend would (domain/access.ts):
// for each role what is allowed answers 200 and what is not 401/403.
import { describe, expect, it, inject } from 'vitest';
import { REFERENCE, SERIES, USERS } from '../support/access-matrix';

const base = () => inject('baseUrl');
async function status(path: string, user?: string): Promise<number> {
  const response = await fetch(`${base()}/api${path}`, { headers: user ? { 'x-mock-user': user } : {} });
  await response.arrayBuffer();
  return response.status;
}

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
