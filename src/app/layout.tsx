import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, Outlet, useLocation, useSearchParams } from 'react-router';
import { ErrorBoundary } from '../components/error-boundary';
import { ErrorPanel } from '../components/error-panel';
import { Skeleton } from '../components/skeleton';
import { periodFromSearch, withPeriod } from '../domain/period';
import { askedOf, asksForPeriod } from '../domain/url-params';
import { HttpError } from '../lib/api/client';
import { metaOptions, sessionOptions } from '../lib/api/queries';
import { describeError } from '../lib/i18n/errors';
import { periodCorrectionNotice } from '../lib/i18n/sentences';
import { SIGN_IN_RETRY, SIGN_IN_TITLE } from '../lib/i18n/strings';
import { formatDateTime, formatMonth } from '../lib/i18n/format';
import { forgetFailures } from '../lib/page-failures';
import { useKeepPlaceOnTurn } from '../lib/use-keep-place';
import { usePeriodHref } from '../lib/use-url-state';
import { BareShell, Gate } from './bare-shell';
import { PageRecovery } from './page-recovery';
import { PeriodPicker } from './period-picker';
import { PrintStamp } from './print-stamp';
import { ThemeToggle, useDocumentTheme } from './theme-toggle';
import { PeriodSheet, PhoneMenu } from './phone-shell';
import { usePhone } from '../lib/use-match-media';
import { UserMenu } from './user-menu';
import { metricPath, ROUTE_PATHS } from '../lib/route-paths';

const NAV = [
  { to: ROUTE_PATHS.overview, label: '总览', section: `${ROUTE_PATHS.overview}/` },
  { to: metricPath('visits'), label: '指标', section: `${ROUTE_PATHS.metrics}/` },
  { to: ROUTE_PATHS.rankings, label: '排名', section: `${ROUTE_PATHS.rankings}/` },
  { to: ROUTE_PATHS.present, label: '会议演示', section: `${ROUTE_PATHS.present}/` },
  // Monthly reports, by role: a secretary fills in their community's month, a leader reviews them.
  { to: ROUTE_PATHS.report, label: '月报填报', section: `${ROUTE_PATHS.report}/`, role: 'secretary' },
  { to: ROUTE_PATHS.reports, label: '上报情况', section: `${ROUTE_PATHS.reports}/`, role: 'leader' },
  { to: ROUTE_PATHS.reportImport, label: 'Excel 导入', section: `${ROUTE_PATHS.reportImport}/`, role: 'leader' },
] as ReadonlyArray<{ to: string; label: string; section: string; role?: string }>;

export function Layout() {
  const client = useQueryClient();
  const meta = useQuery(metaOptions());
  const session = useQuery(sessionOptions());
  const phone = usePhone();
  useDocumentTheme();
  useKeepPlaceOnTurn();
  // Not signed in: one clear page, and no data (every endpoint answers 401 anyway). Signed in
  // again, every request refused meanwhile is asked again, not only the two that decide this page.
  const signedOut = [session.error, meta.error].find((e) => e instanceof HttpError && e.status === 401);
  if (signedOut) return <SignInRequired error={signedOut} onRetry={() => void forgetFailures(client)} />;
  return (
    <div className="shell">
      <PrintStamp />
      <a className="skip-link" href="#main">
        跳到主要内容
      </a>
      <header className="shell__header">
        <div className="shell__brand">
          <span className="shell__title">{meta.data ? meta.data.subdistrict.name : '稠城街道'}工作进度</span>
          {meta.data && (
            <span className="shell__asof" title={`数据更新于 ${formatDateTime(meta.data.updatedAt)}`}>
              数据截至 {formatMonth(meta.data.latestMonth)}
            </span>
          )}
        </div>
        {phone ? (
          <PhoneMenu>
            {meta.data && <MainNav />}
            <ThemeToggle />
            <UserMenu />
          </PhoneMenu>
        ) : (
          <>
            {meta.data && <MainNav />}
            <div className="shell__tools">
              <ThemeToggle />
              <UserMenu />
            </div>
          </>
        )}
      </header>
      {meta.data && <div className="shell__period">{phone ? <PeriodSheet /> : <PeriodPicker />}</div>}
      <PageRecovery />
      <main id="main" className="shell__main" tabIndex={-1}>
        {meta.isPending && <Skeleton lines={6} label="正在加载基础数据" />}
        {meta.isError && <ErrorPanel title="无法加载基础数据" error={meta.error} onRetry={() => void meta.refetch()} />}
        {meta.data && (
          <CanonicalPeriod range={meta.data}>
            <ErrorBoundary title="页面出错">
              <Outlet />
            </ErrorBoundary>
          </CanonicalPeriod>
        )}
      </main>
    </div>
  );
}

function MainNav() {
  const href = usePeriodHref();
  const { pathname } = useLocation();
  const role = useQuery(sessionOptions()).data?.user.role;
  const shown = NAV.filter((item) => !item.role || item.role === role);
  // Sections end in '/' ('/report' is not within '/reports'); the longest one holding the path is
  // the current one ('/reports/import' is Excel 导入, not 上报情况).
  const currentSection = shown
    .map((item) => item.section)
    .filter((section) => `${pathname}/`.startsWith(section))
    .sort((a, b) => b.length - a.length)[0];
  return (
    <nav className="shell__nav" aria-label="主导航">
      {shown.map((item) => {
        const current = item.section === currentSection;
        return (
          <Link key={item.to} to={href(item.to)} className={`shell__nav-link${current ? ' is-active' : ''}`} aria-current={current ? 'page' : undefined}>
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}

/**
 * Writes the default (or corrected) period into the URL, so every page's link can be shared as
 * is; a period the link asked for but the data cannot give is corrected with a notice saying so.
 */
function CanonicalPeriod({ range, children }: { range: { firstMonth: string; latestMonth: string }; children: React.ReactNode }) {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const { period, corrected } = periodFromSearch(params, range);
  const asked = askedOf(params);
  const missing = !asksForPeriod(asked);
  useEffect(() => {
    if (!missing && !corrected) return;
    // The notice travels with the corrected URL (navigation state), until the next navigation.
    const notice = corrected ? periodCorrectionNotice(asked, period, range) : null;
    setParams((current) => withPeriod(current, period), { replace: true, state: notice ? { periodNotice: notice } : undefined });
    // Checked again on every navigation: `/` redirecting to a page may land without the period
    // after this wrote it at `/`, with nothing else here changed.
  }, [missing, corrected, period.from, period.to, location.pathname, location.search]); // eslint-disable-line react-hooks/exhaustive-deps
  const notice = (location.state as { periodNotice?: string } | null)?.periodNotice;
  return (
    <>
      {notice && (
        <p className="period-notice" role="status">
          <span aria-hidden="true">ℹ</span> {notice}
        </p>
      )}
      {children}
    </>
  );
}

function SignInRequired({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <BareShell tools={<UserMenu />}>
      <Gate title={SIGN_IN_TITLE} described={describeError(error)}>
        <button type="button" className="button" onClick={onRetry}>
          {SIGN_IN_RETRY}
        </button>
      </Gate>
    </BareShell>
  );
}
