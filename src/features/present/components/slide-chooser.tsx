import { useEffect, useRef, useState } from 'react';
import { DEFAULT_CHOICE, deckEntries, orderedEntries, useDeckChoice } from '../lib/deck-choice';
import type { Slide } from '../lib/slides';

/** Which slides, in what order: remembered on this browser (zustand persist). */
export function SlideChooser({ slides, onClose }: { slides: readonly Slide[]; onClose: () => void }) {
  const choice = useDeckChoice();
  const [entries, setEntries] = useState(() => orderedEntries(deckEntries(slides), choice));
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal?.();
    return () => d?.close?.();
  }, []);

  const move = (i: number, by: number) =>
    setEntries((list) => {
      const next = [...list];
      const j = i + by;
      if (j < 0 || j >= next.length) return list;
      [next[i], next[j]] = [next[j], next[i]];
      return next;
    });
  const save = () => {
    choice.setChoice({ order: entries.map((e) => e.id), hidden: entries.filter((e) => !e.shown).map((e) => e.id) });
    onClose();
  };

  return (
    <dialog ref={dialog} className="chooser" aria-labelledby="chooser-title" onCancel={onClose}>
      <h2 id="chooser-title" className="chooser__title">
        选择幻灯片
      </h2>
      <ol className="chooser__list">
        {entries.map((e, i) => (
          <li key={e.id} className="chooser__item">
            <label>
              <input type="checkbox" checked={e.shown} onChange={() => setEntries((list) => list.map((x) => (x.id === e.id ? { ...x, shown: !x.shown } : x)))} />
              {e.title}
              {e.slides > 1 && <span className="chooser__count">（{e.slides} 页）</span>}
            </label>
            <span className="chooser__moves">
              <button type="button" className="deck__button" onClick={() => move(i, -1)} disabled={i === 0} aria-label={`上移：${e.title}`}>
                ↑
              </button>
              <button type="button" className="deck__button" onClick={() => move(i, 1)} disabled={i === entries.length - 1} aria-label={`下移：${e.title}`}>
                ↓
              </button>
            </span>
          </li>
        ))}
      </ol>
      <p className="chooser__actions">
        <button type="button" className="deck__button deck__button--primary" onClick={save}>
          保存
        </button>
        <button type="button" className="deck__button" onClick={() => setEntries(orderedEntries(deckEntries(slides), DEFAULT_CHOICE))}>
          恢复默认
        </button>
        <button type="button" className="deck__button" onClick={onClose}>
          取消
        </button>
      </p>
    </dialog>
  );
}
