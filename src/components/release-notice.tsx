import { Link, useLocation, useSearchParams } from 'react-router';
import { withPeriod, type Period } from '../domain/period';
import type { Role } from '../lib/api/contract';
import { formatPeriod } from '../lib/i18n/format';
import { releaseRule } from '../lib/i18n/sentences';
import { RELEASED_ONLY } from '../lib/i18n/strings';

/**
 * In place of every community's figures a user may not see over `period` (domain/access.ts):
 * why, and the released periods nearest it.
 */
export function ReleaseNotice({ period, offers, role }: { period: Period; offers: readonly Period[]; role: Role }) {
  return (
    <div className="empty-state release-notice" role="status">
      <p className="empty-state__message">{RELEASED_ONLY}</p>
      <p className="empty-state__hint">{releaseRule(period, role === 'secretary')}</p>
      <ReleasedPeriodLinks offers={offers} className="release-notice__offers" />
    </div>
  );
}

/**
 * "改看：2021年1—3月 · …": each a link to this page over that period, replacing the history
 * entry as a period choice does. Nothing when there is nothing to offer.
 */
export function ReleasedPeriodLinks({ offers, className, linkClassName }: { offers: readonly Period[]; className?: string; linkClassName?: string }) {
  const [params] = useSearchParams();
  const { pathname } = useLocation();
  if (offers.length === 0) return null;
  return (
    <p className={className}>
      改看：
      {offers.map((offer, i) => (
        <span key={`${offer.from}-${offer.to}`}>
          {i > 0 && ' · '}
          <Link className={linkClassName} to={`${pathname}?${withPeriod(params, offer).toString()}`} replace>
            {formatPeriod(offer)}
          </Link>
        </span>
      ))}
    </p>
  );
}
