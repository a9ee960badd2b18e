import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { formatPeriod } from '../lib/i18n/format';
import { usePeriod } from '../lib/use-url-state';
import { CustomRange, PeriodPresets } from './period-picker';

/** ☰ 菜单 on a phone: navigation, theme and user in one panel, closed again by any navigation or Esc. */
export function PhoneMenu({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const location = useLocation();
  const [seen, setSeen] = useState(location.key);
  // Closed by navigating (adjusted during render, not in an effect).
  if (seen !== location.key) {
    setSeen(location.key);
    setOpen(false);
  }
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
  return (
    <div className="phone-menu">
      <button type="button" className="phone-menu__button" aria-expanded={open} aria-controls="phone-menu" onClick={() => setOpen(!open)}>
        <span aria-hidden="true">☰</span> 菜单
      </button>
      {open && (
        <div id="phone-menu" className="phone-menu__panel">
          {children}
        </div>
      )}
    </div>
  );
}

/** The period as one button ("2021年1—6月 ▾") opening a bottom sheet: presets and a Chinese month range. */
export function PeriodSheet() {
  const { period, setPeriod, range } = usePeriod();
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (open && d && !d.open) d.showModal?.();
  }, [open]);
  const choose = (next: typeof period) => {
    setPeriod(next);
    setOpen(false);
  };
  return (
    <>
      <button type="button" className="period-sheet__button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <span className="visually-hidden">统计时段：</span>
        {formatPeriod(period)} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <dialog ref={dialog} className="period-sheet" aria-labelledby="period-sheet-title" onCancel={() => setOpen(false)} onClose={() => setOpen(false)}>
          <h2 id="period-sheet-title" className="period-sheet__title">
            选择时段
          </h2>
          <PeriodPresets period={period} range={range} onChoose={choose} />
          <CustomRange period={period} range={range} onApply={choose} />
          <button type="button" className="button period-sheet__close" onClick={() => setOpen(false)}>
            关闭
          </button>
        </dialog>
      )}
    </>
  );
}
