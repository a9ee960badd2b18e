import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { mockUsersOptions, sessionOptions } from '../lib/api/queries';
import { getMockUser, isMockMode, setMockUser } from '../lib/api/mock-user';
import { ROLE_LABELS } from '../lib/i18n/strings';
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
      {isMockMode() && <MockUserSwitcher current={user?.id ?? getMockUser() ?? ''} />}
    </div>
  );
}

function MockUserSwitcher({ current }: { current: string }) {
  const users = useQuery(mockUsersOptions());
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const href = usePeriodHref();
  if (!users.data) return null;
  return (
    <label className="user-menu__switcher">
      <span className="visually-hidden">切换演示用户</span>
      <select
        value={current}
        onChange={(e) => {
          setMockUser(e.target.value);
          void queryClient.resetQueries({ queryKey: sessionOptions().queryKey });
          void navigate(href('/'));
        }}
      >
        {users.data.users.map((u) => (
          <option key={u.id} value={u.id}>
            {u.role === 'secretary' ? u.name : `${u.name}（${ROLE_LABELS[u.role]}）`}
          </option>
        ))}
      </select>
    </label>
  );
}
