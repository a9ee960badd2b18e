// A chart's code comes in its own chunk. Until it is in, the chart's place shows the frame's
// placeholder; then the chart, at once (not held back the way React holds a Suspense reveal).
// Code that cannot be loaded is the panel's error, and 重试 asks for it again.
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ChartPlaceholder, loadedOnUse } from '../../src/components/charts/lazy-charts';
import { Panel } from '../../src/components/panel';
import { Skeleton } from '../../src/components/skeleton';

function Chart({ title }: { title: string }) {
  return <p>图表：{title}</p>;
}

/** A chart loader whose answers the test gives, one per request. */
function chartCode() {
  const asked: Array<{ resolve: (c: typeof Chart) => void; reject: (e: unknown) => void }> = [];
  const { Component, start } = loadedOnUse(() => new Promise<typeof Chart>((resolve, reject) => asked.push({ resolve, reject })));
  return { Component, start, asked };
}

function Frame({ children }: { children: React.ReactNode }) {
  return (
    <Panel title="各社区目标完成率">
      <ChartPlaceholder.Provider value={<Skeleton lines={1} label="正在加载图表" />}>{children}</ChartPlaceholder.Provider>
    </Panel>
  );
}

describe('a chart whose code is still coming', () => {
  it('shows the placeholder, then the chart as soon as its code is in', async () => {
    const code = chartCode();
    render(<Frame><code.Component title="走访群众" /></Frame>);
    expect(screen.getByRole('status', { name: '正在加载图表' })).toBeInTheDocument();
    expect(code.asked).toHaveLength(1);
    await act(async () => code.asked[0].resolve(Chart));
    expect(screen.getByText('图表：走访群众')).toBeInTheDocument();
    expect(screen.queryByRole('status', { name: '正在加载图表' })).not.toBeInTheDocument();
  });

  it('draws at once when its code came ahead (a page preloads it), asking once', async () => {
    const code = chartCode();
    const loading = code.start();
    code.asked[0].resolve(Chart);
    await loading;
    render(<Frame><code.Component title="走访群众" /></Frame>);
    expect(screen.getByText('图表：走访群众')).toBeInTheDocument();
    expect(code.asked).toHaveLength(1);
  });

  it('shows the panel error when the code cannot be loaded, and 重试 asks for it again', async () => {
    const code = chartCode();
    // React reports the error it caught; the panel shows it.
    const reported = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<Frame><code.Component title="走访群众" /></Frame>);
    await act(async () => code.asked[0].reject(new Error('网络中断')));
    reported.mockRestore();
    expect(screen.getByRole('alert')).toHaveTextContent('各社区目标完成率出错');
    await userEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(code.asked).toHaveLength(2);
    expect(screen.getByRole('status', { name: '正在加载图表' })).toBeInTheDocument();
    await act(async () => code.asked[1].resolve(Chart));
    expect(screen.getByText('图表：走访群众')).toBeInTheDocument();
  });
});
