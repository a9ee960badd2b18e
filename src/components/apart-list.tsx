import type { RankingRow } from '../domain/ranking-subject';
import type { Unranked } from '../domain/standings';
import { UNRANKED_LABELS } from '../lib/i18n/strings';

const ORDER: Unranked[] = ['notOffered', 'noData', 'noTarget'];

/** Communities without a rank, listed apart by why: 未开通 is not 0, and is not last. */
export function ApartList({ rows }: { rows: readonly Pick<RankingRow, 'community' | 'unranked'>[] }) {
  const groups = ORDER.map((reason) => ({ reason, names: rows.filter((r) => r.unranked === reason).map((r) => r.community.name) })).filter((g) => g.names.length);
  if (groups.length === 0) return null;
  return (
    <dl className="apart-list">
      {groups.map(({ reason, names }) => (
        <div key={reason} className="apart-list__group">
          <dt>不参与排名（{UNRANKED_LABELS[reason]}）</dt>
          <dd>{names.join('、')}</dd>
        </div>
      ))}
    </dl>
  );
}
