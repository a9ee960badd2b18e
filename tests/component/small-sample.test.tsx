// Issue 24 item 6: 需要关注 is not led by a 0% on a target of one dispute; such rows say 样本小.
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
});
