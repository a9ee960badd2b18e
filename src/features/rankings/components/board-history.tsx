import { useMemo } from 'react';
import { ChartFrame } from '../../../components/chart-frame';
import { CommunityLink } from '../../../components/community-columns';
import type { Column } from '../../../components/data-table';
import { historyFocus, historyFocusLatest, type HistoryRow } from '../../../domain/history';
import { BLACK_STREAK_WARNING, MIN_RANKED_FOR_BOARDS } from '../../../domain/ranking';
import { formatPeriod } from '../../../lib/i18n/format';
import { historyFocusNote, historyPhoneNote, historySummary, historyWarning, showAllCommunities } from '../../../lib/i18n/sentences';
import { BOARD_ICONS, BOARD_LABELS, INDEX_NAME } from '../../../lib/i18n/strings';
import { usePeriodHref } from '../../../lib/use-url-state';
import type { RankingsView } from '../api';
import { useViewer } from '../../../lib/use-viewer';
import { usePhone } from '../../../lib/use-match-media';

const currentRank = (r: HistoryRow) => r.cells[r.cells.length - 1]?.rank ?? null;

/** 红黑榜 over the last periods of equal length: a grid of ranks with boards marked, and who is on the 黑榜 periods running. */
export function BoardHistoryPanel({ view }: { view: RankingsView | null }) {
  const href = usePeriodHref();
  const viewer = useViewer();
  const ownId = viewer?.communityId;
  const subject = view?.subject;
  // A phone lists this period's boards and the viewer's own: the grid is a card per community there.
  const phone = usePhone();
  const rows = useMemo(() => (view ? [...view.history.rows].sort((a, b) => (currentRank(a) ?? Infinity) - (currentRank(b) ?? Infinity)) : []), [view]);
  // A long list (500 communities) lists the communities the 红黑榜 is about until asked for all, by
  // the table's own limit: a print and the exports still hold every row.
  const focus = useMemo(() => new Set((phone ? historyFocusLatest(rows, ownId) : historyFocus(rows, ownId)).map((r) => r.community.id)), [phone, rows, ownId]);
  const columns = useMemo<Column<HistoryRow>[]>(() => {
    if (!view) return [];
    return [
      {
        key: 'community',
        header: '社区',
        rowHeader: true,
        value: (r) => r.community.name,
        render: (r) => <CommunityLink community={r.community} hrefFor={href} viewer={viewer} />,
      },
      ...view.history.periods.map(
        (period, i): Column<HistoryRow> => ({
          key: `p${i}`,
          header: `${formatPeriod(period)}${view.history.boardsShown[i] ? '' : '（不评红黑榜）'}`,
          value: (r) => {
            const { rank, board } = r.cells[i];
            return rank === null ? null : board ? `${rank}（${BOARD_LABELS[board]}）` : rank;
          },
          sortValue: (r) => r.cells[i].rank,
          render: (r) => {
            const { rank, board } = r.cells[i];
            if (rank === null) return <span className="muted">—</span>;
            return (
              <span className="history-cell">
                {rank}
                {board && (
                  <span className={`board board--${board}`}>
                    <span aria-hidden="true">{BOARD_ICONS[board]}</span> {BOARD_LABELS[board]}
                  </span>
                )}
              </span>
            );
          },
        }),
      ),
      {
        key: 'streak',
        header: '连续黑榜',
        value: (r) => r.blackStreak || null,
        render: (r) =>
          r.blackStreak >= BLACK_STREAK_WARNING ? (
            <span className="streak-warning">
              <span aria-hidden="true">⚠</span> 连续 {r.blackStreak} 期
            </span>
          ) : r.blackStreak ? (
            `${r.blackStreak} 期`
          ) : (
            <span className="muted">—</span>
          ),
      },
    ];
  }, [view, href, viewer]);
  if (!subject || !view) return null;
  const { history } = view;
  const name = subject.kind === 'index' ? INDEX_NAME : subject.metric.name;
  const last = history.periods[history.periods.length - 1];
  const periodLabel = `${formatPeriod(history.periods[0])}—${formatPeriod(last)}`;
  const warning = historyWarning(
    history.warnings.map((r) => ({ name: r.community.name, streak: r.blackStreak })),
    history.boardsShown[history.boardsShown.length - 1] ?? false,
    MIN_RANKED_FOR_BOARDS,
  );
  return (
    <div className="board-history">
      <p className={history.warnings.length ? 'board-history__warning' : 'board-history__ok'} role={history.warnings.length ? 'note' : undefined}>
        {history.warnings.length > 0 && <span aria-hidden="true">⚠ </span>}
        {warning}
      </p>
      <ChartFrame
        title={`${name}红黑榜记录`}
        periodLabel={periodLabel}
        summary={historySummary(history.periods.length, name, warning)}
        rows={rows}
        columns={columns}
        rowKey={(r) => r.community.id}
        rowLimit={focus.size < rows.length ? 0 : undefined}
        pinnedRow={(r) => focus.has(r.community.id)}
        rowLimitWords={{ note: phone ? historyPhoneNote : historyFocusNote, showAll: showAllCommunities }}
        rowClassName={(r) => (r.community.id === ownId ? 'is-highlighted' : r.blackStreak >= BLACK_STREAK_WARNING ? 'is-warned' : undefined)}
        emptyMessage="没有可比较的历史排名"
      />
    </div>
  );
}
