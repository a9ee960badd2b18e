// Printing the overview right after it opened, before the sections below the first screen have
// been rendered (they wait for the first chart): the print still has them.
import { act, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { renderApp } from '../support/render-app';

it('prints the whole overview even when asked before the sections below the first screen were rendered', async () => {
  renderApp('/overview?from=2021-01&to=2021-06');
  await screen.findByRole('article', { name: '走访群众' });
  // The trends and totals wait for the first chart…
  expect(screen.queryByRole('region', { name: '走访群众合计' })).not.toBeInTheDocument();
  // …but a print is about to be taken: they are on the page before it is.
  act(() => {
    window.dispatchEvent(new Event('beforeprint'));
  });
  expect(screen.getByRole('region', { name: '走访群众合计' })).toBeInTheDocument();
  expect(screen.getByRole('region', { name: /^走访群众：.*累计与序时目标$/ })).toBeInTheDocument();
});
