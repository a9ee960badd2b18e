import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { MetricId } from '../../src/lib/api/contract';
import { sampleDataset, server } from '../support/msw-server';
import { renderApp } from '../support/render-app';

// Expected figures come straight from the generated dataset (months index from 2019-01).
const FIRST_YEAR = 2019;
const at = (month: string) => (Number(month.slice(0, 4)) - FIRST_YEAR) * 12 + Number(month.slice(5, 7)) - 1;
const sum = (series: Float64Array, from: string, to: string) => series.slice(at(from), at(to) + 1).reduce((s, v) => s + v, 0);
const communitySeries = (metricId: MetricId) =>
  sampleDataset.communities.map((c, i) => ({ community: c, series: sampleDataset.values[metricId].byCommunity[i] }));
const subdistrictSum = (metricId: MetricId, from: string, to: string) =>
  communitySeries(metricId).reduce((s, { series }) => (series ? s + sum(series, from, to) : s), 0);
const target = (metricId: MetricId, year: number, communityId: string | null) => {
  const t = sampleDataset.targets.find((x) => x.metricId === metricId && x.year === year && x.communityId === communityId);
  if (!t) throw new Error(`no target for ${metricId} ${year} ${communityId}`);
  return t.value;
};

const number = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('zh-CN', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const signed = new Intl.NumberFormat('zh-CN', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });

const dataRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);
const rowName = (row: HTMLElement) => within(row).getByRole('rowheader').textContent;
const rowFor = (table: HTMLElement, name: string | RegExp) => within(table).getByRole('rowheader', { name }).closest('tr') as HTMLElement;
const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent);

describe('metric page', () => {
  it('shows the 2020 visits total, its target, 序时进度 and the summary sentence', async () => {
    renderApp('/metrics/visits?from=2020-01&to=2020-12');
    expect(await screen.findByRole('heading', { level: 1, name: '走访群众 · 2020年1—12月' })).toBeInTheDocument();
    const summary = await screen.findByRole('region', { name: '本期完成情况' });
    await waitFor(() => expect(summary.querySelector('.big-figure')).toHaveTextContent(/^3,046户$/));

    const yearTarget = target('visits', 2020, null);
    const lastYear = subdistrictSum('visits', '2019-01', '2019-12');
    const ratio = 3046 / yearTarget;
    // A closed year: 全年完成 / 未完成, not 序时进度.
    const verdict = ratio >= 1 ? '全年完成' : '未完成';
    const sentence = `2020年1—12月走访群众 3,046 户，完成年度目标 ${percent.format(ratio)}，${verdict}；同比 ${signed.format((3046 - lastYear) / lastYear)}。`;
    expect(within(summary).getByText(sentence)).toBeInTheDocument();
    // The full year's prorated target is the year's target.
    expect(within(summary).getByText('本期目标（按序时折算）').closest('.figure')).toHaveTextContent(`${number.format(yearTarget)}户`);
    expect(within(summary).getByText(verdict)).toBeInTheDocument();
    // 环比 of a whole year would be 同比 again: only 同比 is shown.
    expect(within(summary).queryByText(/^环比/)).toBeNull();
    expect(within(summary).getByText(/^同比/)).toHaveTextContent(signed.format((3046 - lastYear) / lastYear));
    // The three named figures.
    expect(within(summary).getByText('时间进度').closest('.figure')).toHaveTextContent('100%');
    expect(within(summary).getByText('序时完成率').closest('.figure')).toHaveTextContent(percent.format(ratio));
    // The chart's summary is the same sentence.
    const trend = screen.getByRole('region', { name: '月度趋势' });
    expect(within(trend).getByText(sentence)).toBeInTheDocument();
  });

  it('switches the trend chart to a table of the monthly figures', async () => {
    const user = userEvent.setup();
    renderApp('/metrics/visits?from=2020-01&to=2020-12');
    const trend = await screen.findByRole('region', { name: '月度趋势' });
    const switcher = await within(trend).findByRole('group', { name: '走访群众月度趋势：显示方式' });
    await user.click(within(switcher).getByRole('button', { name: '表格' }));
    expect(within(switcher).getByRole('button', { name: '表格' })).toHaveAttribute('aria-pressed', 'true');

    const table = within(trend).getByRole('table', { name: /走访群众月度趋势/ });
    expect(dataRows(table)).toHaveLength(12);
    // Targets read in whole units (domain/targets.ts wholeTarget).
    const monthlyTarget = number.format(Math.round(target('visits', 2020, null) / 12));
    for (const month of ['2020-01', '2020-02', '2020-12']) {
      const row = rowFor(table, `2020年${Number(month.slice(5))}月`);
      const lastYearMonth = `2019-${month.slice(5)}`;
      expect(cells(row)).toEqual([
        number.format(subdistrictSum('visits', month, month)),
        number.format(subdistrictSum('visits', lastYearMonth, lastYearMonth)),
        monthlyTarget,
      ]);
    }
    await user.click(within(switcher).getByRole('button', { name: '图表' }));
    expect(within(trend).queryByRole('table')).not.toBeInTheDocument();
    expect(within(trend).getByRole('img', { name: /^走访群众月度趋势：2020年1—12月走访群众 3,046 户/ })).toBeInTheDocument();
  });

  it('ranks communities by completion of their own target by default, and sorts by the column header clicked', async () => {
    const user = userEvent.setup();
    renderApp('/metrics/visits?from=2020-01&to=2020-12');
    const table = await screen.findByRole('table', { name: /走访群众排名/ });
    const totals = communitySeries('visits').map(({ community, series }) => ({
      name: community.name,
      value: series ? sum(series, '2020-01', '2020-12') : null,
      completion: series ? sum(series, '2020-01', '2020-12') / target('visits', 2020, community.id) : null,
    }));
    const present = totals.filter((t) => t.value !== null) as Array<{ name: string; value: number; completion: number }>;
    const best = present.reduce((a, b) => (b.value > a.value ? b : a));
    const least = present.reduce((a, b) => (b.value < a.value ? b : a));
    const bestCompletion = present.reduce((a, b) => (b.completion > a.completion ? b : a));

    const byCompletion = [...present].sort((a, b) => b.completion - a.completion);
    const rankOf = (name: string) => String(byCompletion.findIndex((p) => p.name === name) + 1);

    const rankHeader = within(table).getByRole('columnheader', { name: '排名' });
    const valueHeader = within(table).getByRole('columnheader', { name: '完成值（户）' });
    expect(rankHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(dataRows(table).map(rowName)).toEqual(byCompletion.map((p) => p.name));
    expect(cells(dataRows(table)[0])[0]).toBe('1');
    expect(cells(dataRows(table)[0])[3]).toBe(percent.format(bestCompletion.completion));

    await user.click(within(valueHeader).getByRole('button'));
    expect(valueHeader).toHaveAttribute('aria-sort', 'descending');
    expect(rankHeader).toHaveAttribute('aria-sort', 'none');
    expect(rowName(dataRows(table)[0])).toBe(best.name);

    expect(cells(dataRows(table)[0])[1]).toBe(number.format(best.value));
    // The rank stays the completion rank whatever the table is sorted by.
    expect(cells(dataRows(table)[0])[0]).toBe(rankOf(best.name));

    await user.click(within(valueHeader).getByRole('button'));
    expect(valueHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(rowName(dataRows(table)[0])).toBe(least.name);
    expect(cells(dataRows(table)[0])[0]).toBe(rankOf(least.name));

    const completionHeader = within(table).getByRole('columnheader', { name: '完成率' });
    await user.click(within(completionHeader).getByRole('button'));
    expect(completionHeader).toHaveAttribute('aria-sort', 'descending');
    expect(rowName(dataRows(table)[0])).toBe(bestCompletion.name);
    expect(cells(dataRows(table)[0])[3]).toBe(percent.format(bestCompletion.completion));
  });

  it('ranks only the three pilots, and lists the communities without a case station apart as 未开通', async () => {
    renderApp('/metrics/community_cases?from=2020-01&to=2020-12');
    const table = await screen.findByRole('table', { name: /社区下沉办件排名/ });
    const rows = dataRows(table);
    expect(rows).toHaveLength(3);
    const panel = screen.getByRole('region', { name: '各社区完成情况' });
    const apart = within(panel).getByText('不参与排名（未开通）').nextElementSibling as HTMLElement;
    expect(apart.textContent?.split('、')).toHaveLength(17);
    expect(apart).toHaveTextContent('宾王社区');
    // The three pilots, ranked 1-3 by completion of their own 2020 targets, each with its 同比 against 2019.
    const pilots = communitySeries('community_cases')
      .filter((c) => c.series)
      .map(({ community, series }) => ({
        name: community.name,
        value: sum(series as Float64Array, '2020-01', '2020-12'),
        last: sum(series as Float64Array, '2019-01', '2019-12'),
        completion: sum(series as Float64Array, '2020-01', '2020-12') / target('community_cases', 2020, community.id),
      }))
      .sort((a, b) => b.completion - a.completion);
    expect(pilots.map((p) => p.name).sort()).toEqual(['绣湖社区', '词林社区', '通惠社区'].sort());
    pilots.forEach((p, i) => {
      const row = rows[i];
      expect(rowName(row)).toBe(p.name);
      const [rank, value, , , , yoy] = cells(row);
      expect(rank).toBe(String(i + 1));
      expect(value).toBe(number.format(p.value));
      expect(yoy).toContain(signed.format((p.value - p.last) / p.last));
    });
  });

  it('highlights the signed-in secretary’s own community', async () => {
    renderApp('/metrics/visits?from=2020-01&to=2020-12&as=secretary-xiuhu');
    const table = await screen.findByRole('table', { name: /走访群众排名/ });
    const mine = rowFor(table, /^绣湖社区/);
    expect(mine).toHaveClass('is-highlighted');
    expect(within(mine).getByText('本社区')).toHaveClass('tag');
    expect(within(mine).getByRole('link', { name: '绣湖社区' })).toHaveAttribute('href', '/communities/xiuhu?from=2020-01&to=2020-12');
    expect(within(table).getAllByText('本社区')).toHaveLength(1);
  });

  it('has no 同比 where last year’s period starts before the data (no partial sums)', async () => {
    renderApp('/metrics/visits?from=2019-07&to=2020-06');
    const table = await screen.findByRole('table', { name: /走访群众排名/ });
    await waitFor(() => expect(cells(dataRows(table)[0])[1]).not.toBe(''));
    for (const row of dataRows(table)) expect(cells(row)[5]).toBe('—');
    expect(within(screen.getByRole('region', { name: '本期完成情况' })).getByText(/^同比/)).toHaveTextContent('同比 —');
  });

  it('says a centre metric has no per-community figures', async () => {
    renderApp('/metrics/centre_cases?from=2020-01&to=2020-12');
    const summary = await screen.findByRole('region', { name: '本期完成情况' });
    await waitFor(() => expect(summary.querySelector('.big-figure')).toHaveTextContent(/^14,017件$/));
    expect(screen.getByText('该指标由街道行政服务中心统计，不分社区。')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: '各社区完成情况' })).not.toBeInTheDocument();
  });

  it('names GET /series when the monthly series breaks the contract, keeps the rest, and retries', async () => {
    const user = userEvent.setup();
    server.use(
      http.get('*/api/series', ({ request }) => {
        if (new URL(request.url).searchParams.get('groupBy') !== 'month') return undefined; // the real handler answers
        return HttpResponse.json({ from: '2019-01', to: '2020-12', groupBy: 'month', rows: [{ metricId: 'visits', month: '2020-01', value: 'lots' }] });
      }),
    );
    renderApp('/metrics/visits?from=2020-01&to=2020-12');
    const summary = await screen.findByRole('region', { name: '本期完成情况' });
    const alert = await within(summary).findByRole('alert');
    expect(alert).toHaveTextContent('GET /series');
    expect(alert).toHaveTextContent('rows[0].value');
    expect(within(screen.getByRole('region', { name: '月度趋势' })).getByRole('alert')).toHaveTextContent('GET /series');
    // The per-community table does not depend on the broken series.
    expect(await screen.findByRole('table', { name: /走访群众排名/ })).toBeInTheDocument();

    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: '重试' }));
    await waitFor(() => expect(summary.querySelector('.big-figure')).toHaveTextContent(/^3,046户$/));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows an empty state when the period has no data', async () => {
    server.use(
      http.get('*/api/series', ({ request }) => {
        const url = new URL(request.url);
        const groupBy = url.searchParams.get('groupBy');
        const months = ['2019-01', '2019-02', '2019-03', '2020-01', '2020-02', '2020-03'];
        const rows =
          groupBy === 'month'
            ? months.map((month) => ({ metricId: 'visits', month, value: null }))
            : sampleDataset.communities.map((c) => ({ metricId: 'visits', communityId: c.id, value: null }));
        return HttpResponse.json({ from: url.searchParams.get('from'), to: url.searchParams.get('to'), groupBy, rows });
      }),
    );
    renderApp('/metrics/visits?from=2020-01&to=2020-03');
    const summary = await screen.findByRole('region', { name: '本期完成情况' });
    expect(await within(summary).findByText('该时段暂无数据')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: '月度趋势' })).getByText('该时段暂无月度数据')).toBeInTheDocument();
    const communities = screen.getByRole('region', { name: '各社区完成情况' });
    expect(await within(communities).findByText('该时段暂无数据')).toBeInTheDocument();
    expect(document.querySelector('.big-figure')).toBeNull();
  });

  it('moves to another metric with the picker, keeping the period', async () => {
    const user = userEvent.setup();
    renderApp('/metrics/visits?from=2020-01&to=2020-12');
    const picker = await screen.findByRole('combobox', { name: '指标' });
    await user.selectOptions(picker, 'parking_spaces');
    expect(await screen.findByRole('heading', { level: 1, name: '新增停车位 · 2020年1—12月' })).toBeInTheDocument();
    expect(window.location.pathname + window.location.search).toBe('/metrics/parking_spaces?from=2020-01&to=2020-12');
    const summary = screen.getByRole('region', { name: '本期完成情况' });
    await waitFor(() => expect(summary.querySelector('.big-figure')).toHaveTextContent(/^2,600个$/));
  });
});
