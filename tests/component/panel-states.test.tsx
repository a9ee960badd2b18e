// Every page keeps its last figures while a new period loads (dimmed, aria-busy), and a failed
// request shows one error whose 重试 asks again for that request only.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { figureOf, zhNumber } from '../support/dataset-figures';
import { countRequests, holdRequests } from '../support/hold-requests';
import { server } from '../support/msw-server';
import { renderApp } from '../support/render-app';

const fmt = (n: number | null) => zhNumber.format(n as number);
const ytd2021 = (metric: string, community: string | null = null) => fmt(figureOf(metric, community, '2021-01', '2021-06'));
const year2020 = (metric: string, community: string | null = null) => fmt(figureOf(metric, community, '2020-01', '2020-12'));

/** The element showing `text` inside `within`, once there. */
async function figure(scope: HTMLElement | (() => HTMLElement), text: string): Promise<HTMLElement> {
  return waitFor(() => within(typeof scope === 'function' ? scope() : scope).getAllByText(text, { exact: false, selector: 'p, td, dd, span' })[0]);
}

interface PageCase {
  name: string;
  url: string;
  /** Where the figure is read. */
  scope: () => HTMLElement;
  before: string;
  after: string;
  /** Throws until every panel of the page is on it. */
  ready?: () => unknown;
}

const CASES: PageCase[] = [
  {
    name: 'overview (KPI card)',
    url: '/overview',
    scope: () => screen.getByRole('article', { name: '走访群众' }),
    before: ytd2021('visits'),
    after: year2020('visits'),
    ready: () => screen.getByRole('region', { name: '走访群众合计' }),
  },
  { name: 'metric page (summary)', url: '/metrics/visits', scope: () => screen.getByRole('region', { name: '本期完成情况' }), before: ytd2021('visits'), after: year2020('visits') },
  {
    name: 'rankings (table)',
    url: '/rankings?metric=parking_spaces',
    scope: () => screen.getByRole('table', { name: /新增停车位排名/ }).querySelector('tbody tr th')?.closest('tr') as HTMLElement,
    before: '',
    after: '',
  },
  { name: 'community page (standings)', url: '/communities/cilin', scope: () => screen.getByRole('table', { name: /词林社区各项指标/ }), before: `${ytd2021('visits', 'cilin')} 户`, after: `${year2020('visits', 'cilin')} 户` },
];

// The meeting deck has no period picker: it presents one snapshot (tests/component/deck.test.tsx).
describe('a period change keeps the last figures on every page', () => {
  it.each(CASES.filter((c) => c.before))('$name: the old figure stays, marked busy, until the new one arrives', async ({ url, scope, before, after, ready }) => {
    const user = userEvent.setup();
    renderApp(`${url}${url.includes('?') ? '&' : '?'}from=2021-01&to=2021-06`);
    await figure(scope, before);
    // Every panel has shown its figures (the overview's below the first screen come a moment later).
    if (ready) await waitFor(ready);
    await waitFor(() => expect(screen.queryAllByRole('status', { name: '正在加载' })).toHaveLength(0));
    const hold = holdRequests((u) => u.pathname.endsWith('/series') && u.searchParams.get('to') === '2020-12');
    await user.click(screen.getByRole('button', { name: '上一年' }));
    await waitFor(() => expect(hold.held.length).toBeGreaterThan(0));

    // The URL has the new period; the old figure is still there, marked busy, and no skeleton took its place.
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('to')).toBe('2020-12'));
    await waitFor(async () => expect((await figure(scope, before)).closest('[aria-busy="true"]')).not.toBeNull());
    expect(screen.queryByRole('status', { name: '正在加载' })).not.toBeInTheDocument();

    hold.release();
    const fresh = await figure(scope, after);
    await waitFor(() => expect(fresh.closest('[aria-busy="true"]')).toBeNull());
  });

  it('rankings: the rows stay, busy, while the new metric loads', async () => {
    const user = userEvent.setup();
    renderApp('/rankings?from=2021-01&to=2021-06&metric=visits');
    const table = await screen.findByRole('table', { name: /走访群众排名/ });
    const xiuhu = ytd2021('visits', 'xiuhu');
    await waitFor(() => expect(within(table).getByRole('rowheader', { name: /绣湖社区/ }).closest('tr')).toHaveTextContent(xiuhu));
    const hold = holdRequests((u) => u.pathname.endsWith('/series') && u.searchParams.get('metrics') === 'parking_spaces');
    await user.selectOptions(screen.getByRole('combobox', { name: '指标' }), 'parking_spaces');
    await waitFor(() => expect(hold.held.length).toBeGreaterThan(0));
    const row = within(screen.getByRole('table', { name: /走访群众排名/ })).getByRole('rowheader', { name: /绣湖社区/ }).closest('tr') as HTMLElement;
    // The route's loader asks before the page renders the new choice: busy once it has.
    await waitFor(() => expect(row.closest('[aria-busy="true"]')).not.toBeNull());
    expect(row).toHaveTextContent(xiuhu);
    hold.release();
    const parking = await screen.findByRole('table', { name: /新增停车位排名/ });
    const row2 = within(parking).getByRole('rowheader', { name: /绣湖社区/ }).closest('tr') as HTMLElement;
    expect(row2).toHaveTextContent(ytd2021('parking_spaces', 'xiuhu'));
    expect(row2.closest('[aria-busy="true"]')).toBeNull();
  });
});

describe('a failed request', () => {
  it('shows one error in its panel, and 重试 asks again for that request only', async () => {
    const user = userEvent.setup();
    let failing = true;
    server.use(
      http.get('*/api/targets', ({ request }) =>
        failing && new URL(request.url).searchParams.get('level') === 'community' ? HttpResponse.json({ error: '目标库维护中' }, { status: 503 }) : undefined,
      ),
    );
    const counts = countRequests();
    renderApp('/metrics/visits?from=2021-01&to=2021-06');
    const panel = await screen.findByRole('region', { name: '各社区完成情况' });
    const alert = await within(panel).findByRole('alert');
    expect(alert).toHaveTextContent('各社区数据加载失败');
    expect(alert).toHaveTextContent('目标库维护中');
    // The rest of the page has its figures; this is the page's only error.
    await figure(() => screen.getByRole('region', { name: '本期完成情况' }), ytd2021('visits'));
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    const failed = '/targets?years=2021&metrics=visits&level=community';
    expect(counts.get(failed)).toBe(3); // the first try and two retries
    expect(counts.get('/series?metrics=visits&from=2021-01&to=2021-06&groupBy=community')).toBe(1);
    const before = new Map(counts);

    failing = false;
    await user.click(within(alert).getByRole('button', { name: '重试' }));
    const table = await within(panel).findByRole('table', { name: /走访群众排名/ });
    expect(within(table).getByRole('rowheader', { name: /词林社区/ }).closest('tr')).toHaveTextContent(ytd2021('visits', 'cilin'));
    expect(counts.get(failed)).toBe(4);
    // Nothing that had succeeded was asked for again.
    for (const [key, n] of before) if (key !== failed) expect(counts.get(key), key).toBe(n);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('a page built on several queries', () => {
  it('retries only the one that failed', async () => {
    const user = userEvent.setup();
    let failing = true;
    server.use(http.get('*/api/communities', () => (failing ? HttpResponse.json({ error: '社区目录维护中' }, { status: 500 }) : undefined)));
    const counts = countRequests();
    renderApp('/communities/cilin?from=2021-01&to=2021-06');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('社区目录维护中');
    expect(counts.get('/communities')).toBe(3);
    const metricsAsked = counts.get('/metrics');
    failing = false;
    await user.click(within(alert).getByRole('button', { name: '重试' }));
    expect(await screen.findByRole('heading', { level: 1, name: '词林社区 · 2021年1—6月' })).toBeInTheDocument();
    expect(counts.get('/communities')).toBe(4);
    expect(counts.get('/metrics')).toBe(metricsAsked);
  });
});

describe('a period change while figures are on their way', () => {
  it('aborts the requests nobody wants any more', async () => {
    const user = userEvent.setup();
    const aborted: string[] = [];
    let release = () => undefined as void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.get('*/api/series', async ({ request }) => {
        const url = new URL(request.url);
        if (url.searchParams.get('to') !== '2021-06') return undefined;
        request.signal.addEventListener('abort', () => aborted.push(url.searchParams.get('groupBy') ?? ''));
        await gate;
        return undefined;
      }),
    );
    renderApp('/metrics/visits?from=2021-01&to=2021-06');
    await screen.findByRole('heading', { level: 1, name: /走访群众 · 2021年1—6月/ });
    await user.click(screen.getByRole('button', { name: '上一年' }));
    await figure(() => screen.getByRole('region', { name: '本期完成情况' }), year2020('visits'));
    // The 2021 period's monthly series and its community figures (last year's, 2020-01..06, is another request).
    await waitFor(() => expect(aborted.sort()).toEqual(['community', 'month']));
    release();
  });
});
