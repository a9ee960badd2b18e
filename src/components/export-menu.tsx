import { useEffect, useId, useRef, useState } from 'react';
import type { ExportTable } from '../lib/export/csv';
import type { PngInput } from '../lib/export/png';
import { describeExportError, type DescribedError } from '../lib/i18n/errors';
import { RELOAD_UPDATED_PAGE } from '../lib/i18n/strings';

type Exporters = typeof import('../lib/export/exporters');
/** The export code is loaded when a menu is first opened, never with the page. */
const loadExporters = () => import('../lib/export/exporters');

interface ExportMenuProps {
  /** What is exported, for the button's accessible name ("导出：各社区目标完成率"). */
  label: string;
  /** Why nothing can be exported (an empty panel); null when it can. */
  disabledReason: string | null;
  /** Why the chart cannot be saved as a picture now (e.g. the table is showing); null when it can. */
  pngReason: string | null;
  table: () => ExportTable;
  png: () => PngInput | null;
}

/** 导出 ▾: CSV of the rows shown, PNG of the chart, print / save as PDF. Errors stay in the menu. */
export function ExportMenu({ label, disabledReason, pngReason, table, png }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<DescribedError | null>(null);
  const exporters = useRef<Promise<Exporters> | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const id = useId();

  useEffect(() => {
    if (!open) return;
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', close);
    document.addEventListener('pointerdown', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('pointerdown', close);
    };
  }, [open]);

  const toggle = () => {
    if (!open) {
      setError(null);
      exporters.current ??= loadExporters();
      exporters.current.catch(() => (exporters.current = null));
    }
    setOpen(!open);
  };

  const run = async (action: (e: Exporters) => unknown) => {
    setBusy(true);
    setError(null);
    try {
      await action(await (exporters.current ??= loadExporters()));
      setOpen(false);
    } catch (e) {
      exporters.current = null;
      // Its code failing to load (the app was redeployed) reads 页面已更新, with a reload.
      setError(describeExportError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export-menu" ref={root}>
      <button type="button" className="chip chip--small" aria-expanded={open} aria-controls={`${id}-menu`} aria-label={`导出：${label}`} onClick={toggle}>
        导出 <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div id={`${id}-menu`} className="export-menu__list" role="group" aria-label={`导出${label}`}>
          {disabledReason && <p className="export-menu__reason">{disabledReason}</p>}
          <button type="button" className="export-menu__item" disabled={busy || disabledReason !== null} onClick={() => void run((e) => e.saveCsv(table()))}>
            下载 CSV 表格
          </button>
          <button
            type="button"
            className="export-menu__item"
            disabled={busy || disabledReason !== null || pngReason !== null}
            aria-describedby={pngReason ? `${id}-png` : undefined}
            onClick={() =>
              void run(async (e) => {
                const input = png();
                if (!input) throw new Error('图表尚未绘制');
                await e.savePng(input);
              })
            }
          >
            下载 PNG 图片
          </button>
          {pngReason && !disabledReason && (
            <p id={`${id}-png`} className="export-menu__reason">
              {pngReason}
            </p>
          )}
          <button
            type="button"
            className="export-menu__item"
            onClick={() => {
              setOpen(false);
              window.print();
            }}
          >
            打印 / 存为 PDF
          </button>
          {error && (
            <p className="export-menu__error" role="alert">
              {error.message}
            </p>
          )}
          {error?.kind === 'outdated' && (
            <button type="button" className="export-menu__item" onClick={() => window.location.reload()}>
              {RELOAD_UPDATED_PAGE}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
