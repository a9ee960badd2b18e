// Mock mode only: the demo user and fault scenario of mock-headers.ts, as the app reads them
// once the config has said it is in mock mode.
import { getConfig } from './config';
import { adoptMockIdentity, mockHeaders, mockIdentity } from './mock-headers';

export function isMockMode(): boolean {
  return getConfig().mockMode !== 'off';
}

/** Takes `?as=<userId>` and `?scenario=<name>` from the URL into session storage, so they hold while navigating. */
export function adoptMockUserFromUrl(search: string) {
  if (isMockMode()) adoptMockIdentity(search);
}

/** The mock user requests speak for: the one chosen, else the default (mock mode only). */
export function getMockUser(): string | null {
  return isMockMode() ? mockIdentity().user : null;
}

/** The headers naming the mock user and scenario; none outside mock mode. */
export function mockRequestHeaders(): Record<string, string> {
  return isMockMode() ? mockHeaders(mockIdentity()) : {};
}
