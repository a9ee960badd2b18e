// Charts, exports and cards when the backend's text or figures are odd, or the export code fails to load.
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../mocks/data/generate';
import { createHandlers } from '../../mocks/handlers';
import { server } from '../support/msw-server';
import { renderApp } from '../support/render-app';
import { savedCsv } from '../support/saved-csv';

/** Any bidi control (an RLO flips the text after it on screen and in Excel). */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const RLO = '\u202E';
const PDF = '\u202C';

describe('text from the catalogue', () => {
  it('a unit or definition carrying bidi controls reaches neither the screen nor the CSV', async () => {
    const dataset = generateDataset();
    server.use(
      ...createHandlers({
        ...dataset,
        metrics: dataset.metrics.map((m) => (m.id === 'visits' ? { ...m, unit: `${RLO}户${PDF}`, definition: `${RLO}${m.definition}${PDF}` } : m)),
      }),
    );
    renderApp('/metrics/visits?from=2021-01&to=2021-06');
    const summary = await screen.findByRole('region', { name: '本期完成情况' });
    await waitFor(() => expect(summary.querySelector('.big-figure')).toHaveTextContent(/\d/));
    expect(summary.querySelector('.big-figure')?.textContent).not.toMatch(BIDI);
    expect(screen.getByText(dataset.metrics.find((m) => m.id === 'visits')?.definition as string)).toBeInTheDocument();
    const panel = await screen.findByRole('region', { name: '各社区完成情况' });
    const csv = await savedCsv(panel);
    expect(csv).toContain('单位：户；');
    expect(csv).not.toMatch(BIDI);
    expect(document.body.textContent).not.toMatch(BIDI);
  });

  it('a server’s own words about an error lose their bidi controls too', async () => {
    server.use(http.get('*/api/series', () => HttpResponse.json({ error: `${RLO}系统维护中${PDF}` }, { status: 500 })));
    renderApp('/overview?from=2021-01&to=2021-06');
    const card = await screen.findByRole('article', { name: '走访群众' });
    await within(card).findByText(/^服务器出错，未能取得指标数据：.*系统维护中/);
    expect(card.textContent).not.toMatch(BIDI);
  });
});

/** A card's fact by its term (目标, 完成率). */
function factOf(card: HTMLElement, term: string): string {
  const dt = within(card).getByText(term, { selector: 'dt' });
  return dt.nextElementSibling?.textContent ?? '';
}

describe('a card without figures', () => {
  it('says 暂无数据 in its pace badge beside a target, never 无目标', async () => {
    renderApp('/overview?from=2021-01&to=2021-06&scenario=no-report');
    const card = await screen.findByRole('article', { name: '走访群众' });
    await within(card).findByText('暂无数据', { selector: '.kpi__value' });
    expect(factOf(card, '目标')).toMatch(/^[\d,]+ 户$/);
    expect(within(card).queryByText('无目标')).not.toBeInTheDocument();
    expect(card.querySelector('.pace')).toHaveTextContent('暂无数据');
  });
});
