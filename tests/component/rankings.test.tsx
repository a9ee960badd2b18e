// One ranking rule everywhere: the same community has the same rank for the same metric and
// period on /rankings, the metric page, the overview chart and its own page. Expected ranks are
// computed here from the raw dataset.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { completionRanking, zhNumber } from '../support/dataset-figures';
import { HISTORY_LENGTH, historyPeriods } from '../../src/domain/history';
import { BLACK_STREAK_WARNING, BOARD_SIZE } from '../../src/domain/ranking';
import { countRequests } from '../support/hold-requests';
import { sampleDataset } from '../support/msw-server';
import { currentSearch, renderApp } from '../support/render-app';

const period = 'from=2021-01&to=2021-06';
const expected = completionRanking('visits', '2021-01', '2021-06');
const rankOf = (id: string) => String(expected.find((r) => r.id === id)?.rank);
const probe = ['cilin', 'xiuhu', 'lianyun', 'zhanqian'];

const rowFor = (table: HTMLElement, name: string) => within(table).getByRole('rowheader', { name: new RegExp(`^${name}`) }).closest('tr') as HTMLElement;
const firstCell = (row: HTMLElement) => within(row).getAllByRole('cell')[0].textContent;
const nameOf = (id: string) => expected.find((r) => r.id === id)?.name as string;

describe('one ranking rule everywhere', () => {
  it('ranks by completion of each community’s own target on /rankings', async () => {
    renderApp(`/rankings?${period}&metric=visits`);
    const table = await screen.findByRole('table', { name: /各社区走访群众排名（按完成率）/ });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(21));
    for (const id of probe) expect(firstCell(rowFor(table, nameOf(id)))).toBe(rankOf(id));
    expect(screen.getByText(/^排名规则：按目标完成率（完成值 ÷ 按序时折算的目标）/)).toBeInTheDocument();
  });

  it('gives the same ranks on the metric page', async () => {
    renderApp(`/metrics/visits?${period}`);
    const table = await screen.findByRole('table', { name: /各社区走访群众排名/ });
    for (const id of probe) expect(firstCell(rowFor(table, nameOf(id)))).toBe(rankOf(id));
  });

  it('gives the same ranks in the overview’s completion chart (as a table)', async () => {
    const user = userEvent.setup();
    renderApp(`/overview?${period}`);
    const panel = await screen.findByRole('region', { name: '各社区目标完成率' });
    await user.click(await within(panel).findByRole('button', { name: '表格' }));
    const table = within(panel).getByRole('table');
    for (const id of probe) expect(firstCell(rowFor(table, nameOf(id)))).toBe(rankOf(id));
  });

  it('gives the same rank on the community’s own page', async () => {
    for (const id of probe.slice(0, 2)) {
      const { unmount } = renderApp(`/communities/${id}?${period}`);
      const table = await screen.findByRole('table', { name: new RegExp(`${nameOf(id)}各项指标`) });
      const row = within(table).getByRole('rowheader', { name: '走访群众' }).closest('tr') as HTMLElement;
      expect(row).toHaveTextContent(`第 ${rankOf(id)} / ${expected.length} 名`);
      unmount();
    }
  });
});

describe('/rankings', () => {
  it('opens on the 综合指数 with its formula and weights, and switches metric in the URL', async () => {
    const user = userEvent.setup();
    renderApp(`/rankings?${period}`);
    expect(await screen.findByRole('table', { name: /各社区综合指数排名/ })).toBeInTheDocument();
    const formula = screen.getByRole('region', { name: '综合指数怎么算' });
    expect(within(formula).getByText(/单项最高按 120% 计/)).toBeInTheDocument();
    expect(within(within(formula).getByRole('table')).getByRole('rowheader', { name: '走访群众' }).closest('tr')).toHaveTextContent('3');
    await user.selectOptions(screen.getByRole('combobox', { name: '指标' }), 'parking_spaces');
    expect(currentSearch().get('metric')).toBe('parking_spaces');
    expect(await screen.findByRole('table', { name: /各社区新增停车位排名/ })).toBeInTheDocument();
  });

  it('asks for a newly chosen metric’s figures once: one request per period of its history', async () => {
    const user = userEvent.setup();
    renderApp(`/rankings?${period}&metric=visits`);
    await screen.findByRole('table', { name: /各社区走访群众排名/ });
    const counts = countRequests();
    await user.selectOptions(screen.getByRole('combobox', { name: '指标' }), 'problems_solved');
    expect(await screen.findByRole('table', { name: /各社区解决群众问题排名/ })).toBeInTheDocument();
    const history = historyPeriods({ from: '2021-01', to: '2021-06' }, sampleDataset.meta);
    expect([...counts.keys()].sort()).toEqual(history.map((p) => `/series?metrics=problems_solved&from=${p.from}&to=${p.to}&groupBy=community`).sort());
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  });

  it('starts a change from the state on screen after coming back to an earlier one (Back)', async () => {
    const user = userEvent.setup();
    renderApp(`/rankings?${period}&metric=visits`);
    await screen.findByRole('table', { name: /各社区走访群众排名/ });
    await user.selectOptions(screen.getByRole('combobox', { name: '指标' }), 'problems_solved');
    await screen.findByRole('table', { name: /各社区解决群众问题排名/ });
    // Back to the 走访群众 ranking, as a browser's Back button does it.
    act(() => {
      window.history.pushState(null, '', `/rankings?${period}&metric=visits`);
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await screen.findByRole('table', { name: /各社区走访群众排名/ });
    await user.click(screen.getByRole('button', { name: '按完成值' }));
    expect(await screen.findByRole('table', { name: /各社区走访群众排名（按完成值）/ })).toBeInTheDocument();
    expect(currentSearch().get('metric')).toBe('visits');
  });

  it('ranks by raw value when asked, saying so', async () => {
    const user = userEvent.setup();
    renderApp(`/rankings?${period}&metric=visits`);
    await screen.findByRole('table', { name: /按完成率/ });
    await user.click(screen.getByRole('button', { name: '按完成值' }));
    expect(currentSearch().get('by')).toBe('value');
    const table = await screen.findByRole('table', { name: /各社区走访群众排名（按完成值）/ });
    const byValue = [...expected].sort((a, b) => b.value - a.value);
    const first = within(table).getAllByRole('row')[1];
    expect(within(first).getByRole('rowheader')).toHaveTextContent(byValue[0].name);
    expect(first).toHaveTextContent(zhNumber.format(byValue[0].value));
    expect(screen.getByText(/^排名规则：按完成值从高到低排名/)).toBeInTheDocument();
  });

  it('lists communities without the service apart, and explains why there is no 红黑榜 with three ranked', async () => {
    renderApp(`/rankings?${period}&metric=community_cases`);
    const table = await screen.findByRole('table', { name: /社区下沉办件排名/ });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(screen.getAllByText('不参与排名（未开通）')[0].nextElementSibling?.textContent?.split('、')).toHaveLength(17);
    expect(screen.getAllByText(/参与排名的社区少于 6 个，红榜与黑榜会重叠，本期不评红黑榜/).length).toBeGreaterThan(0);
    expect(within(table).queryByText('红榜')).not.toBeInTheDocument();
  });

  it('marks the top three 红榜 and the bottom three 黑榜, and warns of 连续两期黑榜 consistently with the record', async () => {
    renderApp(`/rankings?${period}&metric=visits`);
    const table = await screen.findByRole('table', { name: /各社区走访群众排名（按完成率）/ });
    const rows = within(table).getAllByRole('row').slice(1);
    await waitFor(() => expect(rows).toHaveLength(20));
    const board = (row: HTMLElement) => (row.textContent?.includes('红榜') ? 'red' : row.textContent?.includes('黑榜') ? 'black' : null);
    expect(rows.map(board)).toEqual([...Array(3).fill('red'), ...Array(14).fill(null), ...Array(3).fill('black')]);

    const history = screen.getByRole('region', { name: '红黑榜记录' });
    const grid = await within(history).findByRole('table');
    const warned = within(grid)
      .getAllByRole('row')
      .slice(1)
      .filter((r) => r.textContent?.includes('连续 '));
    for (const row of warned) {
      const cells = within(row).getAllByRole('cell');
      // The last two periods (before the streak column) are both 黑榜.
      expect(cells.at(-2)).toHaveTextContent('黑榜');
      expect(cells.at(-3)).toHaveTextContent('黑榜');
    }
    const names = warned.map((r) => within(r).getByRole('rowheader').textContent);
    if (names.length) expect(within(history).getByText(new RegExp(`^连续 ${BLACK_STREAK_WARNING} 期黑榜：`))).toHaveTextContent(names[0] as string);
  });

  it('says as many periods as the record shows, and the board sizes and streak of the rules', async () => {
    renderApp(`/rankings?${period}&metric=visits`);
    const history = await screen.findByRole('region', { name: '红黑榜记录' });
    const grid = await within(history).findByRole('table');
    const periodColumns = within(grid).getAllByRole('columnheader').length - 2; // 社区 and 连续黑榜 aside
    // 2021年1—6月 and the half-years before it, as far back as the data goes (2019-01).
    expect(periodColumns).toBe(historyPeriods({ from: '2021-01', to: '2021-06' }, sampleDataset.meta).length);
    expect(periodColumns).toBeLessThan(HISTORY_LENGTH);
    expect(history).toHaveTextContent(`近 ${periodColumns} 期（与本期等长的时段）的名次`);
    expect(history).toHaveTextContent(`连续 ${BLACK_STREAK_WARNING} 期黑榜的社区需重点督办`);
    expect(history).not.toHaveTextContent(`近 ${HISTORY_LENGTH} 期`);
    expect(history).toHaveTextContent(`前 ${BOARD_SIZE} 名`);
  });

  it('shows the tile map: one square per community, each opening it', async () => {
    renderApp(`/rankings?${period}&metric=visits&view=map`);
    const map = await screen.findByRole('group', { name: /各社区走访群众排名（按完成率）：地图/ });
    // Links once the viewer is known (the ranking's figures may come first).
    const tiles = await within(map).findAllByRole('link');
    expect(tiles).toHaveLength(20);
    const cilin = within(map).getByRole('link', { name: new RegExp(`^词林社区：第 ${rankOf('cilin')} 名`) });
    expect(cilin).toHaveAttribute('href', `/communities/cilin?${period}`);
  });
});
