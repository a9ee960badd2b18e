// A long table (a ranking of 500 communities) lists its first rows until asked for all.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DataTable, type Column } from '../../src/components/data-table';

interface Row {
  id: string;
  rank: number;
}
const rows: Row[] = Array.from({ length: 150 }, (_, i) => ({ id: `c${i + 1}`, rank: i + 1 }));
const columns: Column<Row>[] = [
  { key: 'rank', header: '排名', value: (r) => r.rank },
  { key: 'id', header: '社区', rowHeader: true, value: (r) => r.id },
];
const bodyRows = () => within(screen.getByRole('table', { name: '排名' })).getAllByRole('row').slice(1);

function table(props: Partial<Parameters<typeof DataTable<Row>>[0]> = {}) {
  return <DataTable caption="排名" columns={columns} rows={rows} rowKey={(r) => r.id} sort={null} onSort={() => undefined} {...props} />;
}

describe('a long table', () => {
  it('lists the first rows and the pinned one (the viewer’s community), then all when asked', async () => {
    const user = userEvent.setup();
    render(table({ limit: 100, pinned: (r) => r.id === 'c140' }));
    expect(bodyRows()).toHaveLength(101);
    expect(screen.getByRole('rowheader', { name: 'c140' })).toBeInTheDocument();
    expect(screen.queryByRole('rowheader', { name: 'c139' })).not.toBeInTheDocument();
    expect(screen.getByText('共 150 行，按当前排序列出 101 行。')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '显示全部 150 行' }));
    expect(bodyRows()).toHaveLength(150);
    expect(screen.queryByRole('button', { name: /显示全部/ })).not.toBeInTheDocument();
  });

  it('lists every row when there are no more than the limit, and without a limit', () => {
    const { unmount } = render(table({ limit: 150 }));
    expect(bodyRows()).toHaveLength(150);
    expect(screen.queryByRole('button', { name: /显示全部/ })).not.toBeInTheDocument();
    unmount();
    render(table());
    expect(bodyRows()).toHaveLength(150);
  });

  it('lists every row for a print', () => {
    render(table({ limit: 100 }));
    expect(bodyRows()).toHaveLength(100);
    // React commits the update in the microtask after the event, before the print is laid out.
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(bodyRows()).toHaveLength(150);
    window.dispatchEvent(new Event('afterprint'));
  });
});
