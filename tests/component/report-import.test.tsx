// /reports/import as a leader uses it: the month and its template link, an upload previewed
// (old → new per cell, or every problem by cell), confirmed and saved; the demo's 501, a
// contract breach, and a non-leader, who gets neither the page's form nor its link.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../support/msw-server';
import { currentSearch, renderApp } from '../support/render-app';

const xlsx = () => new File([new Uint8Array([0x50, 0x4b, 3, 4])], '月报.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });

/** Answers the upload with `preview` (and `written` when confirmed), keeping each request's query. */
function answerUploads(preview: Record<string, unknown>, written: Record<string, unknown> = {}) {
  const asked: URLSearchParams[] = [];
  server.use(
    http.post('*/api/reports/import', ({ request }) => {
      const params = new URL(request.url).searchParams;
      asked.push(params);
      return HttpResponse.json(params.get('preview') === '1' ? preview : written);
    }),
  );
  return asked;
}

async function upload() {
  const user = userEvent.setup();
  await user.upload(await screen.findByLabelText('选择填好的模板'), xlsx());
  await user.click(screen.getByRole('button', { name: '预览更改' }));
  return user;
}

const PREVIEW = {
  month: '2021-06',
  changes: [
    { cell: 'B10', communityId: 'cilin', metricId: 'visits', old: 120, new: 125 },
    { cell: 'L10', communityId: 'cilin', metricId: 'community_cases', old: null, new: 0 },
  ],
  unchanged: 196,
  errors: [],
  wrongTemplate: false,
};

describe('Excel import page', () => {
  it('opens on the month 上报情况 asks for: the one after the data’s latest (2021年6月)', async () => {
    renderApp('/reports/import');
    expect(await screen.findByRole('combobox', { name: '月份' })).toHaveValue('2021-07');
    expect(screen.getByRole('link', { name: '下载2021年7月模板（.xlsx）' })).toBeInTheDocument();
  });

  it('offers the chosen month’s template, and keeps the month in the URL', async () => {
    renderApp('/reports/import?month=2021-06');
    expect(await screen.findByRole('heading', { level: 1, name: 'Excel 导入月报' })).toBeInTheDocument();
    const month = await screen.findByRole('combobox', { name: '月份' });
    expect(month).toHaveValue('2021-06');
    expect(screen.getByRole('link', { name: '下载2021年6月模板（.xlsx）' })).toHaveAttribute('href', expect.stringMatching(/\/api\/reports\/template\?month=2021-06$/));
    await userEvent.selectOptions(month, '2021-05');
    expect(screen.getByRole('link', { name: '下载2021年5月模板（.xlsx）' })).toHaveAttribute('href', expect.stringMatching(/month=2021-05$/));
    expect(currentSearch().get('month')).toBe('2021-05');
    expect(screen.getByRole('button', { name: '预览更改' })).toBeDisabled();
  });

  it('previews the changes (old → new per cell, none stored as 未填报), then saves on confirmation', async () => {
    const asked = answerUploads(PREVIEW, { month: '2021-06', written: 2, communities: 1, changes: PREVIEW.changes });
    renderApp('/reports/import?month=2021-06');
    const user = await upload();
    expect(await screen.findByText('将更改 2 个数字，另有 196 个与已存数据相同。')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: '2021年6月将更改的数字' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent?.replace(/\s*↕$/, ''))).toEqual(['单元格', '社区', '指标', '原值', '新值']);
    expect(within(table).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual(['B10词林社区走访群众120125', 'L10词林社区社区下沉办件未填报0']);
    expect(asked.map((p) => [p.get('month'), p.get('preview')])).toEqual([['2021-06', '1']]);

    await user.click(screen.getByRole('button', { name: '确认导入 2 个数字' }));
    expect(await screen.findByText('已导入2021年6月：更改 2 个数字，1 个社区的月报记为已审核（审核记录注明“Excel 导入”）。')).toBeInTheDocument();
    expect(asked.map((p) => [p.get('month'), p.get('preview')])).toEqual([
      ['2021-06', '1'],
      ['2021-06', null],
    ]);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('lists every problem by cell and offers no confirmation', async () => {
    answerUploads({
      ...PREVIEW,
      changes: [PREVIEW.changes[0]],
      errors: [
        { cell: 'C7', message: 'C7：走访群众须为非负整数，现为"十二"' },
        { cell: 'F14', message: 'F14：西门社区未开通新增停车位，此格须留空，现为"0"' },
      ],
    });
    renderApp('/reports/import?month=2021-06');
    await upload();
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('表格有 2 处问题，未写入任何数据。请改正后重新上传：')).toBeInTheDocument();
    expect(within(within(alert).getByRole('list', { name: '表格问题' })).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'C7：走访群众须为非负整数，现为"十二"',
      'F14：西门社区未开通新增停车位，此格须留空，现为"0"',
    ]);
    expect(screen.queryByRole('button', { name: /确认导入/ })).not.toBeInTheDocument();
  });

  it('says when the sheet is not the template', async () => {
    answerUploads({ ...PREVIEW, changes: [], wrongTemplate: true, errors: [{ cell: 'M4', message: '模板不对：M4 的列"备注"不在指标目录中，请重新下载模板' }] });
    renderApp('/reports/import?month=2021-06');
    await upload();
    expect(await screen.findByText('这不是本看板的模板：请重新下载模板，在模板中填写。')).toBeInTheDocument();
  });

  it('says when nothing would change', async () => {
    answerUploads({ ...PREVIEW, changes: [] });
    renderApp('/reports/import?month=2021-06');
    await upload();
    expect(await screen.findByText('表中的数字与已存数据相同（196 个），没有需要更改的。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /确认导入/ })).not.toBeInTheDocument();
  });

  it('shows the demo’s refusal (the mock has no Excel parser)', async () => {
    renderApp('/reports/import?month=2021-06');
    await upload();
    expect(await screen.findByRole('alert')).toHaveTextContent('演示模式不支持导入');
  });

  it('names what was wrong with an answer that breaks the contract', async () => {
    answerUploads({ ...PREVIEW, changes: [{ ...PREVIEW.changes[0], new: -5 }] });
    renderApp('/reports/import?month=2021-06');
    await upload();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/格式不对.*new不能为负数/);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('gives leaders the link in the navigation', async () => {
    renderApp('/overview?from=2021-01&to=2021-06');
    const nav = await screen.findByRole('navigation', { name: '主导航' });
    await waitFor(() => expect(within(nav).getByRole('link', { name: 'Excel 导入' })).toHaveAttribute('href', expect.stringMatching(/^\/reports\/import/)));
  });

  it('marks Excel 导入 as the current page there, not 上报情况 (whose path it lies under)', async () => {
    renderApp('/reports/import?month=2021-06');
    const nav = await screen.findByRole('navigation', { name: '主导航' });
    await waitFor(() => expect(within(nav).getByRole('link', { name: 'Excel 导入' })).toHaveAttribute('aria-current', 'page'));
    expect(within(nav).getByRole('link', { name: '上报情况' })).not.toHaveAttribute('aria-current');
  });

  it('shows a secretary that the import is for leaders', async () => {
    renderApp('/reports/import?month=2021-06&as=secretary-cilin');
    expect(await screen.findByText('Excel 导入仅街道领导可用')).toBeInTheDocument();
    expect(screen.getByText('社区书记请在本社区的月报中填报。')).toBeInTheDocument();
    expect(screen.queryByLabelText('选择填好的模板')).not.toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: '主导航' })).queryByRole('link', { name: 'Excel 导入' })).not.toBeInTheDocument();
  });

  it('is refused by the mock to a non-leader (403), as by the server', async () => {
    const response = await fetch('http://localhost/api/reports/import?month=2021-06&preview=1', { method: 'POST', headers: { 'x-mock-user': 'viewer' }, body: xlsx() });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: 'Excel 导入仅街道领导可用' });
  });
});
