// Access rules, enforced by the mock HTTP server as a real backend would (domain/access.ts):
// for each role what is allowed answers 200 and what is not 401/403.
import { describe, expect, it, inject } from 'vitest';

const base = () => inject('baseUrl');
async function status(path: string, user?: string): Promise<number> {
  const response = await fetch(`${base()}/api${path}`, { headers: user ? { 'x-mock-user': user } : {} });
  await response.arrayBuffer();
  return response.status;
}

const PUBLIC = [
  '/session',
  '/meta',
  '/communities',
  '/metrics',
  '/targets?years=2021&level=community',
  '/series?metrics=visits&from=2021-01&to=2021-06&groupBy=none',
  '/series?metrics=visits&from=2021-01&to=2021-06&groupBy=month',
  // Every community's totals: the rankings, public within the subdistrict.
  '/series?metrics=visits&from=2021-01&to=2021-06&groupBy=community',
];
const CILIN_DETAIL = '/series?metrics=visits&from=2021-01&to=2021-06&groupBy=month&communities=cilin';
const XIMEN_DETAIL = '/series?metrics=visits&from=2021-01&to=2021-06&groupBy=month&communities=ximen';
const ALL_MONTHLY = '/series?metrics=visits&from=2021-01&to=2021-06&groupBy=month,community';
const NAMING_OTHERS = '/series?metrics=visits&from=2021-01&to=2021-06&groupBy=community&communities=ximen';

describe('access rules of the mock backend', () => {
  it('answers 401 on every endpoint to a missing or unknown user', async () => {
    for (const path of PUBLIC) {
      expect(await status(path), path).toBe(401);
      expect(await status(path, 'nobody'), path).toBe(401);
    }
  });

  it('lets a leader see everything', async () => {
    for (const path of [...PUBLIC, CILIN_DETAIL, XIMEN_DETAIL, ALL_MONTHLY, NAMING_OTHERS]) expect(await status(path, 'leader'), path).toBe(200);
  });

  it('lets a secretary see every community’s totals, and month-by-month detail of their own community only', async () => {
    for (const path of [...PUBLIC, CILIN_DETAIL]) expect(await status(path, 'secretary-cilin'), path).toBe(200);
    for (const path of [XIMEN_DETAIL, ALL_MONTHLY, NAMING_OTHERS]) expect(await status(path, 'secretary-cilin'), path).toBe(403);
  });

  it('lets a viewer see subdistrict totals and rankings only', async () => {
    for (const path of PUBLIC) expect(await status(path, 'viewer'), path).toBe(200);
    for (const path of [CILIN_DETAIL, XIMEN_DETAIL, ALL_MONTHLY, NAMING_OTHERS]) expect(await status(path, 'viewer'), path).toBe(403);
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
