// The meeting deck in jsdom against the MSW handlers: stepping, a failed snapshot, an area with
// no data, 刷新数据 saying what changed, auto-advance that any key pauses.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../mocks/handlers';
import { generateDataset } from '../../mocks/data/generate';
import { server } from '../support/msw-server';
import { currentSearch, renderApp } from '../support/render-app';

const count = () => screen.getByText(/^\d+ \/ \d+$/).textContent;
const currentSlide = () => screen.getByRole('region', { name: /^第 \d+ 页/ });

describe('the deck', () => {
  afterEach(() => vi.useRealTimers());

  it('moves between slides with the arrow keys and clicker keys, the slide in the URL', async () => {
    const user = userEvent.setup();
    renderApp('/present?from=2021-01&to=2021-06');
    expect(await screen.findByRole('heading', { level: 1, name: '稠城街道工作进度' })).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(within(currentSlide()).getByRole('heading', { level: 1 })).toHaveTextContent('走访群众'));
    expect(currentSearch().get('slide')).toBe('2');
    await user.keyboard('{PageDown}');
    await waitFor(() => expect(within(currentSlide()).getByRole('heading', { level: 1 })).toHaveTextContent('民生实事与矛盾纠纷'));
    await user.keyboard('{PageUp}');
    await waitFor(() => expect(count()).toBe('2 / 9'));
  });

  it('shows a full-slide error with 重试 when the snapshot cannot be taken', async () => {
    const user = userEvent.setup();
    let failing = true;
    server.use(http.get('*/api/series', () => (failing ? HttpResponse.json({ error: '数据服务维护中' }, { status: 500 }) : undefined)));
    renderApp('/present?from=2021-01&to=2021-06');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: '无法取得演示数据 · 服务器出错（500）' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('数据服务维护中');
    failing = false;
    await user.click(within(alert).getByRole('button', { name: '重试' }));
    expect(await screen.findByRole('heading', { level: 1, name: '稠城街道工作进度' })).toBeInTheDocument();
  });

  it('says 本期无数据 on an area slide without data, instead of an empty chart', async () => {
    server.use(
      http.get('*/api/series', ({ request }) => {
        const url = new URL(request.url);
        if (url.searchParams.get('groupBy') !== 'month') return undefined;
        return HttpResponse.json({ from: url.searchParams.get('from'), to: url.searchParams.get('to'), groupBy: 'month', rows: [] });
      }),
    );
    renderApp('/present?from=2021-01&to=2021-06&slide=2');
    await waitFor(() => expect(within(currentSlide()).getByText('本期无数据')).toBeInTheDocument());
    expect(within(currentSlide()).getByText('2021年1—6月走访群众暂无数据。')).toBeInTheDocument();
  });

  it('keeps its snapshot while presenting, and 刷新数据 says what changed', async () => {
    const user = userEvent.setup();
    renderApp('/present?from=2021-01&to=2021-06&slide=2');
    const headline = await waitFor(() => within(currentSlide()).getByText(/^2021年1—6月走访群众 /));
    const before = headline.textContent;
    await user.click(screen.getByRole('button', { name: '刷新数据' }));
    expect(await screen.findByText('已刷新：数据没有变化')).toBeInTheDocument();

    // The backend now has more visits in June.
    const changed = generateDataset();
    changed.values.visits.byCommunity.forEach((series) => series && (series[series.length - 1] += 10));
    server.use(...createHandlers(changed));
    await user.click(screen.getByRole('button', { name: '刷新数据' }));
    expect(await screen.findByText(/^已刷新：.*走访群众.*有变化$/)).toBeInTheDocument();
    expect(within(currentSlide()).getByText(/^2021年1—6月走访群众 /).textContent).not.toBe(before);
  });

  it('advances every ?auto= seconds until any key pauses it', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    renderApp('/present?from=2021-01&to=2021-06&auto=5');
    await screen.findByRole('heading', { level: 1, name: '稠城街道工作进度' });
    expect(screen.getByText('自动播放 5 秒/页')).toBeInTheDocument();
    // A frame after the slide shows, the deck's effects have run (the faked clock runs them too).
    await act(async () => vi.advanceTimersByTime(50));
    await act(async () => vi.advanceTimersByTime(5_100));
    await waitFor(() => expect(count()).toBe('2 / 9'));
    await user.keyboard('x');
    expect(await screen.findByText('自动播放已暂停（5 秒/页）')).toBeInTheDocument();
    await act(async () => vi.advanceTimersByTime(12_000));
    expect(count()).toBe('2 / 9');
  });
});
