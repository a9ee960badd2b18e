import { deltaTone, type Delta } from '../domain/deltas';
import { formatSignedPercent } from '../lib/i18n/format';

interface DeltaBadgeProps {
  /** 环比 / 同比; omitted where a column header already says it. */
  label?: '环比' | '同比';
  change: Delta | null;
  higherIsBetter: boolean;
}

/** A change with an arrow and a sign; its colour says whether the change is good news, and so do words for screen readers. */
export function DeltaBadge({ label, change, higherIsBetter }: DeltaBadgeProps) {
  if (!label && change?.relative == null) return <span className="muted">—</span>;
  const tone = deltaTone(change, higherIsBetter);
  const text = change?.relative == null ? '—' : formatSignedPercent(change.relative);
  const arrow = !change || change.absolute === 0 ? '' : change.absolute > 0 ? '↑' : '↓';
  const meaning = tone === 'good' ? '（向好）' : tone === 'bad' ? '（变差）' : '';
  return (
    <span className={`delta delta--${tone}`}>
      {label && `${label} `}
      <span aria-hidden="true">{arrow}</span>
      {text}
      <span className="visually-hidden">{meaning}</span>
    </span>
  );
}
