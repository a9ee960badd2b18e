// The UI follows the access rules: no link a user would be refused, and a typed URL that is
// refused says 无权查看 with a way back, without a single figure of that community.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { countRequests } from '../support/hold-requests';
import { currentSearch, renderApp } from '../support/render-app';

/** The requests made for every community's figures (a ranking's, completion's). */
const perCommunity = (counts: Map<string, number>) => [...counts.keys()].filter((k) => k.startsWith('/series') && k.includes('groupBy=community'));

describe('access in the UI', () => {
  it('shows a secretary 无权查看 for another community, without asking for its figures', async () => {
    const counts = countRequests();
    renderApp('/communities/ximen?from=2021-01&to=2021-06&as=secretary-cilin');
    expect(await screen.findByRole('heading', { level: 1, name: '无权查看' })).toBeInTheDocument();
    expect(screen.getByText('社区书记可以查看本社区的详情，以及全部社区的排名。')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '回到本社区' })).toHaveAttribute('href', '/communities/cilin?from=2021-01&to=2021-06');
    expect(within(screen.getByRole('main')).queryByText(/西门社区/)).not.toBeInTheDocument();
    expect([...counts.keys()].filter((k) => k.startsWith('/series') || k.startsWith('/targets'))).toEqual([]);
  });

  it('shows a viewer 无权查看 for any community page', async () => {
    renderApp('/communities/xiuhu?from=2021-01&to=2021-06&as=viewer');
    expect(await screen.findByRole('heading', { level: 1, name: '无权查看' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '回到本社区' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: '查看全部社区排名' })).toBeInTheDocument();
  });

  it('offers a secretary a link to their own community only; the ranking itself is public', async () => {
    renderApp('/rankings?from=2021-01&to=2021-06&metric=visits&as=secretary-cilin');
    const table = await screen.findByRole('table', { name: /各社区走访群众排名/ });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(21));
    // The rows can come before the session says who is looking: the own link follows it.
    await waitFor(() => expect(within(table).getAllByRole('link').map((a) => a.textContent)).toEqual(['词林社区']));
    expect(within(table).getByRole('rowheader', { name: /^西门社区/ })).toBeInTheDocument();
  });

  it('offers a viewer no community links at all, on the ranking or its map', async () => {
    renderApp('/rankings?from=2021-01&to=2021-06&metric=visits&view=map&as=viewer');
    const map = await screen.findByRole('group', { name: /：地图$/ });
    await waitFor(() => expect(within(map).getAllByRole('img')).toHaveLength(20));
    expect(within(map).queryAllByRole('link')).toEqual([]);
  });

  it('shows a viewer no single month of every community, and offers the quarter instead', async () => {
    const counts = countRequests();
    renderApp('/rankings?metric=visits&by=value&as=viewer&from=2021-03&to=2021-03');
    const panel = await screen.findByRole('region', { name: '走访群众排名' });
    expect(await within(panel).findByText('各社区数据按整季度公布')).toBeInTheDocument();
    expect(within(panel).getByText(/2021年3月不是完整的季度/)).toBeInTheDocument();
    expect(within(panel).queryByRole('table')).not.toBeInTheDocument();
    expect(perCommunity(counts)).toEqual([]);
    // The quarter around it is released: one click shows the ranking.
    await userEvent.click(within(panel).getByRole('link', { name: '2021年1—3月' }));
    expect(currentSearch().get('from')).toBe('2021-01');
    expect(currentSearch().get('to')).toBe('2021-03');
    const table = await screen.findByRole('table', { name: /各社区走访群众排名/ });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(21));
    expect(perCommunity(counts).length).toBeGreaterThan(0);
  });

  it('keeps a secretary’s own figures and the subdistrict’s totals for a single month, but not the other communities’', async () => {
    const counts = countRequests();
    renderApp('/overview?from=2021-06&to=2021-06&as=secretary-cilin');
    // The subdistrict's totals are public for any period.
    expect(await screen.findByRole('article', { name: '走访群众' })).toBeInTheDocument();
    const completion = screen.getByRole('region', { name: '各社区目标完成率' });
    expect(await within(completion).findByText('各社区数据按整季度公布')).toBeInTheDocument();
    expect(within(completion).getByText(/全街道合计和本社区的数据不受此限/)).toBeInTheDocument();
    expect(within(completion).getByRole('link', { name: '2021年4—6月' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: '需要关注' })).getByText('各社区数据按整季度公布')).toBeInTheDocument();
    await waitFor(() => expect([...counts.keys()].some((k) => k.startsWith('/series') && k.includes('groupBy=month'))).toBe(true));
    expect(perCommunity(counts)).toEqual([]);
  });

  it('opens the deck for a viewer over whole quarters only, offering the quarter instead of a month', async () => {
    const counts = countRequests();
    renderApp('/present?from=2021-06&to=2021-06&as=viewer');
    expect(await screen.findByRole('heading', { level: 1, name: '各社区数据按整季度公布' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '2021年4—6月' })).toHaveAttribute('href', expect.stringMatching(/^\/present\?from=2021-04&to=2021-06/));
    expect(perCommunity(counts)).toEqual([]);
    await userEvent.click(screen.getByRole('link', { name: '2021年4—6月' }));
    expect(await screen.findByRole('heading', { level: 1, name: '稠城街道工作进度' })).toBeInTheDocument();
    expect(perCommunity(counts).length).toBeGreaterThan(0);
  });

  it('shows a leader every community over any period', async () => {
    renderApp('/rankings?metric=visits&from=2021-03&to=2021-03&as=leader');
    const table = await screen.findByRole('table', { name: /各社区走访群众排名/ });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(21));
    expect(screen.queryByText('各社区数据按整季度公布')).not.toBeInTheDocument();
  });

  it('sends a viewer from / to the overview', async () => {
    renderApp('/?as=viewer');
    expect(await screen.findByRole('heading', { level: 1, name: /^总览/ })).toBeInTheDocument();
  });
});
