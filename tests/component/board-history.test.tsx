// The 红黑榜 record cut to the communities it is about (a phone's grid) still exports and prints every community.
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PHONE_QUERY } from '../../src/lib/use-match-media';
import { renderApp } from '../support/render-app';
import { savedCsv } from '../support/saved-csv';
import { sampleDataset } from '../support/sample-dataset';

const communityCount = sampleDataset.communities.length;

function asPhone() {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query === PHONE_QUERY,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
}

async function historyGrid() {
  const history = await screen.findByRole('region', { name: '红黑榜记录' });
  const grid = await within(history).findByRole('table');
  // Cut to this period's boards and the viewer's own: fewer rows than communities.
  await waitFor(() => expect(within(grid).getAllByRole('row').length - 1).toBeLessThan(communityCount));
  return { history, grid };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the 红黑榜 record cut to its focus', () => {
  it('saves every community in its CSV', async () => {
    asPhone();
    renderApp('/rankings?from=2021-01&to=2021-06&metric=visits');
    const { history } = await historyGrid();
    expect(within(history).getByRole('button', { name: `显示全部 ${communityCount} 个社区` })).toBeInTheDocument();
    const text = await savedCsv(history);
    // The header line, the column names, then one line per community.
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(2 + communityCount);
  });

  it('prints every community', async () => {
    asPhone();
    renderApp('/rankings?from=2021-01&to=2021-06&metric=visits');
    const { grid } = await historyGrid();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(within(grid).getAllByRole('row')).toHaveLength(1 + communityCount);
    window.dispatchEvent(new Event('afterprint'));
  });
});
