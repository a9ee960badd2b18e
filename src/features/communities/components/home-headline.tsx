import { Link } from 'react-router';
import { MovementBadge } from '../../../components/movement-badge';
import type { CommunityHome } from '../../../domain/community-home';
import { INDEX_ID } from '../../../domain/ranking-subject';
import { PARAM } from '../../../domain/url-params';
import type { Community } from '../../../lib/api/contract';
import { formatPercent } from '../../../lib/i18n/format';
import { gapToNextSentence, homeHeadline } from '../../../lib/i18n/sentences';
import { INDEX_NAME } from '../../../lib/i18n/strings';
import { usePeriodHref } from '../../../lib/use-url-state';

/** The first thing a secretary reads: the overall rank and its movement, and the one sentence that matters. */
export function HomeHeadline({ home, community }: { home: CommunityHome; community: Community }) {
  const href = usePeriodHref();
  const { index, best, weakest } = home;
  const sentence = homeHeadline({
    rank: index?.standing.rank ?? null,
    of: index?.of ?? 0,
    move: index?.movement ?? null,
    weakest: weakest && { name: weakest.metric.name, unit: weakest.metric.unit, gapToPace: weakest.gapToPace },
  });
  return (
    <section className="panel home-headline" aria-label={`${community.name}${INDEX_NAME}排名`}>
      <div className="home-headline__rank">
        <span className="home-headline__label">{INDEX_NAME}排名</span>
        {index?.standing.rank ? (
          <p className="home-headline__figure">
            第 <strong>{index.standing.rank}</strong> 名<span className="home-headline__of"> / {index.of}</span>
            <MovementBadge movement={index.movement} />
          </p>
        ) : (
          <p className="home-headline__figure home-headline__figure--none">暂无排名</p>
        )}
        {index?.standing.score != null && <p className="home-headline__score">综合指数 {(index.standing.score * 100).toFixed(1)}</p>}
      </div>
      <div className="home-headline__text">
        <p className="home-headline__sentence">{sentence}</p>
        <ul className="home-headline__facts">
          {best && (
            <li>
              <span className="home-headline__tag home-headline__tag--best">最好</span>
              {best.metric.name}：完成率 {formatPercent(best.standing.completion as number)}，第 {best.standing.rank} 名
            </li>
          )}
          {weakest && (
            <li>
              <span className="home-headline__tag home-headline__tag--weak">最弱</span>
              {weakest.metric.name}：完成率 {formatPercent(weakest.standing.completion as number)}，第 {weakest.standing.rank} / {weakest.of} 名
              {weakest.gapToNext && `；${weakest.metric.name}${gapToNextSentence(weakest.gapToNext, weakest.metric.unit)}`}
            </li>
          )}
        </ul>
        <p className="home-headline__links">
          <Link to={href('/rankings', { [PARAM.metric]: INDEX_ID })}>查看全部社区{INDEX_NAME}排名 →</Link>
        </p>
      </div>
    </section>
  );
}
