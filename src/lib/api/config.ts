// Runtime configuration: public/config.json beside index.html, so one production build can be
// pointed at any backend by editing that file on the server.
import * as z from 'zod/mini';
import { CONFIG_URL, DEFAULT_MOCK_MODE, takeConfigRead } from './early/config-file';

export const AppConfig = z.object({
  apiBaseUrl: z.string().check(z.minLength(1)),
  /** worker: MSW in the browser; server: the backend is the mock HTTP server; off: a real backend. */
  mockMode: z._default(z.enum(['worker', 'server', 'off']), DEFAULT_MOCK_MODE),
  /** How long a request may take before it is given up; default 15 s. */
  requestTimeoutMs: z.optional(z.int().check(z.gte(1000), z.lte(120_000))),
});
export type AppConfig = z.infer<typeof AppConfig>;

/**
 * Why the app cannot start with the config file: not fetched, not answered with 200, not JSON, not
 * the schema's shape, or asking for a mock backend this build does not contain. The message is
 * the technical detail (lib/i18n/errors.ts says it in words).
 */
export type ConfigProblem = 'unreachable' | 'status' | 'not-json' | 'invalid' | 'no-worker';

export class ConfigError extends Error {
  readonly problem: ConfigProblem;
  readonly url: string;
  readonly status: number | undefined;
  /** The fields that broke the schema (problem `invalid`). */
  readonly issues: readonly z.core.$ZodIssue[];
  constructor(problem: ConfigProblem, url: string, detail: string, extra: { status?: number; issues?: readonly z.core.$ZodIssue[] } = {}) {
    super(`${url}: ${detail}`);
    this.name = 'ConfigError';
    this.problem = problem;
    this.url = url;
    this.status = extra.status;
    this.issues = extra.issues ?? [];
  }
}

let current: AppConfig = { apiBaseUrl: '/api', mockMode: 'off' };

export async function loadConfig(url = CONFIG_URL): Promise<AppConfig> {
  const file = await takeConfigRead(url).catch((error: unknown) => {
    throw new ConfigError('unreachable', url, String(error));
  });
  if (!file.ok) throw new ConfigError('status', url, `HTTP ${file.status}`, { status: file.status });
  let json: unknown;
  try {
    json = JSON.parse(file.text);
  } catch (error) {
    throw new ConfigError('not-json', url, error instanceof Error ? error.message : String(error));
  }
  const parsed = AppConfig.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    const { issues } = parsed.error;
    throw new ConfigError('invalid', url, issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}, got ${JSON.stringify(i.input) ?? 'nothing'}`).join('; '), { issues });
  }
  current = parsed.data;
  return current;
}

export function setConfig(config: AppConfig) {
  current = config;
}

export function getConfig(): AppConfig {
  return current;
}
