import { describe, expect, it } from 'vitest';
import { saveBlob, type SaveEnv } from '../../src/lib/export/download';

/** A browser for saveBlob: records what was shared and what was downloaded. */
function browser(over: Partial<SaveEnv> & { shareResult?: () => Promise<void>; canShareFiles?: boolean } = {}) {
  const shared: string[] = [];
  const downloaded: string[] = [];
  const env: SaveEnv = {
    touch: true,
    share: {
      canShare: (data) => (over.canShareFiles ?? true) && Boolean(data?.files?.length),
      share: async (data) => {
        await (over.shareResult?.() ?? Promise.resolve());
        shared.push(...(data?.files ?? []).map((f) => f.name));
      },
    },
    download: (_blob, name) => downloaded.push(name),
    ...over,
  };
  return { env, shared, downloaded };
}

const csv = new Blob(['\uFEFF社区,完成值\r\n'], { type: 'text/csv' });
const fail = (name: string) => () => Promise.reject(Object.assign(new Error(name), { name }));

describe('saving a file on a phone or a desk', () => {
  it('hands the file to the share sheet on a touch device that can share files', async () => {
    const b = browser();
    expect(await saveBlob(csv, '走访.csv', b.env)).toBe('shared');
    expect(b.shared).toEqual(['走访.csv']);
    expect(b.downloaded).toEqual([]);
  });

  it('downloads at a desk even when the browser could share', async () => {
    const b = browser({ touch: false });
    expect(await saveBlob(csv, '走访.csv', b.env)).toBe('downloaded');
    expect(b.shared).toEqual([]);
    expect(b.downloaded).toEqual(['走访.csv']);
  });

  it('downloads when the web view cannot share files, or has no share at all', async () => {
    const noFiles = browser({ canShareFiles: false });
    expect(await saveBlob(csv, 'a.csv', noFiles.env)).toBe('downloaded');
    const noShare = browser({ share: undefined });
    expect(await saveBlob(csv, 'b.csv', noShare.env)).toBe('downloaded');
    expect([...noFiles.downloaded, ...noShare.downloaded]).toEqual(['a.csv', 'b.csv']);
  });

  it('downloads instead when sharing is refused, but not when the user closes the sheet', async () => {
    const refused = browser({ shareResult: fail('NotAllowedError') });
    expect(await saveBlob(csv, 'a.csv', refused.env)).toBe('downloaded');
    expect(refused.downloaded).toEqual(['a.csv']);
    const closed = browser({ shareResult: fail('AbortError') });
    expect(await saveBlob(csv, 'b.csv', closed.env)).toBe('cancelled');
    expect(closed.downloaded).toEqual([]);
  });
});
