// Runtime configuration: public/config.json beside index.html, so one production build can be
// pointed at any backend by editing that file on the server.
import * as z from 'zod/mini';
import { CONFIG_URL, DEFAULT_MOCK_MODE, takeConfigRead } from './config-file';

export const AppConfig = z.object({
  apiBaseUrl: z.string().check(z.minLength(1)),
  /** worker: MSW in the browser; server: the backend is the mock HTTP server; off: a real backend. */
  mockMode: z._default(z.enum(['worker', 'server', 'off']), DEFAULT_MOCK_MODE),
  /** How long a request may take before it is given up; default 15 s. */
  requestTimeoutMs: z.optional(z.int().check(z.gte(1000), z.lte(120_000))),
});
export type AppConfig = z.infer<typeof AppConfig>;

let current: AppConfig = { apiBaseUrl: '/api', mockMode: 'off' };

export async function loadConfig(url = CONFIG_URL): Promise<AppConfig> {
  const file = await takeConfigRead(url);
  if (!file.ok) throw new Error(`无法读取配置文件 ${url}（HTTP ${file.status}）`);
  const parsed = AppConfig.safeParse(JSON.parse(file.text));
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
