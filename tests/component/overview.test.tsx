import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { countRequests, holdRequests } from '../support/hold-requests';
import { server } from '../support/msw-server';
import { currentSearch, renderApp } from '../support/render-app';

async function areaPanel(name: string) {
  return screen.findByRole('region', { name });
}

function figureOf(panel: HTMLElement, label: string): string {
  const term = within(panel).getByText(label, { selector: 'dt, dt *' });
  const row = term.closest('.figure');
  if (!row) throw new Error(`no figure row for ${label}`);
  return within(row as HTMLElement).getByRole('definition').textContent ?? '';
}

describe('overview', () => {
  it('shows every 2020 figure of the seed article for 2020-01..2020-12', async () => {
    renderApp('/overview?from=2020-01&to=2020-12');
    expect(await screen.findByRole('heading', { level: 1, name: '总览 · 2020年1—12月' })).toBeInTheDocument();

    const visits = await areaPanel('走访群众合计');
    await waitFor(() => expect(figureOf(visits, '走访群众')).toBe('3,046户'));

    const grievances = await areaPanel('民生实事与矛盾纠纷合计');
    expect(figureOf(grievances, '收集民生实事')).toBe('452项');
    expect(figureOf(grievances, '解决群众问题')).toBe('291个');
    expect(figureOf(grievances, '化解矛盾纠纷')).toBe('62个');
    expect(figureOf(grievances, '问题解决率')).toBe('64.4%');

    const parking = await areaPanel('停车设施合计');
    expect(figureOf(parking, '新增停车位')).toBe('2,600个');
    expect(figureOf(parking, '正向停车标识')).toBe('25,000个');

    const cables = await areaPanel('“三无行动”飞线整治合计');
    expect(figureOf(cables, '清剪户外零星飞线')).toBe('3,300处');
    expect(figureOf(cables, '修整绿化')).toBe('9,000平方米');
    expect(figureOf(cables, '路侧石修复')).toBe('4,200米');
    expect(figureOf(cables, '问题城市家具整改')).toBe('2,700处');

    const cases = await areaPanel('办件服务合计');
    expect(figureOf(cases, '街道行政服务中心受理事项')).toBe('14,017件');
    expect(figureOf(cases, '社区下沉办件')).toBe('2,491件');
    expect(figureOf(cases, '按期办结率')).toBe('100.0%');
  });

  it('defaults to the latest year to date and writes it into the URL', async () => {
    renderApp('/overview');
    expect(await screen.findByRole('heading', { level: 1, name: '总览 · 2021年1—6月' })).toBeInTheDocument();
    await waitFor(() => expect(currentSearch().get('from')).toBe('2021-01'));
    expect(currentSearch().get('to')).toBe('2021-06');
    expect(screen.getByRole('button', { name: '本年累计' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('changes the period with a preset and keeps it in the URL', async () => {
    const user = userEvent.setup();
    renderApp('/overview?from=2021-01&to=2021-06');
    await screen.findByRole('heading', { level: 1, name: '总览 · 2021年1—6月' });
    await user.click(screen.getByRole('button', { name: '上一年' }));
    expect(await screen.findByRole('heading', { level: 1, name: '总览 · 2020年1—12月' })).toBeInTheDocument();
    expect(currentSearch().get('from')).toBe('2020-01');
    const visits = await areaPanel('走访群众合计');
    await waitFor(() => expect(figureOf(visits, '走访群众')).toBe('3,046户'));
  });

  it('has the other presets’ figures ready once the page has settled: 上一年 shows at once, with the network held', async () => {
    const user = userEvent.setup();
    const counts = countRequests();
    const { queryClient } = renderApp('/overview?from=2021-01&to=2021-06');
    const visits = await areaPanel('走访群众合计');
    await waitFor(() => expect(figureOf(visits, '走访群众')).toBe('1,608户'));
    // In idle time the page asked for the other presets (本月, 本季度, 上一年)…
    await waitFor(() => expect([...counts.keys()].some((k) => k.includes('from=2020-01&to=2020-12'))).toBe(true));
    await waitFor(() => expect(document.querySelector('[aria-busy="true"]')).toBeNull());
    // …and has their answers (not a pause that a busy machine outlasts).
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    // …so with every request from now on held, choosing 上一年 still shows its figures.
    const hold = holdRequests(() => true);
    await user.click(screen.getByRole('button', { name: '上一年' }));
    await waitFor(() => expect(figureOf(visits, '走访群众')).toBe('3,046户'));
    hold.release();
  });

  it('shows 需要关注 after the first screen, and then another metric’s completion chart at once, with the network held', async () => {
    const user = userEvent.setup();
    renderApp('/overview?from=2021-01&to=2021-06');
    const completion = await screen.findByRole('region', { name: '各社区目标完成率' });
    await within(completion).findByText(/^2021年1—6月各社区走访群众完成率：/);
    // 需要关注 reads every metric of every community: it comes once the first chart is in.
    const attention = await screen.findByRole('region', { name: '需要关注' });
    await waitFor(() => expect(within(attention).getAllByRole('listitem').length).toBeGreaterThan(0));
    const hold = holdRequests(() => true);
    await user.selectOptions(within(completion).getByRole('combobox', { name: '指标' }), '新增停车位');
    await within(completion).findByText(/^2021年1—6月各社区新增停车位完成率：/);
    // Nothing asked for this period's per-community figures (the other presets' may be fetched
    // ahead in idle time meanwhile: on a busy machine that idle time comes late).
    const thisPeriod = (url: string) => url.includes('from=2021-01&to=2021-06') || url.includes('years=2021&');
    expect(hold.held.filter((url) => thisPeriod(url) && (url.includes('groupBy=community') || url.includes('level=community')))).toEqual([]);
    hold.release();
  });

  it('opens the completion chart on the link’s metric', async () => {
    renderApp('/overview?from=2021-01&to=2021-06&metric=parking_spaces');
    const completion = await screen.findByRole('region', { name: '各社区目标完成率' });
    await within(completion).findByText(/^2021年1—6月各社区新增停车位完成率：/);
    expect(within(completion).getByRole('combobox', { name: '指标' })).toHaveDisplayValue('新增停车位');
  });

  it('rewrites an unknown ?metric= in the link to the metric shown', async () => {
    renderApp('/overview?from=2021-01&to=2021-06&metric=nonsense');
    const completion = await screen.findByRole('region', { name: '各社区目标完成率' });
    await within(completion).findByText(/^2021年1—6月各社区走访群众完成率：/);
    await waitFor(() => expect(currentSearch().get('metric')).toBe('visits'));
    expect(currentSearch().get('from')).toBe('2021-01');
  });

  it('refuses a reversed custom range and keeps what the user typed', async () => {
    const user = userEvent.setup();
    renderApp('/overview?from=2021-01&to=2021-06');
    const from = await screen.findByRole('combobox', { name: '从' });
    const to = screen.getByRole('combobox', { name: '至' });
    // Months in Chinese, not the browser's "May 2021".
    expect(within(from).getByRole('option', { name: '2021年5月' })).toBeInTheDocument();
    await user.selectOptions(from, '2021-05');
    await user.selectOptions(to, '2021-02');
    await user.click(screen.getByRole('button', { name: '应用' }));
    expect(await screen.findByText('开始月份不能晚于结束月份')).toBeInTheDocument();
    expect(from).toHaveValue('2021-05');
    expect(to).toHaveValue('2021-02');
    expect(currentSearch().get('from')).toBe('2021-01');
  });

  it('names the endpoint and the field when the API breaks the contract, and keeps the rest of the page', async () => {
    server.use(
      http.get('*/api/series', ({ request }) =>
        new URL(request.url).searchParams.get('groupBy') === 'none'
          ? HttpResponse.json({ from: '2020-01', to: '2020-12', groupBy: 'none', rows: [{ metricId: 'visits', value: 'lots' }] })
          : undefined,
      ),
    );
    renderApp('/overview?from=2020-01&to=2020-12');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('GET /series');
    expect(alert).toHaveTextContent('rows[0].value');
    // Only that widget failed: the KPI cards, navigation and the period picker still work.
    const card = await screen.findByRole('article', { name: '走访群众' });
    await waitFor(() => expect(card).toHaveTextContent('3,046户'));
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.getByRole('navigation', { name: '主导航' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '上一年' })).toBeInTheDocument();
  });

  it('recovers from a server error with the retry button', async () => {
    const user = userEvent.setup();
    let failures = 0;
    server.use(
      http.get('*/api/series', ({ request }) => {
        if (new URL(request.url).searchParams.get('groupBy') !== 'none') return undefined;
        failures += 1;
        return HttpResponse.json({ error: '数据库维护中' }, { status: 503 });
      }),
    );
    renderApp('/overview?from=2020-01&to=2020-12');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('HTTP 503');
    expect(alert).toHaveTextContent('数据库维护中');
    expect(failures).toBe(3); // the first try and two retries
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: '重试' }));
    const visits = await areaPanel('走访群众合计');
    await waitFor(() => expect(figureOf(visits, '走访群众')).toBe('3,046户'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows an empty state when the period has no data', async () => {
    server.use(
      http.get('*/api/series', ({ request }) => {
        const url = new URL(request.url);
        const metrics = (url.searchParams.get('metrics') ?? '').split(',');
        // Every metric without a value, for the period asked.
        return HttpResponse.json({ from: url.searchParams.get('from'), to: url.searchParams.get('to'), groupBy: 'none', rows: metrics.map((metricId) => ({ metricId, value: null })) });
      }),
    );
    renderApp('/overview?from=2020-01&to=2020-12');
    const totals = await screen.findByRole('region', { name: /^各项工作合计/ });
    expect(await within(totals).findByText('该时段暂无数据')).toBeInTheDocument();
    // Each trend chart says so too, instead of drawing an empty box.
    const trend = screen.getByRole('region', { name: /^走访群众：/ });
    expect(await within(trend).findByText('该时段暂无数据')).toBeInTheDocument();
    expect(within(trend).queryByRole('img')).not.toBeInTheDocument();
  });
});
