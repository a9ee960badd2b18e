// The words of a ranking's bars: the status written beside a bar, the 本社区 tag, a bar's full
// label and the format of its value. The bars themselves are domain/ranking-bars.ts's.
import type { PaceStatus } from '../../domain/pace';
import type { Board } from '../../domain/ranking';
import type { BarMeasure, BarStatus, RankingBar } from '../../domain/ranking-bars';
import { formatNumber, formatPercent } from './format';
import { BOARD_ICONS, BOARD_LABELS, OWN_COMMUNITY, PACE_ICONS, PACE_LABELS, YEAR_VERDICT_ICONS, YEAR_VERDICT_LABELS } from './strings';

/** Written after the viewer's own community's name. */
const OWN_TAG = `（${OWN_COMMUNITY}）`;

const formatIndexScore = (v: number) => v.toFixed(1);

/** One function per measure, the same on every call (a chart's parts are memoised on it). */
export function barFormat(measure: BarMeasure): (v: number) => string {
  return measure === 'completion' ? formatPercent : measure === 'index' ? formatIndexScore : formatNumber;
}

/** "✓ 全年完成", "▼ 滞后": a completion bar's status in an icon and a word. */
export function statusWord(status: BarStatus): string {
  return status.kind === 'verdict' ? `${YEAR_VERDICT_ICONS[status.verdict]} ${YEAR_VERDICT_LABELS[status.verdict]}` : `${PACE_ICONS[status.pace]} ${PACE_LABELS[status.pace]}`;
}

/** "★ 红榜", "▼ 黑榜". */
function boardWord(board: Board): string {
  return `${BOARD_ICONS[board]} ${BOARD_LABELS[board]}`;
}

/** A bar as written: rank, name and tag apart (an axis cuts the name, never the rank), the word at its end, and the pace its colour shows (null: the plain colour). */
export interface WordedBar {
  id: string;
  /** Absent where the bars are not a ranking. */
  rank?: number;
  label: string;
  tag?: string;
  value: number;
  note: string;
  tone: PaceStatus | null;
}

/** A ranking bar's words: 红榜/黑榜 first, else its status. */
export function barWords(bar: RankingBar): WordedBar {
  return {
    id: bar.id,
    rank: bar.rank,
    label: bar.name,
    ...(bar.own && { tag: OWN_TAG }),
    value: bar.value,
    note: bar.board ? boardWord(bar.board) : bar.status ? statusWord(bar.status) : '',
    tone: bar.status?.tone ?? null,
  };
}
