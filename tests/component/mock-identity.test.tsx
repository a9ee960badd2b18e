// The demo user and fault scenario travel as headers; a header carries only ISO-8859-1 text,
// so any id (李主任, a typo in Chinese) must reach the mock backend intact, not break the request.
import { screen } from '@testing-library/react';
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

  it('ignores a scenario the backend does not know, even one written in Chinese: the page loads as the default user', async () => {
    renderApp('/overview?from=2021-01&to=2021-06&scenario=很慢');
    expect(await screen.findByRole('heading', { level: 1, name: '总览 · 2021年1—6月' })).toBeInTheDocument();
    expect(await screen.findByText('李主任')).toBeInTheDocument();
    expect(screen.queryByText(/网络断开/)).not.toBeInTheDocument();
  });
});
