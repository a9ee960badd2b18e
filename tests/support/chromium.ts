// Finds Debian's Chromium for browser tests, benchmarks and screenshots (CHROME_PATH overrides).
// Where it is missing: installs it when running as root, otherwise says exactly what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const DEFAULT_PATH = '/usr/bin/chromium';
const INSTALL = 'apt-get update && apt-get install -y chromium fonts-noto-cjk';

export function ensureChromium(): string {
  const wanted = process.env.CHROME_PATH;
  if (wanted) {
    if (!existsSync(wanted)) throw new Error(`CHROME_PATH=${wanted} does not exist`);
    return wanted;
  }
  if (existsSync(DEFAULT_PATH)) return DEFAULT_PATH;
  if (process.getuid?.() === 0) {
    console.log(`Chromium is missing: running "${INSTALL}"`);
    execFileSync('sh', ['-c', `${INSTALL} >/dev/null`], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (existsSync(DEFAULT_PATH)) return DEFAULT_PATH;
  }
  throw new Error(`Chromium not found at ${DEFAULT_PATH}. Install it with: sudo sh -c '${INSTALL}' (or set CHROME_PATH to a Chromium binary).`);
}

export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  // --lang: Chromium draws native controls (month pickers) in its UI language, not the page's.
  return chromium.launch({ executablePath: ensureChromium(), headless: true, args: [...CHROMIUM_FLAGS, '--lang=zh-CN', ...extraArgs] });
}
