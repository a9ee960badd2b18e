// The one way the app reads the API: fetch, check the status, parse against the contract.
import type * as z from 'zod/mini';
import { getConfig } from './config';
import { withoutBidi, type ApiRequest } from './contract';
import { takeEarlyAnswer } from './early/answers';
import { mockRequestHeaders } from './mock-identity';
import { passesPlainCheck } from './plain-check';

export type Params = Record<string, string | number | readonly (string | number)[] | undefined>;

const TYPE_NAMES: Record<string, string> = { number: '数字', string: '文字', boolean: '是/否', object: '对象', array: '列表', null: '空值', undefined: '缺失' };

/** An issue in words: the contract's own message where it has one, else one by kind. */
export function issueText(issue: z.core.$ZodIssue): string {
  const typeName = (t: unknown) => TYPE_NAMES[String(t)] ?? String(t);
  // zod/mini without a locale says "Invalid input"; the contract's own words win.
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `缺少该字段（应为${typeName(issue.expected)}）` : `应为${typeName(issue.expected)}`;
    case 'too_small':
      return issue.origin === 'string' || issue.origin === 'array' ? '不能为空' : `不能小于 ${String(issue.minimum)}`;
    case 'too_big':
      return `不能大于 ${String(issue.maximum)}`;
    case 'invalid_value':
      return `应为 ${issue.values.map(String).join(' | ')} 之一`;
    case 'invalid_format':
      return issue.format === 'datetime' ? '应为带时区的日期时间' : '格式不符';
    default:
      return '不符合约定';
  }
}

/** One field that broke the contract: where (a path into the response) and what was wrong. */
export interface ContractIssue {
  path: ReadonlyArray<PropertyKey>;
  text: string;
}

/** A response that does not match the contract: names the endpoint and the fields. */
export class ContractError extends Error {
  readonly endpoint: string;
  readonly issues: ContractIssue[];
  readonly count: number;
  constructor(endpoint: string, issues: ReadonlyArray<Pick<z.core.$ZodIssue, 'path' | 'message'> & Partial<z.core.$ZodIssue>>) {
    const shown = issues.slice(0, 3).map((i) => ({ path: i.path, text: issueText(i as z.core.$ZodIssue) }));
    const fields = shown.map((i) => `${i.path.length ? formatPath(i.path) : '(根)'}：${i.text}`);
    super(`接口 ${endpoint} 返回的数据不符合约定：${fields.join('；')}${issues.length > 3 ? ` 等 ${issues.length} 处` : ''}`);
    this.name = 'ContractError';
    this.endpoint = endpoint;
    this.issues = shown;
    this.count = issues.length;
  }
}

export class HttpError extends Error {
  readonly endpoint: string;
  readonly status: number;
  /** What the server said, when it said something (its JSON `error`). */
  readonly detail: string | undefined;
  constructor(endpoint: string, status: number, detail?: string) {
    super(`接口 ${endpoint} 请求失败（HTTP ${status}）${detail ? `：${detail}` : ''}`);
    this.name = 'HttpError';
    this.endpoint = endpoint;
    this.status = status;
    this.detail = detail;
  }
}

export class NetworkError extends Error {
  readonly endpoint: string;
  constructor(endpoint: string) {
    super(`无法连接接口 ${endpoint}`);
    this.name = 'NetworkError';
    this.endpoint = endpoint;
  }
}

/** No answer within REQUEST_TIMEOUT_MS: the request was given up. */
export class TimeoutError extends Error {
  readonly endpoint: string;
  constructor(endpoint: string) {
    super(`接口 ${endpoint} 在 ${(getConfig().requestTimeoutMs ?? REQUEST_TIMEOUT_MS) / 1000} 秒内没有响应`);
    this.name = 'TimeoutError';
    this.endpoint = endpoint;
  }
}

/** A request still unanswered after this long is given up (and retried by the query client). */
export const REQUEST_TIMEOUT_MS = 15_000;

export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}

/** The query parameters as sent: strings, lists joined with ",", undefined ones left out. */
export function requestParams(params: Params = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) out[key] = Array.isArray(value) ? value.join(',') : String(value);
  }
  return out;
}

/** A request as data (what `getJson(path, …, { params })` will ask for). */
export function requestOf(path: string, params: Params = {}): ApiRequest {
  return { path, params: requestParams(params) };
}

export function apiUrl(path: string, params: Params = {}): URL {
  const url = new URL(`${getConfig().apiBaseUrl.replace(/\/$/, '')}${path}`, window.location.href);
  for (const [key, value] of Object.entries(requestParams(params))) url.searchParams.set(key, value);
  return url;
}

export async function errorDetail(response: Response): Promise<string | undefined> {
  try {
    const body: unknown = await response.json();
    // Shown on screen (describeError), so it loses its bidi controls like any text from the backend.
    if (body && typeof body === 'object' && 'error' in body && typeof body.error === 'string') return withoutBidi(body.error);
  } catch {
    // not JSON: the status says enough
  }
  return undefined;
}

/** Fetches `url` and reads its JSON body; every failure as the error kind the UI explains. */
async function fetchBody(url: URL, headers: Record<string, string>, endpoint: string, wanted?: AbortSignal): Promise<unknown> {
  // Given up after the configured timeout, and aborted as soon as nobody wants the answer (a period changed).
  const timeout = AbortSignal.timeout(getConfig().requestTimeoutMs ?? REQUEST_TIMEOUT_MS);
  const signal = wanted ? AbortSignal.any([wanted, timeout]) : timeout;
  try {
    const response = await fetch(url, { headers, signal });
    if (!response.ok) throw new HttpError(endpoint, response.status, await errorDetail(response));
    try {
      return await response.json();
    } catch (error) {
      if (signal.aborted) throw error;
      throw new ContractError(endpoint, [{ code: 'custom', path: [], message: '不是有效的 JSON', input: undefined }]);
    }
  } catch (error) {
    if (wanted?.aborted) throw error;
    if (timeout.aborted) throw new TimeoutError(endpoint);
    if (error instanceof HttpError || error instanceof ContractError) throw error;
    throw new NetworkError(endpoint);
  }
}

export async function getJson<S extends z.ZodMiniType>(path: string, schema: S, options: { params?: Params; signal?: AbortSignal } = {}): Promise<z.infer<S>> {
  const url = apiUrl(path, options.params);
  const endpoint = `GET ${path}`;
  const headers: Record<string, string> = { accept: 'application/json', ...mockRequestHeaders(getConfig().mockMode) };

  // On a first load the answer may have come already, in one early request for the whole screen.
  const early = await takeEarlyAnswer(url, headers, getConfig().requestTimeoutMs ?? REQUEST_TIMEOUT_MS, options.signal);
  const body = early?.status === 200 ? early.body : await fetchBody(url, headers, endpoint, options.signal);
  if (passesPlainCheck(schema, body)) return body as z.infer<S>;
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ContractError(endpoint, parsed.error.issues);
  return parsed.data;
}

