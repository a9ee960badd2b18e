// The shell's recovery: signing in again, 全部重试 after an outage, and the page notice's count,
// each against the mock backend's fault scenarios (mocks/scenarios.ts).
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MOCK_SCENARIO_KEY } from '../../src/lib/api/mock-identity';
import { renderApp } from '../support/render-app';

const PERIOD = 'from=2021-01&to=2021-06';
/** The backend answers normally again (the app keeps the scenario for the session). */
const backendRecovers = () => sessionStorage.removeItem(MOCK_SCENARIO_KEY);
/** The panels showing an error in place of their figures (each with its own 重试). */
const failedPanels = () => screen.queryAllByRole('alert').filter((alert) => within(alert).queryByRole('button', { name: '重试' }));
/** The page's notice above the panels, with its number. */
const pageNotice = () => screen.queryAllByRole('alert').find((alert) => within(alert).queryByRole('button', { name: '全部重试' }));
const noticeCount = () => Number(/本页有 (\d+) /.exec(pageNotice()?.textContent ?? '')?.[1]);

afterEach(() => vi.unstubAllGlobals());

describe('signing in again', () => {
  // Each page's figures once they are in: what a user signing in again wants to see.
  const figures: Record<string, () => Promise<unknown>> = {
    '/metrics/visits': async () => waitFor(() => expect((screen.getByRole('region', { name: '本期完成情况' }) as HTMLElement).querySelector('.big-figure')).toHaveTextContent('1,608户')),
    '/communities/cilin': async () => expect(within(await screen.findByRole('table', { name: /词林社区各项指标/ })).getAllByRole('row').length).toBeGreaterThan(5),
    '/rankings': async () => expect(within(await screen.findByRole('table', { name: /排名/ })).getAllByRole('row')).toHaveLength(21),
    '/overview': async () => waitFor(() => expect(screen.getByRole('article', { name: '走访群众' })).toHaveTextContent('1,608户')),
  };

  it.each(Object.keys(figures))('%s: 已重新登录，再试一次 asks again for everything refused, not only the session', async (path) => {
    const user = userEvent.setup();
    renderApp(`${path}?${PERIOD}&scenario=unauthorized`);
    await screen.findByRole('heading', { level: 1, name: '请重新登录' });
    backendRecovers();
    await user.click(screen.getByRole('button', { name: '已重新登录，再试一次' }));
    await screen.findByRole('navigation', { name: '主导航' });
    await figures[path]();
    await waitFor(() => expect(screen.queryByText(/需要登录|登录已失效/)).not.toBeInTheDocument());
    expect(screen.queryAllByRole('alert')).toHaveLength(0);
  });
});

describe('全部重试 after requests timed out', () => {
  it('brings every panel back in one click, and the notice goes', async () => {
    // An idle browser: the page's background work (other periods fetched ahead) runs as soon as it may.
    vi.stubGlobal('requestIdleCallback', (run: () => void) => setTimeout(run, 0));
    vi.stubGlobal('cancelIdleCallback', (id: number) => clearTimeout(id));
    const user = userEvent.setup();
    renderApp(`/overview?${PERIOD}&scenario=hang`, { requestTimeoutMs: 1000 });
    const attention = await screen.findByRole('region', { name: '需要关注' });
    await within(attention).findByText(/超时/);
    expect(within(screen.getByRole('article', { name: '走访群众' })).getByText(/超时/)).toBeInTheDocument();
    backendRecovers();
    await user.click(screen.getByRole('button', { name: '全部重试' }));
    await within(attention).findByRole('list');
    await waitFor(() => expect(screen.getByRole('article', { name: '走访群众' })).toHaveTextContent('1,608户'));
    await waitFor(() => expect(screen.queryAllByRole('alert')).toHaveLength(0));
  });
});

describe('the page notice', () => {
  it('counts the panels that show an error (server-error on /overview: 13)', async () => {
    renderApp(`/overview?${PERIOD}&scenario=server-error`);
    // Five areas (card and trend each), the completion chart, 需要关注 and the totals.
    await waitFor(() => expect(failedPanels()).toHaveLength(13));
    await waitFor(() => expect(noticeCount()).toBe(failedPanels().length));
    expect(pageNotice()).toHaveTextContent('本页有 13 处未能取得数据。');
  });
});
