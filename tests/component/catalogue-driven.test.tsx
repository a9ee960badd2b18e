// A metric added only to the backend's catalogue and data shows up with no app code change.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../mocks/handlers';
import { figureOf, zhNumber } from '../support/dataset-figures';
import { datasetWithNewMetric, NEW_AREA, NEW_METRIC, WITHOUT_SERVICE } from '../support/dataset-with-metric';
import { server } from '../support/msw-server';
import { renderApp } from '../support/render-app';

const dataset = datasetWithNewMetric();
const figure = (communityId: string | null) => zhNumber.format(figureOf(NEW_METRIC.id, communityId, '2021-01', '2021-06', dataset) as number);
const offering = dataset.communities.filter((_, i) => !WITHOUT_SERVICE(i));
const notOffering = dataset.communities.filter((_, i) => WITHOUT_SERVICE(i));

describe('a metric new to the app', () => {
  it('has its own metric page, with its catalogue name and unit, and 未开通 where the service is not offered', async () => {
    server.use(...createHandlers(dataset));
    renderApp(`/metrics/${NEW_METRIC.id}?from=2021-01&to=2021-06`);
    expect(await screen.findByRole('heading', { level: 1, name: `${NEW_METRIC.name} · 2021年1—6月` })).toBeInTheDocument();
    const summary = screen.getByRole('region', { name: '本期完成情况' });
    await waitFor(() => expect(summary.querySelector('.big-figure')).toHaveTextContent(`${figure(null)}${NEW_METRIC.unit}`));
    const table = await screen.findByRole('table', { name: new RegExp(`${NEW_METRIC.name}排名`) });
    expect(within(table).getByRole('columnheader', { name: `完成值（${NEW_METRIC.unit}）` })).toBeInTheDocument();
    const row = (name: string) => within(table).getByRole('rowheader', { name: new RegExp(name) }).closest('tr') as HTMLElement;
    expect(row(offering[0].name)).toHaveTextContent(figure(offering[0].id));
    expect(within(table).queryByRole('rowheader', { name: new RegExp(notOffering[0].name) })).not.toBeInTheDocument();
    expect(screen.getByText('不参与排名（未开通）').nextElementSibling).toHaveTextContent(notOffering.map((c) => c.name).join('、'));
  });

  it('can be chosen on the rankings page, ranking only the communities that offer it', async () => {
    const user = userEvent.setup();
    server.use(...createHandlers(dataset));
    renderApp('/rankings?from=2021-01&to=2021-06');
    await user.selectOptions(await screen.findByRole('combobox', { name: '指标' }), NEW_METRIC.id);
    const table = await screen.findByRole('table', { name: new RegExp(`${NEW_METRIC.name}排名`) });
    expect(within(table).getAllByRole('row').slice(1)).toHaveLength(offering.length);
    expect(screen.getAllByText('不参与排名（未开通）')[0].nextElementSibling?.textContent?.split('、')).toHaveLength(notOffering.length);
  });

  it('gets a KPI card for its new area on the overview, led by the metric the catalogue names', async () => {
    server.use(...createHandlers(dataset));
    renderApp('/overview?from=2021-01&to=2021-06');
    const card = await screen.findByRole('article', { name: NEW_AREA.name });
    await waitFor(() => expect(card).toHaveTextContent(`${figure(null)}${NEW_METRIC.unit}`));
    expect(within(card).getByText(NEW_METRIC.name)).toBeInTheDocument();
    const totals = await screen.findByRole('region', { name: `${NEW_AREA.name}合计` });
    await waitFor(() => expect(totals).toHaveTextContent(`${NEW_METRIC.name}${figure(null)}${NEW_METRIC.unit}`));
  });

  it('an area without a lead metric gets no card, and the page still works', async () => {
    server.use(...createHandlers({ ...dataset, areas: dataset.areas.map((a) => (a.id === NEW_AREA.id ? { ...a, leadMetricId: null } : a)) }));
    renderApp('/overview?from=2021-01&to=2021-06');
    await screen.findByRole('article', { name: '走访群众' });
    expect(screen.queryByRole('article', { name: NEW_AREA.name })).not.toBeInTheDocument();
    // Its metric is still counted among the totals.
    expect(await screen.findByRole('region', { name: `${NEW_AREA.name}合计` })).toBeInTheDocument();
  });
});
