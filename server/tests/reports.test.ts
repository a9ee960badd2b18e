// Monthly reports in: a secretary's draft and submission, the rules at the door, a leader's
// 上报情况, return with a comment, approval (figures in, month locked), a correction with its audit trail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, startTestServer, type TestServer } from './support';

describe.each(BACKENDS)('monthly reports on %s', (backend) => {
  let server: TestServer;
  let june: Record<string, number>;
  beforeAll(async () => {
    server = await startTestServer(backend);
    const rows = await server.handle.db.selectFrom('figures').select(['metric_id', 'value']).where('community_id', '=', 'cilin').where('month', '=', '2021-06').execute();
    june = Object.fromEntries(rows.map((r) => [r.metric_id, Number(r.value)]));
    june.problems_solved = Math.min(june.problems_solved, june.matters_collected);
  });
  afterAll(() => server?.close());

  const send = async (method: string, path: string, user: 'leader' | 'secretary-cilin' | 'viewer', body?: unknown, origin = server.url) => {
    const response = await fetch(`${server.url}/api${path}`, { method, headers: { cookie: server.cookie(user), origin, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const error = (answer: { body: Record<string, unknown> }) => String(answer.body.error);

  it('takes a secretary’s own month only, by the rules at the door', async () => {
    expect((await send('PUT', '/reports/ximen/2021-07', 'secretary-cilin', { figures: june })).status).toBe(403);
    expect((await send('PUT', '/reports/cilin/2021-07', 'viewer', { figures: june })).status).toBe(403);
    expect((await send('PUT', '/reports/cilin/2021-07', 'secretary-cilin', { figures: june }, 'https://evil.example')).status).toBe(403);
    expect(error(await send('PUT', '/reports/cilin/2099-01', 'secretary-cilin', { figures: june }))).toContain('不能填报未来的月份');
    expect(error(await send('PUT', '/reports/cilin/2021-07', 'secretary-cilin', { figures: { ...june, visits: -3 } }))).toContain('visits 不能为负数');
    expect(error(await send('PUT', '/reports/cilin/2021-07', 'secretary-cilin', { figures: { centre_cases: 5 } }))).toContain('由街道填报');
    expect(error(await send('PUT', '/reports/cilin/2021-07', 'secretary-cilin', { figures: { matters_collected: 3, problems_solved: 4 } }))).toContain('problems_solved 不能多于 matters_collected');
    const far = { ...june, visits: june.visits * 10 };
    expect(error(await send('PUT', '/reports/cilin/2021-07', 'secretary-cilin', { figures: far }))).toMatch(/visits 远超本社区往常范围.*请填写原因/);
    const saved = await send('PUT', '/reports/cilin/2021-07', 'secretary-cilin', { figures: far, reasons: { visits: '全覆盖走访专项月' } });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ status: 'draft', figures: far });
  });

  it('goes draft → submitted → returned → submitted → approved, then is locked', async () => {
    const submitted = await send('POST', '/reports/cilin/2021-07/submit', 'secretary-cilin');
    expect(submitted.body).toMatchObject({ status: 'submitted' });
    expect((await send('PUT', '/reports/cilin/2021-07', 'secretary-cilin', { figures: june })).status).toBe(409);
    expect((await send('POST', '/reports/cilin/2021-07/approve', 'secretary-cilin')).status).toBe(403);

    const status = await send('GET', '/reports?month=2021-07', 'leader');
    const rows = status.body.communities as Array<{ communityId: string; status: string; onTime: boolean | null }>;
    expect(rows.find((r) => r.communityId === 'cilin')).toMatchObject({ status: 'submitted', onTime: false });
    expect(rows.filter((r) => r.status === 'none')).toHaveLength(rows.length - 1);
    expect((await send('GET', '/reports?month=2021-07', 'secretary-cilin')).status).toBe(403);

    expect(error(await send('POST', '/reports/cilin/2021-07/return', 'leader', {}))).toBe('退回时请写明原因');
    expect((await send('POST', '/reports/cilin/2021-07/return', 'leader', { comment: '走访户数请核实' })).body).toMatchObject({ status: 'returned', comment: '走访户数请核实' });
    expect((await send('PUT', '/reports/cilin/2021-07', 'secretary-cilin', { figures: june })).body).toMatchObject({ status: 'draft' });
    await send('POST', '/reports/cilin/2021-07/submit', 'secretary-cilin');
    expect((await send('POST', '/reports/cilin/2021-07/approve', 'leader')).body).toMatchObject({ status: 'approved' });

    const stored = await server.handle.db.selectFrom('figures').select('value').where('community_id', '=', 'cilin').where('month', '=', '2021-07').where('metric_id', '=', 'visits').executeTakeFirstOrThrow();
    expect(Number(stored.value)).toBe(june.visits);
    expect(error(await send('PUT', '/reports/cilin/2021-07', 'secretary-cilin', { figures: june }))).toBe('本月已审核通过，已锁定');
  });

  it('corrects an approved month only with a reason, and keeps who, when, old → new', async () => {
    expect(error(await send('POST', '/reports/cilin/2021-07/corrections', 'leader', { figures: { visits: june.visits + 1 } }))).toBe('更正须写明原因');
    expect((await send('POST', '/reports/cilin/2021-07/corrections', 'secretary-cilin', { figures: { visits: 1 }, reason: 'x' })).status).toBe(403);
    const corrected = await send('POST', '/reports/cilin/2021-07/corrections', 'leader', { figures: { visits: june.visits + 1 }, reason: '漏报一户' });
    expect(corrected.status).toBe(200);
    expect(corrected.body.audit).toEqual([{ at: expect.stringMatching(/\+08:00$/), userId: 'leader', metricId: 'visits', old: june.visits, new: june.visits + 1, reason: '漏报一户' }]);
    const stored = await server.handle.db.selectFrom('figures').select('value').where('community_id', '=', 'cilin').where('month', '=', '2021-07').where('metric_id', '=', 'visits').executeTakeFirstOrThrow();
    expect(Number(stored.value)).toBe(june.visits + 1);
  });
});
