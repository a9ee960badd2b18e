// Starts `mocks/demo.ts` (what `npm run demo` serves) in its own process, so the server
// never shares an event loop with the browser driver that measures it.
import { spawn } from 'node:child_process';

/** `cwd`: another checkout with its own `dist/` (the bench's before/after comparison). */
export async function startDemoProcess(port: number, env: Record<string, string> = {}, cwd?: string, script = 'mocks/demo.ts'): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd,
    env: { ...process.env, PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /at (http:\/\/\S+?)\/? /.exec(out);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`demo server exited (${code}): ${out}`)));
  });
  return { url, stop: () => child.kill() };
}

/**
 * The deployed shape: the mock API alone in one process, the build served by a static server that
 * forwards `/api` to it in another (mocks/static-proxy.ts). Ports `port` (the page) and `port + 10` (the API).
 * `dist`: the build folder the static server serves (default `dist`).
 */
export async function startProxiedDemo(port: number, env: Record<string, string> = {}, cwd?: string, dist?: string): Promise<{ url: string; stop: () => void }> {
  const api = await startDemoProcess(port + 10, { ...env, API_ONLY: '1' }, cwd);
  try {
    const front = await startDemoProcess(port, { API_ORIGIN: api.url, ...(dist ? { DIST: dist } : {}) }, cwd, 'mocks/static-proxy.ts');
    return { url: front.url, stop: () => (front.stop(), api.stop()) };
  } catch (error) {
    api.stop();
    throw error;
  }
}
