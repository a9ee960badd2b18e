// What /rankings shows, from one history bundle: the current ranking (with movement and 红黑榜)
// and the 红黑榜 record over the last periods of equal length.
import { boardHistory, historyPeriods, movementsOf, type BoardHistory } from '../../../domain/history';
import { communityMetrics, findMetric, metricIdsOf } from '../../../domain/catalogue';
import { indexWeights } from '../../../domain/overall-index';
import { oncePer } from '../../../domain/once-per';
import type { DataRange, Period } from '../../../domain/period';
import { boardsOf, INDEX_ID, rankingRows, rankingsOverTime, subjectMetrics, type RankingRow, type RankingSubject } from '../../../domain/ranking-subject';
import { basisUsed, type Ranking, type RankingBasis } from '../../../domain/standings';
import type { Catalogue } from '../../../lib/api/contract';
import { INDEX_NAME } from '../../../lib/i18n/strings';
import { rankingHistoryOptions, type RankingHistoryData } from '../../../lib/api/queries';

export const subjectId = (subject: RankingSubject) => (subject.kind === 'index' ? INDEX_ID : subject.metric.id);

export function rankingsOptions(subject: RankingSubject, catalogue: Catalogue, period: Period, range: DataRange) {
  return rankingHistoryOptions(subjectId(subject), metricIdsOf(subjectMetrics(subject, catalogue.metrics)), historyPeriods(period, range));
}

export interface RankingsView {
  rows: RankingRow[];
  /** The basis the ranking used: by count (value) when any row is 样本小 (domain basisUsed). */
  basis: RankingBasis;
  boardsShown: boolean;
  history: BoardHistory;
}

/** The current ranking's rows (movement, boards) and the board history, for the subject the data was fetched for. */
function rankingsView(data: RankingHistoryData, subject: RankingSubject, catalogue: Catalogue, basis: RankingBasis): RankingsView {
  const history = rankingsOverTime(
    subject,
    catalogue.metrics,
    data.communities.communities,
    data.targets.targets,
    data.periods.map((series, i) => ({ period: data.input.periods[i], rows: series.rows })),
    basis,
  );
  const current = history[history.length - 1].ranking;
  const boards = boardsOf(current);
  return {
    rows: rankingRows(current, { movements: movementsOf(history), boards }),
    basis: subject.kind === 'index' ? basis : basisUsed(current as Ranking, basis),
    boardsShown: boards !== null,
    history: boardHistory(data.communities.communities, history),
  };
}

const views = oncePer((_data: RankingHistoryData) => oncePer((_catalogue: Catalogue) => new Map<RankingBasis, RankingsView | null>()));

/**
 * `rankingsView` for the data's own subject (null when the catalogue lacks it), computed once per
 * data, catalogue and basis: the current ranking and the 红黑榜 history panel share it (at 500
 * communities × six periods, ranking it twice was a third of a metric switch).
 */
export function rankingsViewOf(data: RankingHistoryData, catalogue: Catalogue, basis: RankingBasis): RankingsView | null {
  const byBasis = views(data)(catalogue);
  if (!byBasis.has(basis)) {
    const subject = dataSubject(data, catalogue);
    byBasis.set(basis, subject && rankingsView(data, subject, catalogue, subject.kind === 'index' ? 'completion' : basis));
  }
  return byBasis.get(basis) ?? null;
}

/** The index (when the catalogue weighs any metric), then every per-community metric. */
export function subjectChoices(catalogue: Catalogue): Array<{ id: string; name: string }> {
  const metrics = communityMetrics(catalogue.metrics);
  return indexWeights(catalogue.metrics).length > 0 ? [{ id: INDEX_ID, name: INDEX_NAME }, ...metrics] : metrics;
}

export function subjectOf(id: string, catalogue: Catalogue): RankingSubject | null {
  if (id === INDEX_ID) return { kind: 'index' };
  const metric = findMetric(catalogue, id);
  return metric ? { kind: 'metric', metric } : null;
}

/** What a history bundle's figures are ranked on (kept figures may be the previous subject's). */
export function dataSubject(data: RankingHistoryData, catalogue: Catalogue): RankingSubject | null {
  return subjectOf(data.input.subjectId, catalogue);
}
