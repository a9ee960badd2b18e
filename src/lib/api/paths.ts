// The API's paths and the mock headers: plain constants, free of zod, so that src/boot.ts (the
// entry that sends the early request before the app loads) stays a few hundred bytes.

/** Paths relative to the configured API base URL. */
export const API_PATHS = {
  overview: '/overview',
  session: '/session',
  meta: '/meta',
  communities: '/communities',
  metrics: '/metrics',
  targets: '/targets',
  series: '/series',
  mockUsers: '/mock/users',
} as const;

/** Header the mock backend reads to pick the signed-in user (mock mode only). */
export const MOCK_USER_HEADER = 'x-mock-user';
/** Header naming a fault scenario of the mock backend (mocks/scenarios.ts; mock mode only). */
export const MOCK_SCENARIO_HEADER = 'x-mock-scenario';
/** The mock user when none was chosen (mock mode only). */
export const DEFAULT_MOCK_USER = 'leader';
