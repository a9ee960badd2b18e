// issue 24 item 7 (charts, leader): a closed year is done or not done — the overview's 2020
// completion chart and 需要关注 say 全年完成 / 未完成, never 落后于序时进度 / 滞后.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app';

describe('overview of a closed year', () => {
  it('says 全年完成 / 未完成 in the completion sentence and 需要关注, not 滞后', async () => {
    renderApp('/overview?from=2020-01&to=2020-12');
    const completion = await screen.findByRole('region', { name: '各社区目标完成率' });
    const sentence = await within(completion).findByText(/^2020年1—12月各社区走访群众完成率：/);
    expect(sentence.textContent).toMatch(/\d+ 个社区全年完成，\d+ 个社区未完成。/);
    expect(sentence.textContent).not.toMatch(/序时|滞后/);

    const attention = await screen.findByRole('region', { name: '需要关注' });
    await waitFor(() => expect(within(attention).getAllByRole('listitem').length).toBeGreaterThan(0));
    expect(attention.textContent).toMatch(/未完成/);
    expect(attention.textContent).not.toMatch(/滞后|落后于序时进度/);
  });

  it('says the same on the deck’s completion and attention slides', async () => {
    renderApp('/present?from=2020-01&to=2020-12&slide=7');
    const completion = await screen.findByText(/^2020年1—12月各社区走访群众完成率：/);
    expect(completion.textContent).toMatch(/\d+ 个社区全年完成，\d+ 个社区未完成。/);
    renderApp('/present?from=2020-01&to=2020-12&slide=9');
    const attention = await screen.findByText(/^2020年1—12月未完成全年目标、差距最大的：/);
    expect(attention.textContent).not.toMatch(/序时|滞后/);
  });

  it('keeps 序时进度 words for a year still running', async () => {
    renderApp('/overview?from=2021-01&to=2021-06');
    const completion = await screen.findByRole('region', { name: '各社区目标完成率' });
    const sentence = await within(completion).findByText(/^2021年1—6月各社区走访群众完成率：/);
    expect(sentence.textContent).toMatch(/个社区落后于序时进度。/);
  });
});
