// Writes (POST, PUT) to the API: only the data-entry pages send any, so this lives apart from
// client.ts (the dashboard's reads) and ships in their chunk alone.
import type * as z from 'zod/mini';
import { ContractError, errorDetail, HttpError, NetworkError, REQUEST_TIMEOUT_MS, TimeoutError, apiUrl } from './client';
import { getConfig } from './config';
import { mockRequestHeaders } from './mock-identity';

/**
 * A write (POST, PUT): sends `body` as JSON and parses the answer against `schema`; a refusal
 * is an HttpError carrying the server's own words (e.g. which figure broke which rule).
 */
export async function sendJson<S extends z.ZodMiniType>(method: 'POST' | 'PUT', path: string, schema: S, body?: unknown): Promise<z.infer<S>> {
  const url = apiUrl(path);
  const endpoint = `${method} ${path}`;
  const headers: Record<string, string> = { accept: 'application/json', 'content-type': 'application/json', ...mockRequestHeaders(getConfig().mockMode) };
  const signal = AbortSignal.timeout(getConfig().requestTimeoutMs ?? REQUEST_TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(url, { method, headers, body: JSON.stringify(body ?? {}), signal, credentials: 'same-origin' });
  } catch {
    throw signal.aborted ? new TimeoutError(endpoint) : new NetworkError(endpoint);
  }
  if (!response.ok) throw new HttpError(endpoint, response.status, await errorDetail(response));
  let answer: unknown;
  try {
    answer = await response.json();
  } catch {
    throw new ContractError(endpoint, [{ code: 'custom', path: [], message: '不是有效的 JSON', input: undefined }]);
  }
  const parsed = schema.safeParse(answer);
  if (!parsed.success) throw new ContractError(endpoint, parsed.error.issues);
  return parsed.data;
}
