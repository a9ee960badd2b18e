// Starts `mocks/demo.ts` (what `npm run demo` serves) in its own process, so the server
// never shares an event loop with the browser driver that measures it.
import { spawn } from 'node:child_process';

/** `cwd`: another checkout with its own `dist/` (the bench's before/after comparison). */
export async function startDemoProcess(port: number, env: Record<string, string> = {}, cwd?: string): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'mocks/demo.ts'], {
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
