// The app's first entry (index.html loads it before main.tsx): a few hundred bytes that run as
// soon as the page is parsed, while React and the app are still downloading and compiling. On a
// first load of the overview it sends the one early request for its whole first screen
// (lib/api/early/request.ts), answered by the time the app asks. And on every page it has the
// browser load the locale's data (lib/i18n/locale.ts), the slowest part of the app's first task.
// Figures and what was tried: see docs/performance.md#early-request-srcbootts.
import { startEarlyOverview } from './lib/api/early/request';
import { warmIntl } from './lib/i18n/locale';
import { ROUTE_PATHS } from './lib/route-paths';

// The deck is black and full screen: no app header painted before it (present-page.tsx keeps the class).
if (window.location.pathname.startsWith(ROUTE_PATHS.present)) document.documentElement.classList.add('is-deck');

if (window.location.pathname.replace(/\/$/, '') === ROUTE_PATHS.overview) startEarlyOverview(window.location.search);

// The main thread is idle here until the app's code is in (it compiles off the main thread).
warmIntl();

// The user's chosen theme is put on the root before the first paint by public/theme.js.
