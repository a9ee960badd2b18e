// The overview's sections below the first screen (trends, totals) wait for the first chart. When
// the chart code is slow to come, a print asked meanwhile still has them, and the page shows them
// after a short wait anyway.
import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../support/render-app';

// The chart code never arrives (a stalled network): everything else loads as usual.
vi.mock('../../src/components/charts/lazy-charts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/components/charts/lazy-charts')>()),
  preloadCharts: () => new Promise<void>(() => undefined),
}));

describe('the overview while its chart code is still coming', () => {
  it('prints the whole page: a print asked now has the trends and totals', async () => {
    renderApp('/overview?from=2021-01&to=2021-06');
    await screen.findByRole('article', { name: '走访群众' });
    expect(screen.queryByRole('region', { name: '走访群众合计' })).not.toBeInTheDocument();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getByRole('region', { name: '走访群众合计' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: /^走访群众：.*累计与序时目标$/ })).toBeInTheDocument();
  });

  it('shows the trends and totals after a short wait, without the chart code', async () => {
    renderApp('/overview?from=2021-01&to=2021-06');
    await screen.findByRole('article', { name: '走访群众' });
    expect(await screen.findByRole('region', { name: '走访群众合计' })).toBeInTheDocument();
  });
});
