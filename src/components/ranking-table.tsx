import { Link } from 'react-router';
import type { Ranked } from '../domain/ranking';
import { formatNumber } from '../lib/i18n/format';
import { NOT_OFFERED } from '../lib/i18n/strings';

export interface RankingRowItem {
  id: string;
  name: string;
}

interface RankingTableProps {
  caption: string;
  unit: string;
  ranked: readonly Ranked<RankingRowItem>[];
  hrefFor: (id: string) => string;
  highlightId?: string;
}

/** Communities in rank order; a community without the service shows 未开通 and no rank. */
export function RankingTable({ caption, unit, ranked, hrefFor, highlightId }: RankingTableProps) {
  return (
    <table className="table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">排名</th>
          <th scope="col">社区</th>
          <th scope="col" className="num">
            数值（{unit}）
          </th>
        </tr>
      </thead>
      <tbody>
        {ranked.map(({ item, value, rank }) => (
          <tr key={item.id} className={item.id === highlightId ? 'is-highlighted' : undefined}>
            <td>{rank ?? '—'}</td>
            <th scope="row">
              <Link to={hrefFor(`/communities/${item.id}`)}>{item.name}</Link>
            </th>
            <td className="num">{value === null ? <span className="muted">{NOT_OFFERED}</span> : formatNumber(value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
