// The shell's recovery: signing in again, 全部重试 after an outage, and the page notice's count,
// each against the mock backend's fault scenarios (mocks/scenarios.ts).
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app';

const PERIOD = 'from=2021-01&to=2021-06';
/** The panels showing an error in place of their figures (each with its own 重试). */
const failedPanels = () => screen.queryAllByRole('alert').filter((alert) => within(alert).queryByRole('button', { name: '重试' }));
/** The page's notice above the panels, with its number. */
const pageNotice = () => screen.queryAllByRole('alert').find((alert) => within(alert).queryByRole('button', { name: '全部重试' }));
const noticeCount = () => Number(/本页有 (\d+) /.exec(pageNotice()?.textContent ?? '')?.[1]);

describe('the page notice', () => {
  it('counts the panels that show an error (server-error on /overview: 13)', { timeout: 20_000 }, async () => {
    renderApp(`/overview?${PERIOD}&scenario=server-error`);
    // Five areas (card and trend each), the completion chart, 需要关注 and the totals.
    await waitFor(() => expect(failedPanels()).toHaveLength(13), { timeout: 10_000 });
    await waitFor(() => expect(noticeCount()).toBe(failedPanels().length));
    expect(pageNotice()).toHaveTextContent('本页有 13 处未能取得数据。');
  });
});
