// config.json as the browser hands it over, read once: src/boot.ts starts the read, so the early
// request can follow the real config rather than a guess, and config.ts parses the same text
// (index.html preloads the file; a second fetch would go to the network again). Free of zod.

// (import.meta.env is Vite's: absent when the mock backend loads this module under Node.)
export const CONFIG_URL = `${import.meta.env?.BASE_URL ?? '/'}config.json`;

/** The schema's default (config.ts): no mockMode means a real backend. */
export const DEFAULT_MOCK_MODE = 'off';

export interface ConfigFile {
  url: string;
  /** A 2xx answer. */
  ok: boolean;
  status: number;
  text: string;
}

let started: Promise<ConfigFile> | null = null;

function read(url: string): Promise<ConfigFile> {
  // Same mode and credentials as index.html's preload, so the browser hands over that response.
  return fetch(url, { credentials: 'same-origin' }).then(async (response) => ({ url, ok: response.ok, status: response.status, text: await response.text() }));
}

/** Starts reading the config file, once (src/boot.ts); rejects when it cannot be fetched. */
export function startConfigRead(): Promise<ConfigFile> {
  started ??= read(CONFIG_URL);
  return started;
}

/** The read started early, taken once; else a fresh one (a test, another URL, a second start). */
export function takeConfigRead(url = CONFIG_URL): Promise<ConfigFile> {
  const early = started;
  started = null;
  return early && url === CONFIG_URL ? early : read(url);
}

/**
 * The two fields the early request needs, without zod (config.ts checks the whole file when the
 * app starts): null when the file is missing or unreadable, so nothing is sent on a guess.
 */
export function peekConfig(file: ConfigFile): { apiBaseUrl: string; mockMode: string } | null {
  if (!file.ok) return null;
  try {
    const config = JSON.parse(file.text) as { apiBaseUrl?: unknown; mockMode?: unknown } | null;
    if (typeof config?.apiBaseUrl !== 'string' || config.apiBaseUrl === '') return null;
    return { apiBaseUrl: config.apiBaseUrl, mockMode: typeof config.mockMode === 'string' ? config.mockMode : DEFAULT_MOCK_MODE };
  } catch {
    return null;
  }
}
