// The secretary's page: 最弱 is what costs the 综合指数 place, said in units; 最好 is a metric of
// the index; the community's 红黑榜 standing and the period its movement compares with are named.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BLACK_STREAK_WARNING } from '../../src/domain/ranking';
import { sampleDataset } from '../support/msw-server';
import { renderApp } from '../support/render-app';

const weighed = new Set(sampleDataset.metrics.filter((m) => (m.indexWeight ?? 0) > 0).map((m) => m.name));

async function headline(url: string, name: string) {
  renderApp(url);
  const head = await screen.findByRole('region', { name: new RegExp(`^${name}综合指数排名`) });
  await within(head).findByText('最弱');
  return head;
}

const factAfter = (head: HTMLElement, tag: string) => {
  const li = within(head).getByText(tag).closest('li') as HTMLElement;
  return li.textContent?.slice(tag.length) ?? '';
};

describe('secretary home (issue 24, items 1 and 2)', () => {
  it('says what the next 综合指数 place takes, in 分 and in units of the metric that costs it most', async () => {
    const head = await headline('/communities/cilin?from=2021-01&to=2021-06&as=secretary-cilin', '词林社区');
    const rank = Number(/第 (\d+) 名/.exec(head.textContent ?? '')?.[1]);
    expect(rank).toBeGreaterThan(1);
    const advice = new RegExp(`综合指数升至第 ${rank - 1} 名还需 \\+\\d+\\.\\d 分，约(\\S+?)再增加 \\d+ \\S+。`).exec(head.textContent ?? '');
    expect(advice).not.toBeNull();
    const metric = advice?.[1] as string;
    expect(weighed.has(metric)).toBe(true);
    // 最弱 is that metric, and it counts in the index.
    expect(factAfter(head, '最弱').startsWith(`${metric}：`)).toBe(true);
  });

  it('names only metrics of the 综合指数 as 最好, and marks which metrics count', async () => {
    const head = await headline('/communities/cilin?from=2021-01&to=2021-06&as=secretary-cilin', '词林社区');
    const best = factAfter(head, '最好').split('：')[0];
    expect(weighed.has(best)).toBe(true);
    const table = screen.getByRole('table', { name: /词林社区各项指标/ });
    const row = (name: string) => within(table).getByRole('rowheader', { name }).closest('tr') as HTMLElement;
    expect(within(row('走访群众')).getByText(/^计入综合指数（权重 \d+）$/)).toBeInTheDocument();
    expect(within(row('修整绿化')).getByText('不计入')).toBeInTheDocument();
  });

  it('shows the community on the 黑榜 and how many periods running', async () => {
    const head = await headline('/communities/zhanqian?from=2021-01&to=2021-06&as=leader', '站前社区');
    expect(factAfter(head, '红黑榜')).toMatch(new RegExp(`本期在黑榜（连续 ${BLACK_STREAK_WARNING} 期黑榜`));
  });

  it('names the period the movement compares with', async () => {
    const head = await headline('/communities/cilin?from=2021-01&to=2021-06&as=secretary-cilin', '词林社区');
    expect(head.textContent).toMatch(/较2020年7—12月(上升|下降) \d+ 名|与2020年7—12月持平/);
    expect(head.textContent).not.toMatch(/较上期/);
  });
});
