// Issue 24 item 6: 需要关注 is not led by a 0% on a target of one dispute; such rows say 样本小,
// and a metric with small targets is ranked by count, which its title, rule and rows say.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app';

describe('需要关注 with small counts', () => {
  for (const url of ['/overview', '/overview?from=2020-01&to=2020-12']) {
    it(`puts rows with a real sample before rows marked 样本小 (${url})`, async () => {
      renderApp(url);
      const attention = await screen.findByRole('region', { name: '需要关注' }, { timeout: 8000 });
      await waitFor(() => expect(within(attention).getAllByRole('listitem').length).toBeGreaterThan(0), { timeout: 8000 });
      const items = within(attention).getAllByRole('listitem').map((li) => li.textContent ?? '');
      expect(items[0]).not.toContain('样本小');
      // every row marked 样本小 comes after every row with a real sample
      const marked = items.map((text) => text.includes('样本小'));
      const firstMarked = marked.indexOf(true);
      if (firstMarked >= 0) expect(marked.slice(firstMarked).every(Boolean)).toBe(true);
    });
  }

  it('ranks 化解矛盾纠纷 by count on /rankings even when 按完成率 is chosen, and says so: title, rule, 样本小 rows', async () => {
    renderApp('/rankings?metric=disputes_mediated&from=2021-01&to=2021-06');
    const ranking = await screen.findByRole('region', { name: '化解矛盾纠纷排名' }, { timeout: 8000 });
    expect(await within(ranking).findByText(/^2021年1—6月各社区化解矛盾纠纷排名（按完成值）：/)).toBeInTheDocument();
    expect(ranking.textContent).toContain('目标过小，完成率意义不大：按数量排名');
    const table = await within(ranking).findByRole('table');
    expect(within(table).getAllByText('样本小').length).toBeGreaterThan(0);
  });
});
