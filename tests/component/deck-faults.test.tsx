// The meeting deck when things go wrong: a remembered slide choice that is not one, errors in
// plain Chinese (the detail behind 详情), 请重新登录 on a 401, 仍在加载… during a hang, and one
// true badge after a failed 刷新数据.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CHOICE, useDeckChoice } from '../../src/features/present/lib/deck-choice';
import { server } from '../support/msw-server';
import { renderApp } from '../support/render-app';

const DECK = '/present?from=2021-01&to=2021-06';
const count = () => screen.getByText(/^\d+ \/ \d+$/).textContent;
const cover = () => screen.findByRole('heading', { level: 1, name: '稠城街道工作进度' });

/** What the browser remembers from an earlier visit, read as the deck's module would on a reload. */
async function remembered(value: string) {
  localStorage.setItem('deck-choice', value);
  await useDeckChoice.persist.rehydrate();
}

describe('the deck with a remembered slide choice', () => {
  afterEach(() => useDeckChoice.setState({ ...DEFAULT_CHOICE }));

  it('opens with the default slides when the remembered choice is corrupted, and forgets it', async () => {
    await remembered(JSON.stringify({ state: { order: 5, hidden: null }, version: 0 }));
    renderApp(DECK);
    expect(await cover()).toBeInTheDocument();
    expect(count()).toBe('1 / 9');
    expect(localStorage.getItem('deck-choice') ?? '').not.toContain('"order":5');
  });

  it('ignores a choice of the current version that is not a choice', async () => {
    await remembered(JSON.stringify({ state: { order: ['title'], hidden: 'round' }, version: 1 }));
    renderApp(DECK);
    expect(await cover()).toBeInTheDocument();
    expect(count()).toBe('1 / 9');
  });

  it('keeps a valid choice saved before choices were versioned', async () => {
    await remembered(JSON.stringify({ state: { order: [], hidden: [] }, version: 0 }));
    renderApp(DECK);
    expect(await cover()).toBeInTheDocument();
    // The community round is in: 9 slides and one per community.
    expect(count()).toBe('1 / 29');
  });
});

describe('the deck’s errors, in plain Chinese', () => {
  it('says what is wrong with the data in words; the technical detail only behind 详情', async () => {
    renderApp(`${DECK}&scenario=schema-drift`);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { level: 1 })).toHaveTextContent('无法取得演示数据 · 数据格式不符');
    expect(within(alert).getByText(/^服务器返回的指标数据格式不对：第 1 条数据的数值缺少该字段/)).toBeVisible();
    const technical = within(alert).getByText(/接口 GET \/series/);
    expect(technical).not.toBeVisible();
    await userEvent.setup().click(within(alert).getByText('详情'));
    expect(technical).toBeVisible();
    expect(within(alert).getByRole('button', { name: '重试' })).toBeInTheDocument();
  });

  it('asks to sign in again on a 401, as the app’s pages do, and opens once signed in', async () => {
    server.use(http.get('*/api/*', () => HttpResponse.json({ error: '会话已过期' }, { status: 401 })));
    renderApp(DECK);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { level: 1, name: '请重新登录' })).toBeInTheDocument();
    expect(within(alert).getByText('登录已失效：会话已过期。请重新登录。')).toBeVisible();
    expect(screen.queryByRole('region', { name: /^第 \d+ 页/ })).not.toBeInTheDocument();

    server.resetHandlers();
    await userEvent.setup().click(within(alert).getByRole('button', { name: '已重新登录，再试一次' }));
    expect(await cover()).toBeInTheDocument();
    expect(count()).toBe('1 / 9');
  });

  it('says 仍在加载… when the data has not come after 5 s', async () => {
    server.use(http.get('*/api/series', () => delay('infinite')));
    renderApp(DECK);
    await screen.findByRole('heading', { level: 1, name: '正在准备演示数据…' });
    expect(screen.queryByText(/^仍在加载…/)).not.toBeInTheDocument();
    expect(await screen.findByText('仍在加载…（网络或服务器较慢，数据到达后会自动显示）')).toBeInTheDocument();
  });

  it('after a failed 刷新数据 says only that it failed, and why, never 已刷新', async () => {
    const user = userEvent.setup();
    renderApp(DECK);
    await cover();
    server.use(http.get('*/api/series', () => HttpResponse.json({ error: '数据服务维护中' }, { status: 500 })));
    await user.click(screen.getByRole('button', { name: '刷新数据' }));
    const failed = await screen.findByText(/^刷新失败/);
    await waitFor(() => expect(screen.getByRole('button', { name: '刷新数据' })).toBeEnabled());
    expect(screen.queryByText(/^已刷新/)).not.toBeInTheDocument();
    expect(failed).toHaveTextContent('刷新失败：服务器出错（500），仍显示快照');

    // The backend is back: the next refresh says so, and the failure is gone.
    server.resetHandlers();
    await user.click(screen.getByRole('button', { name: '刷新数据' }));
    expect(await screen.findByText('已刷新：数据没有变化')).toBeInTheDocument();
    expect(screen.queryByText(/^刷新失败/)).not.toBeInTheDocument();
  });
});
