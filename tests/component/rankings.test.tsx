import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app';

function rowFor(table: HTMLElement, community: string): HTMLElement {
  const header = within(table).getByRole('rowheader', { name: community });
  return header.closest('tr') as HTMLElement;
}

describe('rankings and missing values', () => {
  it('shows 未开通 for communities without a case station and ranks only the three pilots', async () => {
    renderApp('/metrics/community_cases?from=2020-01&to=2020-12');
    expect(await screen.findByRole('heading', { level: 1, name: '社区下沉办件 · 2020年1—12月' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: /社区下沉办件排名/ });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(21));
    const ranks = ['词林社区', '绣湖社区', '通惠社区'].map((name) => within(rowFor(table, name)).getAllByRole('cell')[0].textContent);
    expect(ranks.sort()).toEqual(['1', '2', '3']);
    const binwang = rowFor(table, '宾王社区');
    expect(binwang).toHaveTextContent('未开通');
    expect(within(binwang).getAllByRole('cell')[0]).toHaveTextContent('—');
    expect(screen.getByText('2,491')).toBeInTheDocument();
  });

  it('ranks by the chosen metric and links to the community page with the period', async () => {
    const user = userEvent.setup();
    renderApp('/rankings?from=2020-01&to=2020-12');
    const select = await screen.findByRole('combobox', { name: '指标' });
    await user.selectOptions(select, 'parking_spaces');
    const table = await screen.findByRole('table', { name: /新增停车位排名/ });
    expect(rowFor(table, '西门社区')).toHaveTextContent('未开通');
    const first = within(table).getAllByRole('row')[1];
    expect(within(first).getAllByRole('cell')[0]).toHaveTextContent('1');
    const link = within(first).getByRole('link');
    expect(link.getAttribute('href')).toMatch(/^\/communities\/[a-z]+\?from=2020-01&to=2020-12$/);
    await user.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: new RegExp(`^${link.textContent} · 2020年1—12月$`) })).toBeInTheDocument();
  });

  it('shows a community its rank on every metric, and 未开通 where it has no service', async () => {
    renderApp('/communities/binwang?from=2020-01&to=2020-12');
    const table = await screen.findByRole('table', { name: /宾王社区/ });
    const cases = rowFor(table, '社区下沉办件');
    expect(cases).toHaveTextContent('未开通');
    const visits = rowFor(table, '走访群众');
    expect(visits).toHaveTextContent(/第 \d+ \/ 20 名/);
  });

  it('moves between slides with the arrow keys', async () => {
    const user = userEvent.setup();
    renderApp('/present?from=2020-01&to=2020-12');
    expect(await screen.findByRole('heading', { level: 1, name: /^走访群众/ })).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(await screen.findByRole('heading', { level: 1, name: /^民生实事与矛盾纠纷/ })).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('slide')).toBe('2');
    await user.keyboard('{ArrowLeft}');
    expect(await screen.findByRole('heading', { level: 1, name: /^走访群众/ })).toBeInTheDocument();
  });
});
