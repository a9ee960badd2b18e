// The export menu on every chart frame: what it offers, when it cannot, and how it fails.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server } from '../support/msw-server';
import { renderApp } from '../support/render-app';

async function completionPanel() {
  const panel = await screen.findByRole('region', { name: '各社区目标完成率' });
  await within(panel).findByRole('button', { name: /^导出：/ });
  return panel;
}

describe('the export menu', () => {
  it('offers CSV, PNG and print; saves the CSV of the rows shown', async () => {
    const user = userEvent.setup();
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:test';
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderApp('/overview?from=2020-01&to=2020-12');
    const panel = await completionPanel();
    await user.click(within(panel).getByRole('button', { name: '导出：各社区走访群众完成率' }));
    const menu = within(panel).getByRole('group', { name: '导出各社区走访群众完成率' });
    expect(within(menu).getAllByRole('button').map((b) => b.textContent)).toEqual(['下载 CSV 表格', '下载 PNG 图片', '打印 / 存为 PDF']);
    await user.click(within(menu).getByRole('button', { name: '下载 CSV 表格' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    const anchor = click.mock.contexts[0] as HTMLAnchorElement;
    expect(anchor.download).toBe('各社区走访群众完成率_2020年1—12月.csv');
    const bytes = new Uint8Array(
      await new Promise<ArrayBuffer>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as ArrayBuffer);
        reader.readAsArrayBuffer(created[0]);
      }),
    );
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.split('\r\n')[0]).toBe('\uFEFF各社区走访群众完成率；单位：户；时段：2020年1—12月；数据截至：2021年6月');
    expect(text.split('\r\n')[1]).toBe('排名,社区,完成值（户）,序时目标（户）,序时目标（精确）（户）,完成率（%）,全年结果');
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(2 + 20);
    // The menu closes once the file is saved (an update of its own, after the save's await).
    await waitFor(() => expect(within(panel).queryByRole('group', { name: '导出各社区走访群众完成率' })).not.toBeInTheDocument());
  });

  it('says why the picture cannot be saved while the table is showing', async () => {
    const user = userEvent.setup();
    renderApp('/overview?from=2020-01&to=2020-12');
    const panel = await completionPanel();
    await user.click(within(panel).getByRole('button', { name: '表格' }));
    await user.click(within(panel).getByRole('button', { name: /^导出：/ }));
    const png = within(panel).getByRole('button', { name: '下载 PNG 图片' });
    expect(png).toBeDisabled();
    expect(png).toHaveAccessibleDescription('切换到“图表”后可下载图片');
  });

  it('is disabled with a reason, not an empty file, when the panel has no figures', async () => {
    const user = userEvent.setup();
    server.use(
      http.get('*/api/series', ({ request }) => {
        const url = new URL(request.url);
        if (url.searchParams.get('groupBy') !== 'community') return undefined;
        const metrics = (url.searchParams.get('metrics') ?? '').split(',');
        return HttpResponse.json({ from: url.searchParams.get('from'), to: url.searchParams.get('to'), groupBy: 'community', rows: metrics.map((metricId) => ({ metricId, communityId: 'cilin', value: null })) });
      }),
    );
    renderApp('/overview?from=2020-01&to=2020-12');
    const panel = await completionPanel();
    expect(within(panel).getByText('该时段暂无数据')).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: /^导出：/ }));
    expect(within(panel).getByText('没有可导出的数据')).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: '下载 CSV 表格' })).toBeDisabled();
    expect(within(panel).getByRole('button', { name: '下载 PNG 图片' })).toBeDisabled();
  });

  it('shows a failed picture in the menu and leaves the page as it was', async () => {
    const user = userEvent.setup();
    renderApp('/overview?from=2020-01&to=2020-12');
    const panel = await completionPanel();
    const before = panel.querySelector('figure')?.outerHTML;
    await user.click(within(panel).getByRole('button', { name: /^导出：/ }));
    // jsdom draws no chart: the picture cannot be made, and the menu says so.
    await user.click(within(panel).getByRole('button', { name: '下载 PNG 图片' }));
    expect(await within(panel).findByRole('alert')).toHaveTextContent(/^导出失败：图表尚未绘制/);
    await user.keyboard('{Escape}');
    expect(within(panel).queryByRole('alert')).not.toBeInTheDocument();
    expect(panel.querySelector('figure')?.outerHTML).toBe(before);
  });
});

// issue 24 item 5: a target is whole units on screen and in the CSV, with the exact figure beside it.
describe('targets in the table and its CSV', () => {
  it('writes the same whole-unit 序时目标 as the table shows, and the exact one in its own column', async () => {
    const user = userEvent.setup();
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:test';
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderApp('/overview?from=2021-01&to=2021-06');
    const panel = await completionPanel();
    await user.click(within(panel).getByRole('button', { name: '表格' }));
    const table = within(panel).getByRole('table');
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent ?? '');
    const targetAt = headers.findIndex((h) => h.startsWith('序时目标'));
    const onScreen = new Map(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => {
          const cells = Array.from(row.querySelectorAll('th, td'));
          return [cells[1].textContent ?? '', (cells[targetAt].textContent ?? '').replace(/,/g, '')] as const;
        }),
    );
    await user.click(within(panel).getByRole('button', { name: /^导出：/ }));
    await user.click(within(panel).getByRole('button', { name: '下载 CSV 表格' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(created[0]);
    });
    const [, header, ...lines] = text.split('\r\n').filter(Boolean);
    const names = header.split(',');
    const whole = names.indexOf('序时目标（户）');
    const exact = names.indexOf('序时目标（精确）（户）');
    expect(exact).toBe(whole + 1);
    let fractional = 0;
    for (const line of lines) {
      const cells = line.split(',');
      expect(cells[whole]).toBe(onScreen.get(cells[1]));
      expect(Math.abs(Number(cells[exact]) - Number(cells[whole]))).toBeLessThanOrEqual(0.5);
      if (!Number.isInteger(Number(cells[exact]))) fractional++;
    }
    // The half year halves odd year targets: the sample has targets that are not whole.
    expect(fractional).toBeGreaterThan(0);
  });
});
