import { Link } from 'react-router';
import { MovementBadge } from '../../../components/movement-badge';
import type { CommunityHome } from '../../../domain/community-home';
import { INDEX_ID } from '../../../domain/ranking-subject';
import { PARAM } from '../../../domain/url-params';
import type { Community } from '../../../lib/api/contract';
import { formatPercent } from '../../../lib/i18n/format';
import { homeBoardWords, homeHeadline } from '../../../lib/i18n/sentences';
import { BOARD_ICONS, BOARDS_NAME, INDEX_NAME } from '../../../lib/i18n/strings';
import { usePeriodHref } from '../../../lib/use-url-state';
import { ROUTE_PATHS } from '../../../lib/route-paths';

/** The first thing a secretary reads: the overall rank and its movement, and the one sentence that matters. */
export function HomeHeadline({ home, community }: { home: CommunityHome; community: Community }) {
  const href = usePeriodHref();
  const { index, best, weakest, advice, boards } = home;
  const adviceWords = advice && { ...advice, name: advice.metric.name, unit: advice.metric.unit };
  const sentence = homeHeadline({
    rank: index?.standing.rank ?? null,
    of: index?.of ?? 0,
    move: index?.movement ?? null,
    previous: home.previous,
    advice: adviceWords,
    weakest: weakest && { name: weakest.metric.name, unit: weakest.metric.unit, gapToPace: weakest.gapToPace },
  });
  return (
    <section className="panel home-headline" aria-label={`${community.name}${INDEX_NAME}排名`}>
      <div className="home-headline__rank">
        <span className="home-headline__label">{INDEX_NAME}排名</span>
        {index?.standing.rank ? (
          <p className="home-headline__figure">
            第 <strong>{index.standing.rank}</strong> 名<span className="home-headline__of"> / {index.of}</span>
            <MovementBadge movement={index.movement} previous={home.previous} />
          </p>
        ) : (
          <p className="home-headline__figure home-headline__figure--none">暂无排名</p>
        )}
        {index?.standing.score != null && <p className="home-headline__score">综合指数 {(index.standing.score * 100).toFixed(1)}</p>}
      </div>
      <div className="home-headline__text">
        <p className="home-headline__sentence">{sentence}</p>
        <ul className="home-headline__facts">
          {boards && (
            <li className={boards.board ? `home-headline__board home-headline__board--${boards.board}` : 'home-headline__board'}>
              <span className="home-headline__tag">{BOARDS_NAME}</span>
              {boards.board && <span aria-hidden="true">{BOARD_ICONS[boards.board]} </span>}
              {homeBoardWords(boards)}
            </li>
          )}
          {best && (
            <li>
              <span className="home-headline__tag home-headline__tag--best">最好</span>
              {best.metric.name}：完成率 {formatPercent(best.standing.completion as number)}，第 {best.standing.rank} / {best.of} 名
            </li>
          )}
          {weakest && (
            <li>
              <span className="home-headline__tag home-headline__tag--weak">最弱</span>
              {weakest.metric.name}：完成率 {formatPercent(weakest.standing.completion as number)}，第 {weakest.standing.rank} / {weakest.of} 名
              {advice && advice.metric.id === weakest.metric.id && `；${INDEX_NAME}失分最多`}
            </li>
          )}
        </ul>
        <p className="home-headline__links">
          <Link to={href(ROUTE_PATHS.rankings, { [PARAM.metric]: INDEX_ID })}>查看全部社区{INDEX_NAME}排名 →</Link>
        </p>
      </div>
    </section>
  );
}
