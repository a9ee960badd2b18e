// A ranking bar's label, written from its parts: the rank and tag are never cut, the name is cut
// to the room the category axis has. The room is estimated from the characters, not measured
// (measuring forces a layout per label: plain-text.tsx).
import { clipToWidth, textWidthEm } from '../../lib/i18n/format';
import type { RankingBarRow } from './ranking-bar-chart';

/** The category axis' width in em of its text: the chart reserves fontSize × this. */
export const BAR_AXIS_EMS = 12;
/** What a label may take of it: one em is left for the tick mark and the estimate's error. */
const LABEL_EMS = BAR_AXIS_EMS - 1;

type LabelParts = Pick<RankingBarRow, 'rank' | 'label' | 'tag'>;

const rankPrefix = (row: LabelParts) => (row.rank === undefined ? '' : `${row.rank} `);

/** A bar's name in full, with its rank and tag ("3 三挺路社区（本社区）"): the tooltip and a slide's CSV. */
export function barText(row: LabelParts): string {
  return `${rankPrefix(row)}${row.label}${row.tag ?? ''}`;
}

/** A bar's axis label: the rank and tag whole, the name cut with … to the room they leave. */
export function barAxisLabel(row: LabelParts, room = LABEL_EMS): string {
  const rank = rankPrefix(row);
  const tag = row.tag ?? '';
  return `${rank}${clipToWidth(row.label, room - textWidthEm(rank) - textWidthEm(tag))}${tag}`;
}
