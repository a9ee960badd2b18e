import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { mockUsersOptions, sessionOptions } from '../lib/api/queries';
import { getConfig } from '../lib/api/config';
import { isMockMode, mockIdentity, setMockUser } from '../lib/api/mock-identity';
import type { User } from '../lib/api/contract';
import { ROLE_LABELS } from '../lib/i18n/strings';
import { useWhenIdle } from '../lib/use-when-idle';
import { usePeriodHref } from '../lib/use-url-state';

/** The signed-in user; in mock mode, a switcher between the mock users. */
export function UserMenu() {
  const session = useQuery(sessionOptions());
  const user = session.data?.user;
  return (
    <div className="user-menu">
      {user ? (
        <span className="user-menu__name">
          {user.name}
          <span className="user-menu__role">{ROLE_LABELS[user.role]}</span>
        </span>
      ) : session.isError ? (
        <span className="user-menu__name">未登录</span>
      ) : null}
      {isMockMode(getConfig().mockMode) && <MockUserSwitcher current={user?.id ?? mockIdentity().user} user={user} signedOut={session.isError} />}
    </div>
  );
}

/**
 * The mock users are not part of the first screen: asked for once the page is idle or the switcher
 * is touched or focused, and written into the page only then (on a touch, before the list opens;
 * why: docs/performance.md#mock-user-switcher-appuser-menutsx). Until then it shows the signed-in
 * user alone. Signed out, there is no first screen to wait for.
 */
function MockUserSwitcher({ current, user, signedOut }: { current: string; user: User | undefined; signedOut: boolean }) {
  const [wanted, setWanted] = useState(false);
  const [touched, setTouched] = useState(false);
  useWhenIdle(true, 'mock-users', () => setWanted(true));
  const users = useQuery({ ...mockUsersOptions(), enabled: wanted || touched || signedOut });
  const listed = touched || signedOut ? users.data?.users : undefined;
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const href = usePeriodHref();
  // The same elements while the list is the same: the switcher re-renders on every change of the
  // URL (its link keeps the period), and 500 options reconciled each time cost a period change.
  const options = useMemo(
    () =>
      (listed ?? (user ? [user] : [])).map((u) => (
        <option key={u.id} value={u.id}>
          {u.role === 'secretary' ? u.name : `${u.name}（${ROLE_LABELS[u.role]}）`}
        </option>
      )),
    [listed, user],
  );
  if (options.length === 0) return null;
  const touch = () => setTouched(true);
  return (
    <label className="user-menu__switcher">
      <span className="visually-hidden">切换演示用户</span>
      <select
        value={current}
        onFocus={touch}
        onPointerDown={touch}
        onChange={(e) => {
          setMockUser(e.target.value);
          void queryClient.resetQueries({ queryKey: sessionOptions().queryKey });
          void navigate(href('/'));
        }}
      >
        {options}
      </select>
    </label>
  );
}
