// The leaders' overview: each KPI card's figures, computed here straight from the sample
// dataset (not through the app's functions), for 2020 and for 2021 year to date.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { MetricId } from '../../src/lib/api/contract';
import { sampleDataset, server } from '../support/msw-server';
import { renderApp } from '../support/render-app';

const pct = new Intl.NumberFormat('zh-CN', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const signedPct = new Intl.NumberFormat('zh-CN', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
const int = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });

/** Index of a month in the dataset (it starts 2019-01). */
const at = (year: number, month: number) => (year - 2019) * 12 + (month - 1);

function total(metric: MetricId, fromYear: number, fromMonth: number, toYear: number, toMonth: number): number {
  const { byCommunity, centre } = sampleDataset.values[metric];
  const series = centre ? [centre] : byCommunity.filter((s): s is Float64Array => s !== null);
  let sum = 0;
  for (const s of series) for (let i = at(fromYear, fromMonth); i <= at(toYear, toMonth); i++) sum += s[i];
  return sum;
}

function yearTarget(metric: MetricId, year: number): number {
  const t = sampleDataset.targets.find((x) => x.metricId === metric && x.year === year && x.communityId === null);
  if (!t) throw new Error(`no target for ${metric} ${year}`);
  return t.value;
}

/** The card once its figures have loaded (the loading skeleton is another element). */
async function loadedCard(title: string): Promise<HTMLElement> {
  return waitFor(
    () => {
      const card = screen.getByRole('article', { name: title });
      expect(card).not.toHaveAttribute('aria-busy');
      expect(within(card).getByText('目标', { selector: 'dt' })).toBeInTheDocument();
      return card;
    },
  );
}

function fact(card: HTMLElement, label: string): string {
  const term = within(card).getByText(label, { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? '';
}

function paceWord(ratio: number): string {
  if (ratio >= 1.1) return '超前';
  if (ratio >= 0.95) return '正常';
  if (ratio >= 0.8) return '滞后';
  return '严重滞后';
}

const CARDS: Array<{ title: string; metric: MetricId; unit: string }> = [
  { title: '走访群众', metric: 'visits', unit: '户' },
  { title: '民生实事与矛盾纠纷', metric: 'problems_solved', unit: '个' },
  { title: '停车设施', metric: 'parking_spaces', unit: '个' },
  { title: '“三无行动”飞线整治', metric: 'cables_cleared', unit: '处' },
  { title: '办件服务', metric: 'centre_cases', unit: '件' },
];

describe('leaders’ overview KPI cards', () => {
  it.each(CARDS)('2020 full year: $title', async ({ title, metric, unit }) => {
    renderApp('/overview?from=2020-01&to=2020-12');
    const card = await loadedCard(title);
    const value = total(metric, 2020, 1, 2020, 12);
    const target = yearTarget(metric, 2020);
    const lastYear = total(metric, 2019, 1, 2019, 12);
    expect(card).toHaveTextContent(`${int.format(value)}${unit}`);
    expect(fact(card, '目标')).toBe(`${int.format(target)} ${unit}`);
    expect(fact(card, '完成率')).toBe(pct.format(value / target));
    expect(card).toHaveTextContent(paceWord(value / target));
    // A full year's previous period is the year before, so 环比 and 同比 agree here.
    expect(card).toHaveTextContent(`同比 ${value > lastYear ? '↑' : '↓'}${signedPct.format((value - lastYear) / lastYear)}`);
    expect(card).toHaveTextContent(`环比 ${value > lastYear ? '↑' : '↓'}${signedPct.format((value - lastYear) / lastYear)}`);
  });

  it.each(CARDS)('2021 year to date: $title', async ({ title, metric, unit }) => {
    renderApp('/overview?from=2021-01&to=2021-06');
    const card = await loadedCard(title);
    const value = total(metric, 2021, 1, 2021, 6);
    const target = (yearTarget(metric, 2021) * 6) / 12;
    const previous = total(metric, 2020, 7, 2020, 12);
    const lastYear = total(metric, 2020, 1, 2020, 6);
    expect(card).toHaveTextContent(`${int.format(value)}${unit}`);
    expect(fact(card, '目标')).toBe(`${int.format(Math.round(target))} ${unit}`);
    expect(fact(card, '完成率')).toBe(pct.format(value / target));
    expect(card).toHaveTextContent(paceWord(value / target));
    expect(card).toHaveTextContent(`环比 ${value > previous ? '↑' : '↓'}${signedPct.format((value - previous) / previous)}`);
    expect(card).toHaveTextContent(`同比 ${value > lastYear ? '↑' : '↓'}${signedPct.format((value - lastYear) / lastYear)}`);
  });

  it('shows the grievance solve rate and the centre’s on-time rate as rates', async () => {
    renderApp('/overview?from=2020-01&to=2020-12');
    expect(fact(await loadedCard('民生实事与矛盾纠纷'), '问题解决率')).toBe('64.4%');
    expect(fact(await loadedCard('办件服务'), '按期办结率')).toBe('100.0%');
  });

  // 3,046 households in 2020 against a crafted target puts the pace ratio either side of each threshold.
  it.each([
    [2769, '超前'],
    [2770, '正常'],
    [3206, '正常'],
    [3207, '滞后'],
    [3807, '滞后'],
    [3808, '严重滞后'],
  ])('pace rule: target %i → %s', async (target, word) => {
    server.use(
      http.get('*/api/targets', ({ request }) =>
        new URL(request.url).searchParams.get('level') === 'subdistrict'
          ? HttpResponse.json({ targets: [{ metricId: 'visits', year: 2020, communityId: null, value: target }] })
          : undefined,
      ),
    );
    renderApp('/overview?from=2020-01&to=2020-12');
    const card = await loadedCard('走访群众');
    expect(fact(card, '目标')).toBe(`${int.format(target)} 户`);
    expect(within(card).getByTitle(/序时进度/)).toHaveTextContent(new RegExp(`^\\S+ ${word}$`));
  });

  it('goes to the metric page when a card is clicked, keeping the period', async () => {
    const user = userEvent.setup();
    renderApp('/overview?from=2020-01&to=2020-12');
    const card = await loadedCard('停车设施');
    await user.click(within(card).getByRole('link', { name: '停车设施' }));
    expect(await screen.findByRole('heading', { level: 1, name: '新增停车位 · 2020年1—12月' })).toBeInTheDocument();
    expect(window.location.search).toBe('?from=2020-01&to=2020-12');
  });
});

describe('communities on the overview', () => {
  it('lists behind-pace communities in 需要关注 and never ranks 未开通 as zero', async () => {
    renderApp('/overview?from=2021-01&to=2021-06');
    const panel = await screen.findByRole('region', { name: '需要关注' });
    const items = await within(panel).findAllByRole('listitem');
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item).toHaveTextContent(/滞后/);
    // Community cases exist only in the three pilots: nobody else may appear for them.
    for (const item of items) {
      if (item.textContent?.includes('社区下沉办件')) expect(item.textContent).toMatch(/词林|绣湖|通惠/);
    }
  });

  it('switches the completion chart to a table of the same numbers', async () => {
    const user = userEvent.setup();
    renderApp('/overview?from=2020-01&to=2020-12&metric=parking_spaces');
    const panel = await screen.findByRole('region', { name: '各社区目标完成率' });
    const summary = await within(panel).findByText(/各社区新增停车位完成率：社区平均/);
    await user.click(within(panel).getByRole('button', { name: '表格' }));
    const table = within(panel).getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    // 西门 and 孝子祠 have no parking service: not ranked, listed apart as 未开通, left out of the average.
    expect(rows).toHaveLength(18);
    expect(within(table).queryByRole('rowheader', { name: '西门社区' })).not.toBeInTheDocument();
    expect(within(panel).getByText('不参与排名（未开通）').nextElementSibling).toHaveTextContent('西门社区、孝子祠社区');
    // Ranks run 1.. in table order, by completion.
    expect(rows.map((r) => within(r).getAllByRole('cell')[0].textContent)).toEqual(rows.map((_, i) => String(i + 1)));
    const completions = rows
      .map((r) => within(r).getAllByRole('cell')[3].textContent ?? '')
      .filter((t) => t.endsWith('%'))
      .map((t) => Number(t.replace('%', '')) / 100);
    expect(completions).toHaveLength(18);
    // The sentence's average is the mean of the 18 communities with a value (to the shown precision).
    const mean = completions.reduce((s, c) => s + c, 0) / completions.length;
    const shown = Number(/社区平均 ([\d.]+)%/.exec(summary.textContent ?? '')?.[1]) / 100;
    expect(Math.abs(shown - mean)).toBeLessThan(0.001);
  });
});
