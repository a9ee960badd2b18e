// A ranking bar's label, written from its parts: the rank and tag are never cut, the name is cut
// to the room the category axis has. The room is estimated from the characters, not measured
// (measuring forces a layout per label: plain-text.tsx).
import { clipToWidth, rankPrefix, textWidthEm } from '../../lib/i18n/format';
import type { RankingBarRow } from './ranking-bar-chart';

/** The category axis' width in em of its text: the chart reserves fontSize × this. */
export const BAR_AXIS_EMS = 12;
/** What a label may take of it: one em is left for the tick mark and the estimate's error. */
const LABEL_EMS = BAR_AXIS_EMS - 1;

type LabelParts = Pick<RankingBarRow, 'rank' | 'label' | 'tag'>;

/** A bar's name in full ("3 三挺路社区（本社区）"): the tooltip (a slide's CSV writes it too). */
export { barText } from '../../lib/i18n/format';

/** A bar's axis label: the rank and tag whole, the name cut with … to the room they leave. */
export function barAxisLabel(row: LabelParts, room = LABEL_EMS): string {
  const rank = rankPrefix(row);
  const tag = row.tag ?? '';
  return `${rank}${clipToWidth(row.label, room - textWidthEm(rank) - textWidthEm(tag))}${tag}`;
}

// issue 24: charts — a bar's value written inside its end, where it fits.
/** Padding either side of a value inside its bar, in em. */
const VALUE_PAD_EMS = 0.4;

/**
 * Whether a bar can carry its value ("92.0%", "1,234") inside its end: the bar is at least as long
 * as the text and its padding, and thick enough for a line of text (crowded bars get none). Sizes
 * in px; the text's width is estimated from its characters (textWidthEm), as the axis labels are.
 */
export function barValueFits(text: string, barLength: number, barThickness: number, fontSize: number): boolean {
  if (!text || !(fontSize > 0)) return false;
  return barThickness >= fontSize && barLength >= (textWidthEm(text) + 2 * VALUE_PAD_EMS) * fontSize;
}

/** Where a bar's value text ends (one padding short of the bar's end), or null where it does not fit. */
export function barValueAt(text: string, barStart: number, barLength: number, barThickness: number, fontSize: number): number | null {
  return barValueFits(text, barLength, barThickness, fontSize) ? barStart + barLength - VALUE_PAD_EMS * fontSize : null;
}
