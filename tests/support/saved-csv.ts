// Saves a panel's CSV through its export menu, as a user would, and returns the file's text.
import { waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, vi } from 'vitest';

export async function savedCsv(panel: HTMLElement): Promise<string> {
  const user = userEvent.setup();
  const created: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    created.push(blob as Blob);
    return 'blob:test';
  });
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  await user.click(await within(panel).findByRole('button', { name: /^导出：/ }));
  await user.click(within(panel).getByRole('button', { name: '下载 CSV 表格' }));
  await waitFor(() => expect(click).toHaveBeenCalled());
  return new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(created[0]);
  });
}
