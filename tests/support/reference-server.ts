// Starts the reference backend (server/main.ts) for a browser: a fresh PGlite folder, seeded,
// one leader added, the build served beside /api; returns the leader's session cookie.
// What `npm run serve` runs, in its own process (so it never shares an event loop with the
// browser driver). Scale: the sample set, or `communities × months` as `server:seed` makes it.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ReferenceServer {
  url: string;
  /** The signed-in leader's session: name and value of the cookie. */
  cookie: { name: string; value: string };
  stop: () => void;
}

export async function startReferenceServer(port: number, { communities, months, cwd }: { communities?: number; months?: number; cwd?: string } = {}): Promise<ReferenceServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ref-server-'));
  const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' };
  const tsx = (script: string, args: string[], extra: Record<string, string> = {}) =>
    execFileSync(process.execPath, ['--import', 'tsx', script, ...args], { cwd, env: { ...env, ...extra }, stdio: 'pipe' });
  const scale = communities && months ? ['--communities', String(communities), '--months', String(months)] : [];
  tsx('server/cli/seed.ts', scale);
  const password = randomBytes(12).toString('base64url');
  tsx('server/cli/user.ts', ['--id', 'bench-leader', '--name', '测试领导', '--role', 'leader'], { PASSWORD: password });

  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { cwd, env: { ...env, PORT: String(port), DIST_DIR: 'dist' }, stdio: ['ignore', 'pipe', 'inherit'] });
  const stop = () => {
    child.kill();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
        if (match) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`reference server exited (${code}): ${out}`)));
    });
    const signIn = await fetch(`${url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json', origin: url }, body: JSON.stringify({ username: 'bench-leader', password }) });
    if (!signIn.ok) throw new Error(`sign-in to the reference server: ${signIn.status} ${await signIn.text()}`);
    const [name, value] = signIn.headers.getSetCookie()[0].split(';')[0].split('=');
    return { url, cookie: { name, value }, stop };
  } catch (error) {
    stop();
    throw error;
  }
}
