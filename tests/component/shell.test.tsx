import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { countRequests } from '../support/hold-requests';
import { server } from '../support/msw-server';
import { renderApp } from '../support/render-app';

describe('app shell', () => {
  it('sends a leader from / to the overview, keeping the period', async () => {
    renderApp('/?from=2020-01&to=2020-12');
    expect(await screen.findByRole('heading', { level: 1, name: '总览 · 2020年1—12月' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/overview');
    expect(screen.getByText('数据截至 2021年6月')).toBeInTheDocument();
    expect(screen.getByText('李主任')).toBeInTheDocument();
  });

  it('sends a secretary (?as=) to their own community', async () => {
    renderApp('/?as=secretary-xiuhu');
    expect(await screen.findByRole('heading', { level: 1, name: '绣湖社区 · 2021年1—6月' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/communities/xiuhu');
  });

  it('switches the mock user from the header', async () => {
    const user = userEvent.setup();
    renderApp('/overview');
    const switcher = await screen.findByRole('combobox', { name: '切换演示用户' });
    await user.click(switcher);
    await user.selectOptions(switcher, await within(switcher).findByRole('option', { name: '词林社区书记' }));
    expect(await screen.findByRole('heading', { level: 1, name: /^词林社区/ })).toBeInTheDocument();
    expect(switcher).toHaveDisplayValue('词林社区书记');
    expect(screen.getByText('社区书记', { selector: 'span' })).toBeInTheDocument();
  });

  it('lists the mock users only once the page is idle or the switcher is touched', async () => {
    // A page that never goes idle: only touching the switcher asks for the list.
    vi.stubGlobal('requestIdleCallback', () => 0);
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    const requests = countRequests();
    const user = userEvent.setup();
    renderApp('/overview');
    const switcher = await screen.findByRole('combobox', { name: '切换演示用户' });
    await screen.findByRole('article', { name: '走访群众' });
    expect(within(switcher).getAllByRole('option').map((o) => o.textContent)).toEqual(['李主任（街道领导）']);
    expect(requests.get('/mock/users')).toBeUndefined();
    await user.click(switcher);
    expect(await within(switcher).findByRole('option', { name: '词林社区书记' })).toBeInTheDocument();
    expect(requests.get('/mock/users')).toBe(1);
    vi.unstubAllGlobals();
  });

  it('asks for the mock users when the page is idle, and lists them once the switcher is touched', async () => {
    const requests = countRequests();
    const user = userEvent.setup();
    renderApp('/overview');
    const switcher = await screen.findByRole('combobox', { name: '切换演示用户' });
    await waitFor(() => expect(requests.get('/mock/users')).toBe(1));
    // The answer is in, and the page still holds one option: 500 would be laid out mid-load.
    await screen.findByRole('article', { name: '走访群众' });
    expect(within(switcher).getAllByRole('option').map((o) => o.textContent)).toEqual(['李主任（街道领导）']);
    await user.click(switcher);
    expect(within(switcher).getByRole('option', { name: '词林社区书记' })).toBeInTheDocument();
    expect(requests.get('/mock/users')).toBe(1);
  });

  it('asks an unknown user to sign in again: one clear page, no data', async () => {
    renderApp('/overview?as=nobody');
    expect(await screen.findByRole('heading', { level: 1, name: '请重新登录' })).toBeInTheDocument();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('登录已失效：未知的演示用户 “nobody”');
    // The technical detail (endpoint, status) is behind 详情.
    expect(alert.querySelector('details')).toHaveTextContent(/GET \/(session|meta) 请求失败（HTTP 401）/);
    expect(screen.queryByRole('navigation', { name: '主导航' })).not.toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    // In mock mode, another user can still be chosen.
    expect(await screen.findByRole('combobox', { name: '切换演示用户' })).toBeInTheDocument();
  });

  it('reports a broken meta payload naming the endpoint and field', async () => {
    server.use(http.get('*/api/meta', () => HttpResponse.json({ subdistrict: { name: '稠城街道', city: '义乌市' }, firstMonth: '2019-1', latestMonth: '2021-06', updatedAt: 'x' })));
    renderApp('/overview');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('GET /meta');
    expect(alert).toHaveTextContent('firstMonth');
    expect(within(alert).getByRole('button', { name: '重试' })).toBeInTheDocument();
  });

  it('keeps the period in navigation links', async () => {
    renderApp('/overview?from=2020-01&to=2020-12');
    const nav = await screen.findByRole('navigation', { name: '主导航' });
    await waitFor(() => expect(within(nav).getByRole('link', { name: '排名' })).toHaveAttribute('href', '/rankings?from=2020-01&to=2020-12'));
  });
});

describe('pages that do not exist', () => {
  it.each([
    ['/metrics/nope', '没有指标 “nope”'],
    ['/communities/nowhere', '没有社区 “nowhere”'],
    ['/nothing/here', '页面不存在'],
  ])('%s says so in its heading and keeps the shell', async (url, heading) => {
    renderApp(url);
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: '主导航' })).toBeInTheDocument();
  });
});

describe('a period the data cannot give', () => {
  it('is corrected in the URL, and the page says so', async () => {
    renderApp('/overview?from=2016-01&to=2016-12');
    expect(await screen.findByRole('heading', { level: 1, name: '总览 · 2019年1月' })).toBeInTheDocument();
    expect(await screen.findByText(/所选时段（2016年1—12月）超出数据范围（2019年1月—2021年6月）或起止颠倒，已改为 2019年1月。$/)).toBeInTheDocument();
    expect(window.location.search).toBe('?from=2019-01&to=2019-01');
  });

  it('says when a link’s period cannot be read', async () => {
    renderApp('/overview?from=banana&to=2021-06');
    expect(await screen.findByText(/链接中的时段无法识别，已改为 2021年1—6月。$/)).toBeInTheDocument();
  });
});
