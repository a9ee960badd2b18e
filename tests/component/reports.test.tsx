// Monthly reports (issue 26) through what the user sees, against the MSW handlers: a secretary
// saves and submits their month; a leader approves or returns it; a correction needs a reason
// and shows in 更正记录; a viewer sees neither page.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { addMonths } from '../../src/domain/month';
import { sampleDataset } from '../support/msw-server';
import { renderApp } from '../support/render-app';

const latest = sampleDataset.meta.latestMonth;
const due = addMonths(latest, 1);
const [year, month] = due.split('-').map(Number);
const dueLabel = `${year}年${month}月`;
const cilin = sampleDataset.communities.findIndex((c) => c.id === 'cilin');
const lastVisits = sampleDataset.values.visits.byCommunity[cilin]![sampleDataset.months.length - 1];

/** A request to the mock backend as a given user (the handlers answer it as they answer the app). */
async function send(user: string, method: 'PUT' | 'POST', path: string, body: unknown = {}) {
  const response = await fetch(new URL(`/api${path}`, window.location.origin), { method, headers: { 'x-mock-user': user, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(response.status, `${method} ${path}`).toBe(200);
}

async function submittedReport(visits = lastVisits) {
  await send('secretary-cilin', 'PUT', `/reports/cilin/${due}`, { figures: { visits } });
  await send('secretary-cilin', 'POST', `/reports/cilin/${due}/submit`);
}

async function openReview(user: ReturnType<typeof userEvent.setup>, { approved = false } = {}) {
  renderApp('/reports?as=leader');
  // An approved month is the latest with data: the page opens on the month after it.
  if (approved) await user.click(await screen.findByRole('button', { name: '上一月' }));
  await screen.findByRole('heading', { name: `上报情况 · ${dueLabel}` });
  const row = (await screen.findByRole('rowheader', { name: '词林社区' })).closest('tr') as HTMLElement;
  await user.click(within(row).getByRole('button', { name: '审核 词林社区' }));
  return screen.findByRole('region', { name: '审核 词林社区' });
}

describe('monthly reports: the secretary’s phone form', () => {
  it('saves a draft, then submits it, with last month beside the field', async () => {
    const user = userEvent.setup();
    renderApp('/report?as=secretary-cilin');
    await screen.findByRole('heading', { name: `词林社区 ${dueLabel}月报` });
    const visits = await screen.findByLabelText(/^走访群众（户）$/);
    expect(screen.getByText(new RegExp(`^上月 ${lastVisits.toLocaleString('zh-CN')} 户`))).toBeInTheDocument();
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('状态：未填报');
    await user.type(visits, String(lastVisits));
    await user.click(screen.getByRole('button', { name: '保存草稿' }));
    expect(await screen.findByText('草稿已保存')).toBeInTheDocument();
    expect(screen.getByText(/^状态：/)).toHaveTextContent('状态：草稿');
    await user.click(screen.getByRole('button', { name: '提交' }));
    expect(await screen.findByText('已提交，等待街道审核')).toBeInTheDocument();
    expect(screen.getByText(/^状态：/)).toHaveTextContent('状态：已提交');
    // Locked while the leader reviews it.
    expect(screen.getByLabelText(/^走访群众（户）$/)).toBeDisabled();
  });

  it('keeps what was typed but not saved through a reload, until it is saved', async () => {
    const user = userEvent.setup();
    const first = renderApp('/report?as=secretary-cilin');
    await user.type(await screen.findByLabelText(/^走访群众（户）$/), '23');
    first.unmount();

    // The web view reloads: the figure is there again, and the page says why.
    const second = renderApp('/report?as=secretary-cilin');
    expect(await screen.findByLabelText(/^走访群众（户）$/)).toHaveValue('23');
    expect(screen.getByText(/已恢复上次在本机填写但未保存的内容/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '保存草稿' }));
    expect(await screen.findByText('草稿已保存')).toBeInTheDocument();
    second.unmount();

    // Saved: the server's draft shows, with nothing said about a restored entry.
    renderApp('/report?as=secretary-cilin');
    expect(await screen.findByLabelText(/^走访群众（户）$/)).toHaveValue('23');
    expect(screen.getByText(/^状态：/)).toHaveTextContent('状态：草稿');
    expect(screen.queryByText(/已恢复上次在本机填写但未保存的内容/)).not.toBeInTheDocument();
  });

  it('asks for a reason when a figure is far outside the community’s own range', async () => {
    const user = userEvent.setup();
    renderApp('/report?as=secretary-cilin');
    await user.type(await screen.findByLabelText(/^走访群众（户）$/), String(lastVisits * 10));
    const reason = await screen.findByRole('textbox', { name: /走访群众 的原因/ });
    await user.click(screen.getByRole('button', { name: '提交' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('走访群众：远超本社区往常范围，请写明原因');
    await user.type(reason, '全覆盖走访专项月');
    await user.click(screen.getByRole('button', { name: '提交' }));
    expect(await screen.findByText('已提交，等待街道审核')).toBeInTheDocument();
  });

  it('shows a returned report with the leader’s comment, to be fixed and sent again', async () => {
    await submittedReport();
    await send('leader', 'POST', `/reports/cilin/${due}/return`, { comment: '走访户数请核实' });
    renderApp('/report?as=secretary-cilin');
    expect(await screen.findByText(/^状态：/)).toHaveTextContent('状态：已退回 · 退回意见：走访户数请核实');
    expect(screen.getByLabelText(/^走访群众（户）$/)).toHaveValue(String(lastVisits));
  });
});

describe('monthly reports: the leader’s 上报情况', () => {
  it('approves a submitted month: the figures are in and 数据截至 moves on', async () => {
    const user = userEvent.setup();
    await submittedReport();
    const review = await openReview(user);
    expect(within(review).getByText('走访群众')).toBeInTheDocument();
    expect(screen.getByText(`已上报 1/${sampleDataset.communities.length}（上报率 ${((1 / sampleDataset.communities.length) * 100).toFixed(1)}%）`, { exact: false })).toBeInTheDocument();
    await user.click(within(review).getByRole('button', { name: '通过' }));
    const row = screen.getByRole('rowheader', { name: '词林社区' }).closest('tr') as HTMLElement;
    await waitFor(() => expect(within(row).getByText('已通过')).toBeInTheDocument());
    expect(await screen.findByText(`数据截至 ${dueLabel}`)).toBeInTheDocument();
  });

  it('leaves the new month missing, not 0, for every community that has not reported it', async () => {
    await submittedReport(lastVisits + 5);
    await send('leader', 'POST', `/reports/cilin/${due}/approve`);
    const response = await fetch(new URL(`/api/series?metrics=visits&from=${due}&to=${due}&groupBy=community`, window.location.origin), { headers: { 'x-mock-user': 'leader' } });
    const { rows } = (await response.json()) as { rows: Array<{ communityId: string; value: number | null }> };
    const values = new Map(rows.map((r) => [r.communityId, r.value]));
    expect(values.get('cilin')).toBe(lastVisits + 5);
    const others = rows.filter((r) => r.communityId !== 'cilin').map((r) => r.value);
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((v) => v === null)).toBe(true);
  });

  it('returns a report only with a comment', async () => {
    const user = userEvent.setup();
    await submittedReport();
    const review = await openReview(user);
    await user.click(within(review).getByRole('button', { name: '退回' }));
    expect(await within(review).findByRole('alert')).toHaveTextContent('退回时请写明原因');
    await user.type(within(review).getByRole('textbox', { name: '退回意见' }), '走访户数请核实');
    await user.click(within(review).getByRole('button', { name: '退回' }));
    const row = screen.getByRole('rowheader', { name: '词林社区' }).closest('tr') as HTMLElement;
    await waitFor(() => expect(within(row).getByText('已退回')).toBeInTheDocument());
  });

  it('corrects an approved month only with a reason, and lists it in 更正记录', async () => {
    const user = userEvent.setup();
    await submittedReport();
    await send('leader', 'POST', `/reports/cilin/${due}/approve`);
    const review = await openReview(user, { approved: true });
    const field = within(review).getByRole('textbox', { name: /^走访群众（户）/ });
    await user.clear(field);
    await user.type(field, String(lastVisits + 1));
    await user.click(within(review).getByRole('button', { name: '更正' }));
    expect(await within(review).findByRole('alert')).toHaveTextContent('更正须写明原因');
    expect(within(review).getByText('暂无更正')).toBeInTheDocument();
    await user.type(within(review).getByRole('textbox', { name: '更正原因' }), '漏报一户');
    await user.click(within(review).getByRole('button', { name: '更正' }));
    const log = await within(review).findByRole('list', { name: '更正记录' });
    expect(log).toHaveTextContent(new RegExp(`leader .+ 走访群众：${lastVisits.toLocaleString('zh-CN')} → ${(lastVisits + 1).toLocaleString('zh-CN')}（漏报一户）`));
  });
});

describe('monthly reports: who may', () => {
  it('shows a viewer neither page nor link', async () => {
    renderApp('/reports?as=viewer');
    expect(await screen.findByText('上报情况仅街道领导可查看')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: '主导航' });
    expect(within(nav).queryByRole('link', { name: '上报情况' })).toBeNull();
    expect(within(nav).queryByRole('link', { name: '月报填报' })).toBeNull();
  });

  it('keeps the form to secretaries and 上报情况 to leaders', async () => {
    renderApp('/report?as=leader');
    expect(await screen.findByText('月报由社区书记填报')).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: '主导航' })).getByRole('link', { name: '上报情况' })).toBeInTheDocument();
  });
});
