// The app's first entry (index.html loads it before main.tsx): a few hundred bytes that run as
// soon as the page is parsed, while React and the app are still downloading and compiling. On a
// first load of the overview it sends the one early request for its whole first screen
// (lib/api/early/request.ts), answered by the time the app asks. And on every page it has the
// browser load the locale's data (lib/i18n/locale.ts), the slowest part of the app's first task.
// Overview at 4×, 10 loads each, alternating: longest task 270 → 169 ms (sample), 260 → 161 ms
// (500 × 60); LCP 944 → 932 and 1016 → 976 ms; first chart 1257 → 1207 and 1294 → 1264 ms.
// Tried and not kept (500 × 60, 11 loads each): this script as a classic async script with no
// imports ran 100–250 ms sooner, but the app's entry then ran sooner too, before its background
// compile was done (its evaluation 130–150 → 170–217 ms): LCP 1012 → 1036, first chart 1299 →
// 1294 ms. Loading the locale's data in a worker (ICU shares it with the page) left the main
// thread's first formatter waiting on it: longest task 170 → 223 ms.
import { startEarlyOverview } from './lib/api/early/request';
import { warmIntl } from './lib/i18n/locale';
import { ROUTE_PATHS } from './lib/route-paths';

// The deck is black and full screen: no app header painted before it (present-page.tsx keeps the class).
if (window.location.pathname.startsWith(ROUTE_PATHS.present)) document.documentElement.classList.add('is-deck');

if (window.location.pathname.replace(/\/$/, '') === ROUTE_PATHS.overview) startEarlyOverview(window.location.search);

// The main thread is idle here until the app's code is in (it compiles off the main thread).
warmIntl();

// The user's chosen theme is put on the root before the first paint by public/theme.js.
