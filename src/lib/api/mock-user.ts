// Mock mode only: which mock user the requests speak for (from ?as= or the header switcher).
import { getConfig } from './config';
import { DEFAULT_MOCK_USER } from './contract';

const KEY = 'mock-user';

export function isMockMode(): boolean {
  return getConfig().mockMode !== 'off';
}

/** Takes `?as=<userId>` from the URL into session storage, so it holds while navigating. */
export function adoptMockUserFromUrl(search: string) {
  if (!isMockMode()) return;
  const as = new URLSearchParams(search).get('as');
  if (as) sessionStorage.setItem(KEY, as);
}

/** The mock user requests speak for: the one chosen, else the default (mock mode only). */
export function getMockUser(): string | null {
  return isMockMode() ? (sessionStorage.getItem(KEY) ?? DEFAULT_MOCK_USER) : null;
}

export function setMockUser(id: string) {
  sessionStorage.setItem(KEY, id);
}
