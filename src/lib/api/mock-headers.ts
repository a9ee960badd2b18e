// Mock mode only: where the chosen demo user and fault scenario are kept, and the headers they
// become. Free of zod, so the early request's entry (src/boot.ts) can use it.
import { PARAM } from '../../domain/url-params';
import { DEFAULT_MOCK_USER, MOCK_SCENARIO_HEADER, MOCK_USER_HEADER } from './paths';

export const MOCK_USER_KEY = 'mock-user';
export const MOCK_SCENARIO_KEY = 'mock-scenario';

/**
 * The mock headers the client will send once `search` is adopted (mock mode assumed): for a
 * request made before the config has said which mode it is (the early first-screen request).
 */
export function expectedMockHeaders(search: string): Record<string, string> {
  const params = new URLSearchParams(search);
  const user = params.get(PARAM.mockUser) || sessionStorage.getItem(MOCK_USER_KEY) || DEFAULT_MOCK_USER;
  const scenario = params.has(PARAM.scenario) ? params.get(PARAM.scenario) : sessionStorage.getItem(MOCK_SCENARIO_KEY);
  return { [MOCK_USER_HEADER]: user, ...(scenario ? { [MOCK_SCENARIO_HEADER]: scenario } : {}) };
}
