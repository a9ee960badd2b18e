// Issue 26 done-when, in the production build on the real server: server/main.ts on a fresh
// PGlite (seeded, two users added by the admin commands); in Chromium the secretary signs in on a
// phone, submits the due month, the leader signs in and approves it, and the overview's 走访群众
// card shows the new figure under 数据截至 that month.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { PHONE } from './browser';

const PASSWORD = 'correct horse battery';
let dataDir: string;
let server: ChildProcess;
let baseUrl: string;
let browser: Browser;

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

const tsx = (script: string, args: string[], env: Record<string, string>) => execFileSync(process.execPath, ['--import', 'tsx', script, ...args], { env: { ...process.env, ...env }, stdio: 'pipe' });

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'report-flow-'));
  const env = { DATA_DIR: dataDir, PASSWORD };
  tsx('server/cli/seed.ts', [], env);
  tsx('server/cli/user.ts', ['--id', 'li', '--name', '李主任', '--role', 'leader', '--password', PASSWORD], env);
  tsx('server/cli/user.ts', ['--id', 'wang', '--name', '词林社区书记', '--role', 'secretary', '--community', 'cilin', '--password', PASSWORD], env);
  const port = await freePort();
  server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { env: { ...process.env, ...env, PORT: String(port), DIST_DIR: 'dist' }, stdio: ['ignore', 'pipe', 'inherit'] });
  baseUrl = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (match) resolve(match[1]);
    });
    server.once('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.kill();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function signIn(username: string, device: object = {}): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', serviceWorkers: 'block', ...device });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/signin`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByLabel('密码').press('Enter');
  await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
  return page;
}

const visitsCard = (page: Page) => page.locator('article.kpi', { hasText: '走访群众' }).first();

describe('monthly report, end to end on the real server', () => {
  it('the secretary submits on a phone, the leader approves, the overview shows it', async () => {
    const secretary = await signIn('wang', PHONE);
    await secretary.goto(`${baseUrl}/report`);
    await secretary.getByRole('heading', { name: '词林社区 2021年7月月报' }).waitFor();
    const hint = await secretary.locator('#report-visits-hint').textContent();
    const last = Number(/上月 ([\d,]+)/.exec(hint ?? '')?.[1].replace(/,/g, ''));
    expect(last).toBeGreaterThan(0);
    const visits = last + 1;
    await secretary.getByLabel('走访群众（户）').fill(String(visits));
    await secretary.getByRole('button', { name: '提交' }).click();
    await secretary.getByText('已提交，等待街道审核').first().waitFor();
    expect(await secretary.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    const leader = await signIn('li');
    const before = (await leader.evaluate(async () => (await (await fetch('/api/series?metrics=visits&from=2021-01&to=2021-06&groupBy=none')).json()) as { rows: Array<{ value: number }> })).rows[0].value;
    await leader.goto(`${baseUrl}/reports`);
    await leader.getByRole('heading', { name: '上报情况 · 2021年7月' }).waitFor();
    await leader.getByRole('button', { name: '审核 词林社区' }).click();
    await leader.getByRole('button', { name: '通过', exact: true }).click();
    await leader.getByRole('row', { name: /词林社区/ }).getByText('已通过').waitFor();

    await leader.goto(`${baseUrl}/overview`);
    await expect.poll(() => leader.locator('header.shell__header').textContent(), { timeout: 20_000 }).toContain('数据截至 2021年7月');
    await expect.poll(() => visitsCard(leader).textContent(), { timeout: 15_000 }).toContain((before + visits).toLocaleString('zh-CN'));
  }, 120_000);
});
