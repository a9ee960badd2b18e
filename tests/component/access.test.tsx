// The UI follows the access rules: no link a user would be refused, and a typed URL that is
// refused says 无权查看 with a way back, without a single figure of that community.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { countRequests } from '../support/hold-requests';
import { renderApp } from '../support/render-app';

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

  it('sends a viewer from / to the overview', async () => {
    renderApp('/?as=viewer');
    expect(await screen.findByRole('heading', { level: 1, name: /^总览/ })).toBeInTheDocument();
  });
});
