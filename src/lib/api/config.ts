// Runtime configuration: public/config.json beside index.html, so one production build can be
// pointed at any backend by editing that file on the server.
import * as z from 'zod/mini';

export const AppConfig = z.object({
  apiBaseUrl: z.string().check(z.minLength(1)),
  /** worker: MSW in the browser; server: the backend is the mock HTTP server; off: a real backend. */
  mockMode: z._default(z.enum(['worker', 'server', 'off']), 'off'),
  /** How long a request may take before it is given up; default 15 s. */
  requestTimeoutMs: z.optional(z.int().check(z.gte(1000), z.lte(120_000))),
});
export type AppConfig = z.infer<typeof AppConfig>;

let current: AppConfig = { apiBaseUrl: '/api', mockMode: 'off' };

// (import.meta.env is Vite's: absent when the mock backend loads this module under Node.)
export const CONFIG_URL = `${import.meta.env?.BASE_URL ?? "/"}config.json`;

export async function loadConfig(url = CONFIG_URL): Promise<AppConfig> {
  // Same mode and credentials as index.html's preload, so the browser hands over that response.
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`无法读取配置文件 ${url}（HTTP ${response.status}）`);
  const parsed = AppConfig.safeParse(await response.json());
  if (!parsed.success) throw new Error(`配置文件 ${url} 无效：${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  current = parsed.data;
  return current;
}

export function setConfig(config: AppConfig) {
  current = config;
}

export function getConfig(): AppConfig {
  return current;
}
