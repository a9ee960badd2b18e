import { useMemo } from 'react';
import { ChartInteractionContext, type ChartInteraction } from '../../../components/charts/chart-interaction';
import { AreaTrendChart, RankingBarChart } from '../../../components/charts/lazy-charts';
import { barRows } from '../../../components/ranking-frame';
import { barFormat } from '../../../lib/i18n/bar-words';
import { formatPercent } from '../../../lib/i18n/format';
import { streakMark } from '../../../lib/i18n/sentences';
import { BOARD_ICONS, BOARD_LABELS, PACE_REFERENCE } from '../../../lib/i18n/strings';
import { TOUCH_QUERY, useMatchMedia, usePhone } from '../../../lib/use-match-media';
import type { AreaSlide, BoardEntry, Slide } from '../lib/slides';

/** Chart text on a 1080p slide: readable from the back of the room. */
export const SLIDE_FONT = 22;
/** Chart text when the slide fills a phone screen instead (CSS pixels). */
const PHONE_SLIDE_FONT = 12;

/** A projected chart shows no tooltip or hover band: a resting mouse must leave the slide clean. */
const PROJECTED: ChartInteraction = { trigger: 'hover', active: false, off: true };

interface SlideViewProps {
  slide: Slide;
  index: number;
  count: number;
  /** The slide on screen; the others are laid out (drawn) but hidden, so stepping shows no skeleton. */
  current: boolean;
}

export function SlideView({ slide, index, count, current }: SlideViewProps) {
  const touch = useMatchMedia(TOUCH_QUERY);
  return (
    <section
      className={`slide slide--${slide.kind}${current ? ' is-current' : ''}`}
      aria-roledescription="幻灯片"
      aria-label={`第 ${index + 1} 页，共 ${count} 页：${slide.title}`}
      aria-hidden={current ? undefined : true}
      inert={!current}
      data-slide-id={slide.id}
    >
      {slide.kind === 'title' ? (
        <div className="slide__cover">
          <h1 className="slide__cover-title">{slide.title}</h1>
          <p className="slide__cover-subtitle">{slide.subtitle}</p>
          <p className="slide__cover-asof">{slide.asOf}</p>
          <p className="slide__cover-hint">{touch ? '左右滑动翻页' : '→ / PageDown 下一页 · ← / PageUp 上一页 · 数字 + 回车 跳页 · F 全屏 · Esc 退出'}</p>
        </div>
      ) : (
        <>
          <header className="slide__head">
            <h1 className="slide__title">{slide.title}</h1>
            <p className="slide__headline">{slide.headline}</p>
          </header>
          {slide.kind === 'area' && slide.figure && <AreaFigure figure={slide.figure} extras={slide.extras} />}
          <div className="slide__body">
            <ChartInteractionContext.Provider value={PROJECTED}>
              <SlideChart slide={slide} />
            </ChartInteractionContext.Provider>
          </div>
        </>
      )}
    </section>
  );
}

/** The area slide's one message: the big figure with its unit, the gap in units, and the area's other figures. */
function AreaFigure({ figure, extras }: { figure: NonNullable<AreaSlide['figure']>; extras: readonly string[] }) {
  return (
    <div className="slide__figure">
      <p>
        <b>{figure.value}</b> {figure.unit} <span>{figure.gap}</span>
      </p>
      <ul>
        {extras.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
    </div>
  );
}

function SlideChart({ slide }: { slide: Exclude<Slide, { kind: 'title' }> }) {
  const phone = usePhone();
  const font = phone ? PHONE_SLIDE_FONT : SLIDE_FONT;
  // Coloured once per slide (a snapshot's slides are built once): the chart keeps its rows.
  const bars = useMemo(() => (slide.kind === 'area' ? [] : barRows(slide.bars)), [slide]);
  if (slide.kind === 'area') {
    if (!slide.rows) return <p className="slide__empty">本期无数据</p>;
    return (
      <div className="slide__chart">
        <AreaTrendChart rows={slide.rows} unit={slide.unit} fontSize={font} />
      </div>
    );
  }
  if (slide.kind === 'round') {
    return (
      <div className="slide__split">
        <div className="slide__chart">
          {slide.bars.length ? (
            <RankingBarChart rows={bars} format={formatPercent} reference={PACE_REFERENCE} fontSize={font} />
          ) : (
            <p className="slide__empty">本期无数据</p>
          )}
        </div>
        {slide.facts.length > 0 && (
          <ul className="slide__facts">
            {slide.facts.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        )}
      </div>
    );
  }
  if (slide.bars.length === 0) return <p className="slide__empty">{slide.kind === 'attention' ? '所有社区均达到序时进度' : '本期无数据'}</p>;
  return (
    <div className={slide.boards ? 'slide__split' : 'slide__single'}>
      <div className="slide__chart">
        <RankingBarChart rows={bars} format={barFormat(slide.measure)} reference={slide.reference} paceLine={slide.measure === 'completion' ? PACE_REFERENCE : null} fontSize={slide.bars.length > 20 && !phone ? 18 : font} />
      </div>
      {slide.boards && (
        <div className="slide__boards">
          <BoardList board="red" entries={slide.boards.red} />
          <BoardList board="black" entries={slide.boards.black} />
        </div>
      )}
    </div>
  );
}

function BoardList({ board, entries }: { board: 'red' | 'black'; entries: BoardEntry[] }) {
  return (
    <div className={`slide__board slide__board--${board}`}>
      <h2>
        <span aria-hidden="true">{BOARD_ICONS[board]}</span> {BOARD_LABELS[board]}
      </h2>
      <ol>
        {entries.map((e) => (
          <li key={e.name}>
            <span className="slide__board-rank">{e.rank}</span>
            <span className="slide__board-name">{e.name}</span>
            <span className="slide__board-move">{e.movement}</span>
            {e.warned && <span className="slide__board-warn">⚠ {streakMark()}</span>}
          </li>
        ))}
      </ol>
    </div>
  );
}
