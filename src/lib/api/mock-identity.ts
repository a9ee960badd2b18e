// Mock mode only: which demo user and fault scenario requests speak for (kept for the session,
// from `?as=` / `?scenario=` or the header's switcher) and the headers that carry them. The one
// module that writes and reads them: the client, the user menu, the early request (src/boot.ts)
// and the mock backend (mocks/handlers.ts, mocks/scenarios.ts). Free of zod (so the early
// request's entry can use it): the app passes its configured mockMode in.
import { PARAM } from '../../domain/url-params';
import { DEFAULT_MOCK_USER, MOCK_SCENARIO_HEADER, MOCK_USER_HEADER } from './paths';

export const MOCK_USER_KEY = 'mock-user';
export const MOCK_SCENARIO_KEY = 'mock-scenario';

export interface MockIdentity {
  user: string;
  scenario: string | null;
}

/**
 * Who requests speak for once `search` is adopted: its `?as=` (when not empty) and `?scenario=`
 * (an empty one clears it), else the session's, else the default user.
 */
export function mockIdentity(search = ''): MockIdentity {
  const params = new URLSearchParams(search);
  const user = params.get(PARAM.mockUser) || sessionStorage.getItem(MOCK_USER_KEY) || DEFAULT_MOCK_USER;
  const scenario = params.has(PARAM.scenario) ? params.get(PARAM.scenario) || null : sessionStorage.getItem(MOCK_SCENARIO_KEY);
  return { user, scenario };
}

/** Whether the configured mockMode is a mock backend ('worker' or 'server'). */
export function isMockMode(mockMode: string): boolean {
  return mockMode !== 'off';
}

/** Keeps `search`'s `?as=` and `?scenario=` for the session, so they hold while navigating (mock mode only). */
export function adoptMockIdentity(search: string, mockMode: string) {
  if (!isMockMode(mockMode)) return;
  const params = new URLSearchParams(search);
  if (params.get(PARAM.mockUser)) setMockUser(params.get(PARAM.mockUser) as string);
  if (!params.has(PARAM.scenario)) return;
  const { scenario } = mockIdentity(search);
  if (scenario) sessionStorage.setItem(MOCK_SCENARIO_KEY, scenario);
  else sessionStorage.removeItem(MOCK_SCENARIO_KEY);
}

export function setMockUser(id: string) {
  sessionStorage.setItem(MOCK_USER_KEY, id);
}

/**
 * The headers for an identity, each value percent-encoded (UTF-8): a header value is ISO-8859-1,
 * and fetch throws a TypeError on `李主任`, which the client could only report as 网络断开. An
 * ASCII id such as `secretary-cilin` is sent as it is.
 */
export function mockHeaders({ user, scenario }: MockIdentity): Record<string, string> {
  return { [MOCK_USER_HEADER]: encodeURIComponent(user), ...(scenario ? { [MOCK_SCENARIO_HEADER]: encodeURIComponent(scenario) } : {}) };
}

/** The headers naming the mock user and scenario; none outside mock mode. */
export function mockRequestHeaders(mockMode: string): Record<string, string> {
  return isMockMode(mockMode) ? mockHeaders(mockIdentity()) : {};
}

/**
 * The mock headers the client will send once `search` is adopted (mock mode assumed): for a
 * request made before the app has adopted it (the early first-screen request).
 */
export function expectedMockHeaders(search: string): Record<string, string> {
  return mockHeaders(mockIdentity(search));
}

/** The mock backend's side: a mock header's value as the client meant it (one that does not decode, as sent). */
export function mockHeaderValue(headers: Headers, name: typeof MOCK_USER_HEADER | typeof MOCK_SCENARIO_HEADER): string | null {
  const sent = headers.get(name);
  if (sent === null) return null;
  try {
    return decodeURIComponent(sent);
  } catch {
    return sent;
  }
}
