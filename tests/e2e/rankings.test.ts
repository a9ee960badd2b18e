// Rankings and the secretary's home in the production build: figures checked against the
// sample data computed here (the demo server serves the same seeded dataset).
import { describe, expect, it } from 'vitest';
import { completionRanking, figureOf, targetOf } from '../support/dataset-figures';
import { seriousA11yViolations, useBrowser } from './browser';

const visits = completionRanking('visits', '2021-01', '2021-06');

describe('rankings and the secretary’s home (production build)', () => {
  const b = useBrowser();

  it('lands a secretary on their community: overall rank, and a gap to the next place that matches the data', async () => {
    const { page } = b;
    await page.goto(b.url('/?as=secretary-cilin'));
    await page.getByRole('heading', { level: 1, name: '词林社区 · 2021年1—6月' }).waitFor();
    const headline = page.getByRole('region', { name: '词林社区综合指数排名' });
    await expect.poll(() => headline.textContent()).toMatch(/综合指数排名第 \d+ 名（共 20 个社区）/);

    // 走访群众: the closest community above 词林 by completion, and what 词林 needs to reach it.
    const me = visits.find((r) => r.id === 'cilin');
    if (!me) throw new Error('词林 has no visits figure');
    const above = visits.filter((r) => r.completion > me.completion);
    const next = above.reduce((a, r) => (r.completion < a.completion ? r : a));
    const prorated = ((targetOf('visits', 2021, 'cilin') as number) * 6) / 12;
    const needed = Math.ceil(next.completion * prorated - (figureOf('visits', 'cilin', '2021-01', '2021-06') as number) - 1e-9);
    const table = page.getByRole('table', { name: /词林社区各项指标/ });
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '走访群众' }) });
    await expect.poll(() => row.textContent()).toContain(`第 ${me.rank} / ${visits.length} 名`);
    expect(await row.textContent()).toContain(`再增加 ${needed} 户可升至第 ${next.rank} 名`);
    expect(b.consoleErrors).toEqual([]);
  });

  it('orders /rankings by the completion figures it shows', async () => {
    const { page } = b;
    await page.goto(b.url('/rankings?from=2021-01&to=2021-06&metric=visits'));
    const table = page.getByRole('table', { name: /各社区走访群众排名（按完成率）/ });
    await expect.poll(() => table.locator('tbody tr').count()).toBe(20);
    const shown = await table.evaluate((t) => {
      const headers = [...t.querySelectorAll('thead th')].map((h) => h.textContent ?? '');
      const at = (name: string) => headers.findIndex((h) => h.startsWith(name));
      return [...t.querySelectorAll('tbody tr')].map((r) => {
        const cells = [...r.querySelectorAll('th, td')].map((c) => c.textContent ?? '');
        return { rank: Number(cells[at('排名')]), completion: Number(cells[at('完成率')].replace('%', '')) };
      });
    });
    for (let i = 1; i < shown.length; i++) {
      expect(shown[i].completion).toBeLessThanOrEqual(shown[i - 1].completion);
      expect(shown[i].rank).toBeGreaterThanOrEqual(shown[i - 1].rank);
    }
    expect(shown.map((s) => s.rank)).toEqual(visits.map((v) => v.rank));
  });

  it('draws the bars when a ranking shown as a table is switched to its chart', async () => {
    const { page } = b;
    await page.goto(b.url('/rankings?from=2021-01&to=2021-06&metric=visits'));
    const panel = page.getByRole('region', { name: '走访群众排名' });
    await panel.getByRole('table').waitFor();
    await panel.getByRole('button', { name: '图表', exact: true }).click();
    // One bar per ranked community, drawn (the chart's frame came after the table: it is watched too).
    await expect.poll(() => panel.locator('.recharts-bar-rectangle').count(), { timeout: 10_000 }).toBe(visits.length);
    expect(b.consoleErrors).toEqual([]);
  });

  it('draws the tile map: one square per community, the secretary’s own outlined', async () => {
    const { page } = b;
    await page.goto(b.url('/rankings?from=2021-01&to=2021-06&metric=visits&view=map&as=secretary-cilin'));
    const map = page.getByRole('group', { name: /：地图$/ });
    // Twenty tiles; a secretary may open only their own community, so only that tile is a link.
    await expect.poll(() => map.locator('a.tile-map__tile, rect[role="img"]').count(), { timeout: 10_000 }).toBe(20);
    const box = await map.boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    expect(await map.getByRole('link').count()).toBe(1);
    expect(await map.getByRole('link', { name: /^词林社区：.*本社区$/ }).count()).toBe(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('opens a shared link in the same view: period, metric, basis and map', async () => {
    const { page } = b;
    await page.goto(b.url('/rankings?from=2020-01&to=2020-12&metric=parking_spaces&by=value&view=map'));
    await page.getByRole('heading', { level: 1, name: '社区排名 · 2020年1—12月' }).waitFor();
    expect(await page.getByRole('combobox', { name: '指标' }).inputValue()).toBe('parking_spaces');
    expect(await page.getByRole('button', { name: '按完成值', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('button', { name: '地图', exact: true }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('group', { name: '2020年1—12月各社区新增停车位排名（按完成值）：地图' }).waitFor();
  });

  it('has no serious accessibility violations on a secretary’s home and the 综合指数 ranking', async () => {
    const { page } = b;
    for (const path of ['/communities/cilin?from=2021-01&to=2021-06&as=secretary-cilin', '/rankings?from=2021-01&to=2021-06']) {
      await page.goto(b.url(path));
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(await seriousA11yViolations(page), path).toEqual([]);
    }
  });
});
