// A ranking row for tests of what is drawn from a ranking: the value is completion × 100 (target 100),
// ranked rows on or behind pace by completion, unranked ones 未开通.
import type { RankingRow } from '../../src/domain/ranking-subject';
import type { Community } from '../../src/lib/api/contract';

export const community = (id: string, row = 0, col = 0): Community => ({ id, name: `${id}社区`, households: 1, services: [], tile: { row, col } });

export const rankingRow = (id: string, rank: number | null, completion: number | null, extra: Partial<RankingRow> = {}): RankingRow => ({
  community: community(id),
  rank,
  unranked: rank === null ? 'notOffered' : null,
  score: completion,
  value: completion === null ? null : completion * 100,
  target: 100,
  completion,
  paceRatio: completion,
  pace: completion === null ? null : completion >= 0.95 ? 'onTrack' : 'behind',
  yearVerdict: null,
  movement: null,
  board: null,
  vsLastYear: null,
  parts: null,
  smallSample: false,
  ...extra,
});
