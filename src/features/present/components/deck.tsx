import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { ExportMenu } from '../../../components/export-menu';
import { CombinedError } from '../../../lib/api/bundle';
import { NetworkError } from '../../../lib/api/client';
import type { Catalogue, MetaResponse } from '../../../lib/api/contract';
import { sessionOptions } from '../../../lib/api/queries';
import { describeError, type DescribedError } from '../../../lib/i18n/errors';
import { formatDateTime, formatMonth, formatPeriod } from '../../../lib/i18n/format';
import { refreshFailedNotice, refreshReport, releaseRule } from '../../../lib/i18n/sentences';
import { RELEASED_ONLY } from '../../../lib/i18n/strings';
import { useCommunityAccess } from '../../../lib/use-viewer';
import { ReleasedPeriodLinks } from '../../../components/release-notice';
import { saveSnapshot, type Restored } from '../../../lib/offline/persist';
import { useAfterPaint } from '../../../lib/use-after-paint';
import { useMatchMedia } from '../../../lib/use-match-media';
import { usePeriodHref, useSlideParam } from '../../../lib/use-url-state';
import { deckQuery, type DeckView, type PresentInputs } from '../api';
import { chosenSlides, useDeckChoice } from '../lib/deck-choice';
import { deckKey, swipeStep } from '../lib/deck-keys';
import { toggleFullscreen } from '../lib/fullscreen';
import { changedSlides, mountedSlides, slideTable, type Slide } from '../lib/slides';
import { DeckError, DeckMessage, DeckSignIn, signedOutError } from './deck-message';
import { SlideChooser } from './slide-chooser';
import { SlideView } from './slide-view';
import { ROUTE_PATHS } from '../../../lib/route-paths';

function isNetworkFailure(error: unknown): boolean {
  if (error instanceof NetworkError) return true;
  return error instanceof CombinedError && error.failures.every((f) => f instanceof NetworkError);
}

interface DeckProps {
  meta: MetaResponse;
  catalogue: Catalogue;
  inputs: PresentInputs;
  /** When a saved snapshot was put back in the cache (this visit), and whose it is, or null. */
  restored: Restored | null;
}

export function Deck({ meta, catalogue, inputs, restored }: DeckProps) {
  const { period, range } = inputs;
  const client = useQueryClient();
  // Offline the session is unknown: a snapshot saved by this browser's user may still show.
  const access = useCommunityAccess(period, range);
  const query = useQuery({ ...deckQuery(catalogue, meta, inputs), enabled: access.kind !== 'refused' });
  const session = useQuery(sessionOptions());
  // Saved as the user the server names; offline (no session) nothing new is taken to save.
  const user = session.data?.user.id;

  // Opening the deck takes a snapshot: a saved one is only for when the network is gone.
  const refreshedOnOpen = useRef(false);
  useEffect(() => {
    if (refreshedOnOpen.current || !restored || query.dataUpdatedAt > restored.savedAt) return;
    refreshedOnOpen.current = true;
    void client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'bundle', refetchType: 'none' }).then(() => query.refetch());
  }, [client, query, restored]);
  useEffect(() => {
    if (user && query.isSuccess && !query.isPlaceholderData && query.dataUpdatedAt) void saveSnapshot(client, user).catch(() => undefined);
  }, [client, query.isSuccess, query.isPlaceholderData, query.dataUpdatedAt, user]);

  // Signed out, also in the middle of a meeting (a refresh answered 401): no figures, 请重新登录.
  const signedOut = signedOutError([session, query]);
  if (signedOut) return <DeckSignIn error={signedOut} />;
  if (access.kind === 'refused') {
    return (
      <DeckMessage title={RELEASED_ONLY} detail={releaseRule(period, access.role === 'secretary')}>
        <ReleasedPeriodLinks offers={access.offers} className="deck-message__detail" linkClassName="deck__button deck__button--primary" />
      </DeckMessage>
    );
  }
  if (query.data === undefined) {
    if (query.isError) return <DeckError title="无法取得演示数据" error={query.error} onRetry={() => void query.refetch()} />;
    return <DeckMessage title="正在准备演示数据…" busy />;
  }
  const offline = (query.isError && isNetworkFailure(query.error)) || (typeof navigator !== 'undefined' && navigator.onLine === false);
  return (
    <Presentation
      view={query.data}
      meta={meta}
      auto={inputs.auto}
      snapshotAt={query.dataUpdatedAt}
      offline={offline}
      refreshFailed={query.isError && !offline ? describeError(query.error) : null}
      refreshing={query.isFetching}
      refresh={async () => {
        await client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'bundle', refetchType: 'none' });
        // A failed refresh still holds the old snapshot: it has nothing new to compare.
        const result = await query.refetch();
        return result.isSuccess ? result.data : undefined;
      }}
    />
  );
}

interface PresentationProps {
  view: DeckView;
  meta: MetaResponse;
  /** Seconds per slide when advancing by itself, else null. */
  auto: number | null;
  snapshotAt: number;
  offline: boolean;
  /** Why the last refresh failed (not for the network being gone: that is `offline`). */
  refreshFailed: DescribedError | null;
  refreshing: boolean;
  /** Takes a new snapshot on purpose; resolves with it (undefined when it failed). */
  refresh: () => Promise<DeckView | undefined>;
}

function Presentation({ view, meta, auto, snapshotAt, offline, refreshFailed, refreshing, refresh }: PresentationProps) {
  const navigate = useNavigate();
  const href = usePeriodHref();
  const choice = useDeckChoice();
  const all = view.slides;
  const slides = useMemo(() => chosenSlides(all, choice), [all, choice]);
  const [index, go] = useSlideParam(slides.length);
  const [buffer, setBuffer] = useState('');
  const [chooserOpen, setChooserOpen] = useState(false);
  const [changes, setChanges] = useState<string | null>(null);
  const [paused, setPaused] = useState(false);
  const printing = useMatchMedia('print');
  const current = useRef<HTMLDivElement>(null);
  const touchStart = useRef<{ x: number; y: number } | null>(null);

  // A layout effect: listening before the first slide is painted, so a press the moment it
  // shows is never lost (a passive effect runs only after the paint).
  useLayoutEffect(() => {
    if (chooserOpen) return;
    function onKey(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.target instanceof HTMLElement && event.target.closest('input, select, textarea, [role="dialog"], .export-menu')) return;
      // A presenter taking over: any key pauses auto-advance.
      setPaused(true);
      const action = deckKey(event.key, { index, count: slides.length, buffer }, event.shiftKey);
      if (action.type === 'none') return;
      event.preventDefault();
      if (action.type === 'go') {
        setBuffer('');
        // From the slide last asked for, which a quick second press may be ahead of the render.
        const key = event.key;
        const shift = event.shiftKey;
        go((from) => {
          const next = deckKey(key, { index: from, count: slides.length, buffer }, shift);
          return next.type === 'go' ? next.index : from;
        });
      } else if (action.type === 'digit') setBuffer(action.buffer);
      else if (action.type === 'fullscreen') toggleFullscreen();
      else if (action.type === 'leave') void navigate(href(ROUTE_PATHS.overview));
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [chooserOpen, index, slides.length, buffer, go, navigate, href]);

  useEffect(() => {
    if (!auto || paused || chooserOpen) return;
    const timer = window.setInterval(() => go((from) => Math.min(from + 1, slides.length - 1)), auto * 1000);
    return () => window.clearInterval(timer);
  }, [auto, paused, chooserOpen, index, slides.length, go]);

  const slide: Slide | undefined = slides[index];
  const periodLabel = formatPeriod(view.period);
  const asOf = formatMonth(meta.latestMonth);
  const snapshot = formatDateTime(new Date(snapshotAt).toISOString());
  // Neighbours are drawn after the step has shown its slide, not in the same frame.
  const settled = useAfterPaint(index);
  const shown = printing ? slides.map((_, i) => i) : mountedSlides(index, settled, slides.length);

  return (
    <>
      <div
        className="deck__slides"
        onTouchStart={(e) => {
          touchStart.current = { x: e.touches[0].clientX, y: e.touches[0].clientY };
        }}
        onTouchEnd={(e) => {
          const start = touchStart.current;
          touchStart.current = null;
          const end = e.changedTouches[0];
          const step = start && end ? swipeStep(end.clientX - start.x, end.clientY - start.y) : 0;
          if (step === 0) return;
          setPaused(true);
          go((from) => from + step);
        }}
      >
        {shown.map((i) => (
          <div key={slides[i].id} className={`deck__slot${i === index ? ' is-current' : ''}`} ref={i === index ? current : undefined}>
            <SlideView slide={slides[i]} index={i} count={slides.length} current={i === index || printing} />
            <p className="deck__stamp">
              {periodLabel} · 数据截至 {asOf} · 第 {i + 1} / {slides.length} 页
            </p>
          </div>
        ))}
        {slides.length === 0 && <DeckMessage title="没有选中的幻灯片" detail="请在“选择幻灯片”中勾选要演示的页面。" />}
      </div>
      <footer className="deck__footer">
        <span className="deck__meta">
          {periodLabel} · 数据截至 {asOf} · 快照 {snapshot}
        </span>
        {offline && (
          <span className="deck__badge deck__badge--offline" role="status">
            离线 · 数据截至 {asOf}（快照 {snapshot}）
          </span>
        )}
        {refreshFailed && (
          <span className="deck__badge deck__badge--warn" role="status" title={refreshFailed.message}>
            {refreshFailedNotice(refreshFailed.label)}
          </span>
        )}
        {changes && (
          <span className="deck__badge" role="status">
            {changes}
          </span>
        )}
        {auto && <span className="deck__badge">{paused ? `自动播放已暂停（${auto} 秒/页）` : `自动播放 ${auto} 秒/页`}</span>}
        {buffer && <span className="deck__badge deck__badge--jump">跳至第 {buffer} 页 ⏎</span>}
        <span className="deck__count" aria-live="polite">
          {slides.length ? `${index + 1} / ${slides.length}` : '0 / 0'}
        </span>
        <span className="deck__tools">
          <button type="button" className="deck__button" onClick={() => go((from) => from - 1)} disabled={index === 0} aria-label="上一页">
            ←
          </button>
          <button type="button" className="deck__button" onClick={() => go((from) => from + 1)} disabled={index >= slides.length - 1} aria-label="下一页">
            →
          </button>
          <button type="button" className="deck__button" onClick={() => setChooserOpen(true)}>
            选择幻灯片
          </button>
          <button
            type="button"
            className="deck__button"
            disabled={refreshing}
            onClick={() => {
              // 刷新数据 says what changed: the headlines before against the new snapshot's.
              setChanges(null);
              void refresh().then((fresh) => fresh && setChanges(refreshReport(changedSlides(all, fresh.slides))));
            }}
          >
            {refreshing ? '正在刷新…' : '刷新数据'}
          </button>
          {slide && (
            <ExportMenu
              label={slide.title}
              disabledReason={null}
              pngReason={null}
              table={() => slideTable(slide, periodLabel, asOf)}
              png={() =>
                current.current && {
                  container: current.current,
                  title: slide.title,
                  periodLabel,
                  summary: slide.headline,
                  source: `${meta.subdistrict.name}工作进度 · 数据截至 ${asOf}`,
                  height: 1080,
                }
              }
            />
          )}
          <button type="button" className="deck__button" onClick={toggleFullscreen}>
            全屏
          </button>
          <button type="button" className="deck__button" onClick={() => void navigate(href(ROUTE_PATHS.overview))}>
            退出
          </button>
        </span>
      </footer>
      {chooserOpen && <SlideChooser slides={all} onClose={() => setChooserOpen(false)} />}
    </>
  );
}
