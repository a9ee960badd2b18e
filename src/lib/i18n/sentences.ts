// Sentences generated from the figures (a chart's summary, a slide's headline): the maths lives
// in domain/, the words here.
import { findMetric } from '../../domain/catalogue';
import { INDEX_CAP } from '../../domain/overall-index';
import type { CompletionStats, MetricProgress, OverviewVerdict } from '../../domain/progress';
import { BLACK_STREAK_WARNING, BOARD_SIZE, MIN_RANKED_FOR_BOARDS, type Board, type Movement } from '../../domain/ranking';
import type { Gap, RankingBasis } from '../../domain/standings';
import { isValidMonth } from '../../domain/month';
import type { DataRange, Period } from '../../domain/period';
import type { Asked } from '../../domain/url-params';
import type { Catalogue } from '../api/contract';
import { formatMonth, formatNumber, formatPercent, formatPeriod, formatSignedPercent, formatWholePercent } from './format';
import { BOARD_ICONS, BOARD_LABELS, BOARDS_NAME, INDEX_NAME, NOT_OFFERED, PACE_LABELS, SMALL_SAMPLE_HINT, YEAR_VERDICT_LABELS } from './strings';

export interface SummaryInput {
  periodLabel: string;
  metricName: string;
  unit: string;
  progress: Pick<MetricProgress, 'value' | 'yearCompletion' | 'pace' | 'vsLastYear'> & Partial<Pick<MetricProgress, 'closedYear' | 'yearVerdict'>>;
}

/** e.g. "2021年1—6月走访群众 1,562 户，完成年度目标 48.2%，序时进度正常；同比 +9.1%。" */
export function progressSentence({ periodLabel, metricName, unit, progress }: SummaryInput): string {
  if (progress.value === null) return `${periodLabel}${metricName}暂无数据。`;
  const parts = [`${periodLabel}${metricName} ${formatNumber(progress.value)} ${unit}`];
  if (progress.yearCompletion !== null) parts.push(`完成年度目标 ${formatPercent(progress.yearCompletion)}`);
  if (progress.closedYear && progress.yearVerdict != null) parts.push(YEAR_VERDICT_LABELS[progress.yearVerdict]);
  else if (progress.pace !== null) parts.push(`序时进度${PACE_LABELS[progress.pace]}`);
  let sentence = parts.join('，');
  if (progress.vsLastYear?.relative != null) sentence += `；同比 ${formatSignedPercent(progress.vsLastYear.relative)}`;
  return `${sentence}。`;
}

/**
 * The community completion chart's sentence, over every community with a completion (the
 * chart may show fewer): average (未开通 left out), best, worst and how many are behind pace.
 * e.g. "2021年1—6月各社区走访群众完成率：社区平均 93.8%，联运社区最高（120.7%），站前社区最低（75.1%）；11 个社区落后于序时进度。"
 */
export function completionSentence(label: string, stats: CompletionStats | null, shownInChart: number, closedYear = false): string {
  if (stats === null) return `${label}：暂无可比较的数据。`;
  // A closed year is done or not done (pace.ts yearVerdict), never behind pace.
  const verdict = closedYear
    ? `${stats.count - stats.notDone} 个社区${YEAR_VERDICT_LABELS.done}，${stats.notDone} 个社区${YEAR_VERDICT_LABELS.notDone}。`
    : `${stats.behind} 个社区落后于序时进度。`;
  let sentence =
    `${label}：社区平均 ${formatPercent(stats.average)}，` +
    `${stats.best.community.name}最高（${formatPercent(stats.best.completion)}），${stats.worst.community.name}最低（${formatPercent(stats.worst.completion)}）；` +
    verdict;
  if (shownInChart < stats.count) sentence += `图中只显示完成率最低的 ${shownInChart} 个社区。`;
  return sentence;
}

/** What the URL filters besides the period, in words ("指标：走访群众"), for print stamps. */
export function filterLabels(asked: Pick<Asked, 'metric' | 'slide'>, catalogue: Pick<Catalogue, 'metrics'> | undefined): string[] {
  const labels: string[] = [];
  const { metric: metricId, slide } = asked;
  if (metricId) labels.push(`指标：${findMetric(catalogue ?? { metrics: [] }, metricId)?.name ?? metricId}`);
  if (slide) labels.push(`第 ${slide} 页`);
  return labels;
}

/** The rule under every ranking, in one sentence (domain/standings.ts, overall-index.ts). */
export function rankingRule(subject: 'index' | RankingBasis, higherIsBetter = true, smallCounts = false): string {
  if (smallCounts) return `${SMALL_SAMPLE_HINT}。${rankingRule('value', higherIsBetter)}`;
  const apart = '未开通、暂无数据或无目标的社区不参与排名';
  if (subject === 'index') {
    return `排名规则：按${INDEX_NAME}从高到低排名，并列同名次。${INDEX_NAME} = Σ（权重 × 完成率，单项最高按 ${formatWholePercent(INDEX_CAP)} 计）÷ 计入指标的权重之和；某项未开通、暂无数据或无目标时不计入，其余权重按比例折算。`;
  }
  if (subject === 'value') return `排名规则：按完成值${higherIsBetter ? '从高到低' : '从低到高'}排名，并列同名次；未开通或暂无数据的社区不参与排名。`;
  const ratio = higherIsBetter ? '完成值 ÷ 按序时折算的目标' : '按序时折算的目标 ÷ 完成值，越低越好';
  return `排名规则：按目标完成率（${ratio}）从高到低排名，对大小社区一视同仁，并列同名次；${apart}。`;
}

/** ▲3 / ▼1 / — / 新 for a table cell, and words for screen readers. */
export function movementText(m: Movement | null): { symbol: string; words: string } {
  const words = movementSince(m, null);
  if (m === null) return { symbol: '', words };
  return { symbol: m.kind === 'up' ? `▲${m.places}` : m.kind === 'down' ? `▼${m.places}` : m.kind === 'same' ? '—' : '新', words };
}

/** "再增加 37 户可升至第 5 名" (none for first place). */
export function gapToNextSentence(gap: (Gap & { toRank: number }) | null, unit: string): string | null {
  if (!gap) return null;
  return `再${gap.direction === 'more' ? '增加' : '减少'} ${formatNumber(gap.amount)} ${unit}可升至第 ${gap.toRank} 名`;
}

/** "差 37 户达到序时进度" / "已达到序时进度". */
export function gapToPaceSentence(gap: Gap | null, unit: string): string {
  if (!gap) return '已达到序时进度';
  return `${gap.direction === 'more' ? '差' : '需减少'} ${formatNumber(gap.amount)} ${unit}达到序时进度`;
}

/**
 * A secretary's headline: "综合指数排名第 16 名（共 20 个社区），较2020年7—12月上升 3 名；综合指数升至第 15 名
 * 还需 +1.2 分，约走访群众再增加 23 户。" Without an index place above, the weakest metric's gap to 序时进度.
 */
export function homeHeadline(input: {
  rank: number | null;
  of: number;
  move: Movement | null;
  /** The period the movement compares with. */
  previous: Period | null;
  advice: { toRank: number; points: number; name: string; unit: string; amount: number | null; direction: 'more' | 'less' } | null;
  weakest: { name: string; unit: string; gapToPace: Gap | null } | null;
}): string {
  const parts: string[] = [];
  if (input.rank === null) parts.push(`暂无${INDEX_NAME}排名`);
  else {
    const words = movementSince(input.move, input.previous);
    parts.push(`${INDEX_NAME}排名第 ${input.rank} 名（共 ${input.of} 个社区）${words ? `，${words}` : ''}`);
  }
  if (input.advice) parts.push(indexAdviceSentence(input.advice));
  else if (input.weakest) parts.push(`${input.weakest.name}完成率最低，${gapToPaceSentence(input.weakest.gapToPace, input.weakest.unit)}`);
  return `${parts.join('；')}。`;
}

/**
 * A ranking in a sentence: "2021年1—6月各社区走访群众完成率排名：联运社区第 1 名（120.7%），站前社区
 * 末位（75.1%）；20 个社区参与排名，2 个未参与。红榜：…；黑榜：…。"
 */
export function rankingSentence<R extends { community: { name: string }; rank: number | null; board: Board | null }>(
  label: string,
  rows: readonly R[],
  figure: (row: R) => string,
  boards: { shown: boolean; minimum: number } | null,
): string {
  const ranked = rows.filter((r) => r.rank !== null);
  if (ranked.length === 0) return `${label}：该时段没有可排名的社区。`;
  const first = ranked[0];
  const last = ranked[ranked.length - 1];
  const apart = rows.length - ranked.length;
  let sentence = `${label}：${first.community.name}第 1 名（${figure(first)}）`;
  if (ranked.length > 1) sentence += `，${last.community.name}末位（${figure(last)}）`;
  sentence += `；${ranked.length} 个社区参与排名${apart ? `，${apart} 个未参与` : ''}。`;
  if (boards) {
    if (!boards.shown) sentence += `参与排名的社区少于 ${boards.minimum} 个，红榜与黑榜会重叠，本期不评红黑榜。`;
    else {
      const on = (b: Board) => rows.filter((r) => r.board === b).map((r) => r.community.name).join('、');
      sentence += `${BOARD_LABELS.red}：${on('red')}；${BOARD_LABELS.black}：${on('black')}。`;
    }
  }
  return sentence;
}

/** "2020年7月—2021年6月词林社区走访群众序时完成率：12 个月中有 3 个月不低于全街道。" */
export function trendComparisonSentence(label: string, months: { compared: number; atOrAbove: number }): string {
  if (months.compared === 0) return `${label}：暂无可比较的月份。`;
  return `${label}：${months.compared} 个月中有 ${months.atOrAbove} 个月不低于全街道。`;
}

/** The boards slide: "2021年1—6月综合指数红榜：A、B、C；黑榜：D、E、F（E 连续两期黑榜）。" */
export function boardsHeadline(periodLabel: string, boards: { red: string[]; black: string[]; warned: string[] } | null, streak: number): string {
  if (!boards) return `${periodLabel}参与${INDEX_NAME}排名的社区不足，本期不评红黑榜。`;
  const warned = boards.warned.length ? `（${boards.warned.join('、')}连续 ${streak} 期黑榜）` : '';
  return `${periodLabel}${INDEX_NAME}${BOARD_LABELS.red}：${boards.red.join('、')}；${BOARD_LABELS.black}：${boards.black.join('、')}${warned}。`;
}

/** The 需要关注 slide: the three furthest behind. */
export function attentionHeadline(periodLabel: string, items: ReadonlyArray<{ community: string; metric: string; completion: number }>, closedYear = false): string {
  if (items.length === 0) return `${periodLabel}${attentionEmpty(closedYear)}。`;
  const worst = items.slice(0, 3).map((i) => `${i.community}${i.metric}（${formatPercent(i.completion)}）`);
  return `${periodLabel}${closedYear ? `${YEAR_VERDICT_LABELS.notDone}全年目标、差距最大的` : '落后于序时进度最多的'}：${worst.join('、')}。`;
}

/** A community's slide in the round: overall rank and movement, the weakest metric and the next place. */
export function roundHeadline(input: { rank: number | null; of: number; move: Movement | null; weakest: { name: string; completion: number; next: string | null } | null }): string {
  const parts: string[] = [];
  if (input.rank === null) parts.push(`暂无${INDEX_NAME}排名`);
  else {
    const words = movementText(input.move).words;
    parts.push(`${INDEX_NAME}第 ${input.rank} 名（共 ${input.of}）${words ? `，${words}` : ''}`);
  }
  if (input.weakest) parts.push(`最弱：${input.weakest.name}完成率 ${formatPercent(input.weakest.completion)}${input.weakest.next ? `，${input.weakest.next}` : ''}`);
  return `${parts.join('；')}。`;
}

/** The deck's 刷新数据 failed (`reason`: the error's label, 服务器出错（500）…): the snapshot on screen stays. */
export function refreshFailedNotice(reason: string): string {
  return `刷新失败：${reason}，仍显示快照`;
}

/** After 刷新数据: what changed. */
export function refreshReport(changed: readonly string[]): string {
  if (changed.length === 0) return '已刷新：数据没有变化';
  const listed = changed.slice(0, 3).join('、');
  return `已刷新：${listed}${changed.length > 3 ? ` 等 ${changed.length} 页` : ''}有变化`;
}

/** The facts beside a community's slide in the round, one per line. */
export function roundFacts(input: {
  rank: number | null;
  of: number;
  move: Movement | null;
  weakest: { name: string; completion: number; next: string | null } | null;
  notOffered: readonly string[];
}): string[] {
  const facts = [input.rank === null ? `${INDEX_NAME}：暂无排名` : `${INDEX_NAME}第 ${input.rank} / ${input.of} 名 ${movementText(input.move).symbol}`.trim()];
  if (input.weakest) {
    facts.push(`最弱：${input.weakest.name} ${formatPercent(input.weakest.completion)}`);
    if (input.weakest.next) facts.push(input.weakest.next);
  }
  if (input.notOffered.length) facts.push(`${NOT_OFFERED}：${input.notOffered.join('、')}`);
  return facts;
}

/** Why the period in a link was changed: out of the data's range, reversed, or unreadable. */
export function periodCorrectionNotice(asked: { from: string | null; to: string | null }, used: Period, range: DataRange): string {
  const { from, to } = asked;
  const usedLabel = formatPeriod(used);
  if (!isValidMonth(from) || !isValidMonth(to)) return `链接中的时段无法识别，已改为 ${usedLabel}。`;
  const askedLabel = from <= to ? formatPeriod({ from, to }) : `${formatMonth(from)}—${formatMonth(to)}`;
  return `所选时段（${askedLabel}）超出数据范围（${formatMonth(range.firstMonth)}—${formatMonth(range.latestMonth)}）或起止颠倒，已改为 ${usedLabel}。`;
}

/** Above a 红黑榜 grid cut to the communities it is about (domain/history.ts historyFocus). */
export function historyFocusNote(shown: number, total: number): string {
  return `共 ${formatNumber(total)} 个社区，这里列出上过红黑榜的社区与本社区（${formatNumber(shown)} 个）。`;
}

export function showAllCommunities(total: number): string {
  return `显示全部 ${formatNumber(total)} 个社区`;
}

/** Under a long table cut to its first rows (components/data-table.tsx). */
export function tableRowsNote(shown: number, total: number): string {
  return `共 ${formatNumber(total)} 行，按当前排序列出 ${formatNumber(shown)} 行。`;
}

export function showAllRows(total: number): string {
  return `显示全部 ${formatNumber(total)} 行`;
}

/** Why every community's figures over `period` are not shown to a secretary or a viewer (domain/access.ts). */
export function releaseRule(period: Period, hasOwnCommunity: boolean): string {
  return `${formatPeriod(period)}不是完整的季度。为免推算出各社区的单月数据，各社区的数据和排名按整季度公布；全街道合计${hasOwnCommunity ? '和本社区的数据' : ''}不受此限。`;
}

/**
 * The page's notice when several panels show a failure: `failed` show an error instead of their
 * figures, `stale` keep their last figures under 未能更新. Counts places on the page (two panels
 * reading the same data are two), as the user counts them.
 */
export function pageFailureNotice({ failed, stale }: { failed: number; stale: number }): string {
  const parts = [failed > 0 && `${formatNumber(failed)} 处未能取得数据`, stale > 0 && `${formatNumber(stale)} 处未能更新`].filter(Boolean);
  return `本页有 ${parts.join('，')}。网络恢复后会自动重试。`;
}

// issue 24: rule numbers in prose come from the domain's constants (BOARD_SIZE, HISTORY_LENGTH, BLACK_STREAK_WARNING).

/** "红榜：前 3 名；黑榜：后 3 名" */
export function boardRuleWords(): string {
  return `${BOARD_ICONS.red}${BOARD_LABELS.red}：前 ${BOARD_SIZE} 名；${BOARD_ICONS.black}${BOARD_LABELS.black}：后 ${BOARD_SIZE} 名`;
}

/** A slide's mark beside a community on the 黑榜 periods running: "连续 2 期". */
export function streakMark(): string {
  return `连续 ${BLACK_STREAK_WARNING} 期`;
}

/** "连续 2 期黑榜" */
export function streakWords(): string {
  return `连续 ${BLACK_STREAK_WARNING} 期${BOARD_LABELS.black}`;
}

/** Under the 红黑榜 record's title: how many periods it holds (as many as the data covers). */
export function historySubtitle(periods: number): string {
  return `近 ${periods} 期（与本期等长的时段）的名次；${streakWords()}的社区需重点督办`;
}

/** The record's own sentence: "近 5 期综合指数名次（红榜：前 3 名；黑榜：后 3 名）。" + the warning. */
export function historySummary(periods: number, name: string, warning: string): string {
  return `近 ${periods} 期${name}名次（${boardRuleWords()}）。${warning}`;
}

/** Who is on the 黑榜 periods running, or that nobody is, or that there is no 红黑榜 this period. */
export function historyWarning(warned: ReadonlyArray<{ name: string; streak: number }>, boardsShown: boolean, minimum: number): string {
  if (warned.length > 0) return `${streakWords()}：${warned.map((w) => `${w.name}（连续 ${w.streak} 期）`).join('、')}。`;
  if (boardsShown) return `没有社区${streakWords()}。`;
  return `本期参与排名的社区少于 ${minimum} 个，不评红黑榜。`;
}

// issue 24: secretary (community page, movement, boards)

/** "较2020年7—12月上升 4 名": the movement, naming the period of equal length it compares with. */
export function movementSince(m: Movement | null, previous: Period | null): string {
  if (m === null) return '';
  const then = previous ? formatPeriod(previous) : '上期';
  return m.kind === 'up' ? `较${then}上升 ${m.places} 名` : m.kind === 'down' ? `较${then}下降 ${m.places} 名` : m.kind === 'same' ? `与${then}持平` : `${then}无排名`;
}

/** "综合指数升至第 14 名还需 +1.2 分，约走访群众再增加 23 户" (the index shown × 100 as 分). */
export function indexAdviceSentence(a: { toRank: number; points: number; name: string; unit: string; amount: number | null; direction: 'more' | 'less' }): string {
  const head = `${INDEX_NAME}升至第 ${a.toRank} 名还需 +${(a.points * 100).toFixed(1)} 分`;
  if (a.amount === null) return `${head}，单靠${a.name}补不足（完成率计入上限 ${formatWholePercent(INDEX_CAP)}）`;
  return `${head}，约${a.name}再${a.direction === 'more' ? '增加' : '减少'} ${formatNumber(a.amount)} ${a.unit}`;
}

/** The community's place on the 综合指数 红黑榜: "本期在黑榜（连续 2 期）", "本期在红榜", "本期不在红黑榜". */
export function homeBoardWords(b: { board: Board | null; blackStreak: number; shown: boolean }): string {
  if (!b.shown) return `本期参与排名的社区少于 ${MIN_RANKED_FOR_BOARDS} 个，不评红黑榜`;
  if (b.board === null) return `本期不在${BOARD_LABELS.red}或${BOARD_LABELS.black}`;
  const on = `本期在${BOARD_LABELS[b.board]}`;
  if (b.board === 'black' && b.blackStreak >= BLACK_STREAK_WARNING) return `${on}（连续 ${b.blackStreak} 期${BOARD_LABELS.black}，需重点督办）`;
  return on;
}

/** A ranking's subtitle: "与2020年7—12月（等长的前一时段）比较名次变动". */
export function comparedWith(previous: Period): string {
  return `与${formatPeriod(previous)}（等长的前一时段）比较名次变动`;
}

/** On a phone the record lists this period's 红黑榜 and the viewer's own until asked for all. */
export function historyPhoneNote(shown: number, total: number): string {
  return `共 ${formatNumber(total)} 个社区，这里列出本期${BOARDS_NAME}与本社区（${formatNumber(shown)} 个）。`;
}

// issue 24: leader — the gap in units and the overview's one-line verdict.
/** "差 140 户", or "" when on or ahead of the target (or without one). */
export function gapWords(gap: number | null, unit: string): string {
  return gap ? `差 ${formatNumber(gap)} ${unit}` : '';
}

/** "5 项中 4 项滞后，最落后：走访群众 差 140 户"; in a closed year "5 项中 2 项未完成，…". */
export function overviewVerdictSentence(verdict: OverviewVerdict): string {
  if (verdict.total === 0) return '暂无可判断进度的指标。';
  const word = verdict.closedYear ? YEAR_VERDICT_LABELS.notDone : '滞后';
  if (verdict.worst === null) return `${verdict.total} 项均${verdict.closedYear ? YEAR_VERDICT_LABELS.done : '未滞后'}。`;
  return `${verdict.total} 项中 ${verdict.behind} 项${word}，最落后：${verdict.worst.name} ${gapWords(verdict.worst.gap, verdict.worst.unit)}`.trimEnd();
}

// issue 24: charts
/** 需要关注's subtitle: behind pace, or in a closed year short of the year's target. */
/** 需要关注 with nobody in it. */
export function attentionEmpty(closedYear: boolean): string {
  return closedYear ? '所有社区均完成全年目标' : '所有社区均达到序时进度';
}

export function attentionSubtitle(closedYear: boolean): string {
  return closedYear ? `${YEAR_VERDICT_LABELS.notDone}全年目标、差距最大的社区和指标` : '落后于序时进度最多的社区和指标';
}

// issue 24: presenter
/** A round slide's advice, about the metric it names just before: "该项再增加 2 米可升至第 17 名". */
export function chartedAdvice(next: string | null): string | null {
  return next && `该项${next}`;
}
