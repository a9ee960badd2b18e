// The demo user and fault scenario travel as headers; a header carries only ISO-8859-1 text,
// so any id (李主任, a typo in Chinese) must reach the mock backend intact, not break the request.
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app';

describe('the demo user and scenario in the URL', () => {
  it('asks a demo user the backend does not know, even one written in Chinese, to sign in again, naming them', async () => {
    renderApp('/overview?as=李主任');
    expect(await screen.findByRole('heading', { level: 1, name: '请重新登录' })).toBeInTheDocument();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('登录已失效：未知的演示用户 “李主任”');
    expect(alert).not.toHaveTextContent('网络');
  });

  it('ignores a scenario the backend does not know, even one written in Chinese, and shows the figures', async () => {
    renderApp('/overview?from=2021-01&to=2021-06&scenario=很慢');
    const visits = await screen.findByRole('region', { name: '走访群众合计' });
    await waitFor(() => expect(visits).toHaveTextContent('1,608户'));
    expect(screen.queryByText(/网络断开/)).not.toBeInTheDocument();
  });
});
