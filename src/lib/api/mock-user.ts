// Mock mode only: which mock user the requests speak for (from ?as= or the header switcher),
// and which fault scenario the mock backend should play (?scenario=, mocks/scenarios.ts).
import { getConfig } from './config';
import { PARAM } from '../../domain/url-params';
import { DEFAULT_MOCK_USER } from './paths';
import { MOCK_SCENARIO_KEY as SCENARIO_KEY, MOCK_USER_KEY as KEY } from './mock-headers';

export function isMockMode(): boolean {
  return getConfig().mockMode !== 'off';
}

/** Takes `?as=<userId>` and `?scenario=<name>` from the URL into session storage, so they hold while navigating. */
export function adoptMockUserFromUrl(search: string) {
  if (!isMockMode()) return;
  const params = new URLSearchParams(search);
  const as = params.get(PARAM.mockUser);
  if (as) sessionStorage.setItem(KEY, as);
  const scenario = params.get(PARAM.scenario);
  if (scenario !== null) {
    if (scenario) sessionStorage.setItem(SCENARIO_KEY, scenario);
    else sessionStorage.removeItem(SCENARIO_KEY);
  }
}

/** The fault scenario the mock backend should play, if any (mock mode only). */
export function getMockScenario(): string | null {
  return isMockMode() ? sessionStorage.getItem(SCENARIO_KEY) : null;
}

/** The mock user requests speak for: the one chosen, else the default (mock mode only). */
export function getMockUser(): string | null {
  return isMockMode() ? (sessionStorage.getItem(KEY) ?? DEFAULT_MOCK_USER) : null;
}

export function setMockUser(id: string) {
  sessionStorage.setItem(KEY, id);
}

