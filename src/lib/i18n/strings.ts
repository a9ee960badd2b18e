// UI strings (zh-CN). Components read labels from here rather than inlining them.
import { PACE_THRESHOLDS, type NoPace, type PaceStatus } from '../../domain/pace';
import type { PresetId } from '../../domain/period';
import { formatWholePercent } from './format';

export const PRESET_LABELS: Record<PresetId, string> = {
  thisMonth: '本月',
  thisQuarter: '本季度',
  yearToDate: '本年累计',
  lastYear: '上一年',
};

export const ROLE_LABELS = {
  leader: '街道领导',
  secretary: '社区书记',
  viewer: '访客',
} as const;

/** The app's name before the subdistrict is known (index.html paints the same before any script). */
export const APP_TITLE = '稠城街道工作进度';
export const LOADING = '正在加载…';
/** The page when the app cannot start (a bad config.json). */
export const STARTUP_FAILED = '无法启动';
/** A page that could not be shown: its heading, and the button when its code is of an older release. */
export const PAGE_ERROR = '页面出错';
export const RELOAD = '重新加载';
export const RELOAD_UPDATED_PAGE = '页面已更新，重新加载';
export const BACK_TO_OVERVIEW = '返回总览';
export const DETAILS = '详情';
export const RETRY = '重试';

export const NOT_OFFERED = '未开通';
/** An offered service without a report (yet) for the period: not zero, not 未开通. */
export const NO_REPORT = '暂无数据';
export const NO_TARGET = '无目标';
export const NO_DATA = '该时段暂无数据';
export const NO_DATA_HINT = '请选择其他时段。';
export const OWN_COMMUNITY = '本社区';
/** In place of every community's figures over a period that is not released to the viewer (domain/access.ts). */
export const RELEASED_ONLY = '各社区数据按整季度公布';

export const PACE_LABELS: Record<PaceStatus, string> = {
  ahead: '超前',
  onTrack: '正常',
  behind: '滞后',
  farBehind: '严重滞后',
};

/** Status is never colour alone: each has an icon and a word. */
export const PACE_ICONS: Record<PaceStatus, string> = {
  ahead: '▲',
  onTrack: '●',
  behind: '▼',
  farBehind: '⚠',
};

/** In place of a pace badge: why there is none (the same words as elsewhere for a missing figure or target). */
export const NO_PACE_LABELS: Record<NoPace, string> = {
  noData: NO_REPORT,
  noTarget: NO_TARGET,
};

/** How 序时进度 is worked out, quoting the thresholds the domain uses (so the two cannot disagree). */
export function paceHelp(): string {
  const { ahead, onTrack, behind } = PACE_THRESHOLDS;
  const pct = formatWholePercent;
  return (
    '序时进度：本期完成值 ÷ 按时间进度折算的目标（年度目标 × 已过月数 ÷ 12）。' +
    `≥${pct(ahead)} 为${PACE_LABELS.ahead}，${pct(onTrack)}—${pct(ahead)} 为${PACE_LABELS.onTrack}，` +
    `${pct(behind)}—${pct(onTrack)} 为${PACE_LABELS.behind}，低于 ${pct(behind)} 为${PACE_LABELS.farBehind}。` +
    '越低越好的指标按目标 ÷ 完成值计算。'
  );
}

/** Why a community has no rank (domain/standings.ts Unranked). */
export const UNRANKED_LABELS = {
  notOffered: NOT_OFFERED,
  noData: NO_REPORT,
  noTarget: NO_TARGET,
} as const;

export const BASIS_LABELS = { completion: '按完成率', value: '按完成值' } as const;
export const VIEW_LABELS = { list: '列表', map: '地图' } as const;
export const INDEX_NAME = '综合指数';

/** 红榜 / 黑榜: an icon and a word, never colour alone. */
export const BOARD_LABELS = { red: '红榜', black: '黑榜' } as const;
export const BOARD_ICONS = { red: '★', black: '▼' } as const;

/** Said after SLOW_AFTER_MS of waiting (lib/use-slow.ts), by every panel and the deck. */
export const STILL_LOADING = '仍在加载…（网络或服务器较慢，数据到达后会自动显示）';

/** Not signed in (a 401): the app shell's page and the deck's slide say the same. */
export const SIGN_IN_TITLE = '请重新登录';
export const SIGN_IN_RETRY = '已重新登录，再试一次';

// issue 24: secretary
export const BOARDS_NAME = '红黑榜';
export const IN_INDEX = '计入综合指数';
// issue 24: leader — the three named figures of 完成率, a closed year's verdict, 环比 of a whole year.
/** The three figures that 完成率 used to mean by turns (domain/progress.ts MetricProgress). */
export const PROGRESS_FIGURE_LABELS = {
  elapsed: '时间进度',
  yearCompletion: '年度完成',
  paceCompletion: '序时完成率',
} as const;

/** A closed year's verdict (domain/pace.ts yearVerdict): an icon and a word. */
export const YEAR_VERDICT_LABELS = { done: '全年完成', notDone: '未完成' } as const;
export const YEAR_VERDICT_ICONS = { done: '✓', notDone: '✗' } as const;
/** The column of a closed year's verdicts (where an open year has 序时进度). */
export const YEAR_RESULT = '全年结果';

/** Why 环比 is not shown for a twelve-month period. */
export const PREVIOUS_IS_LAST_YEAR = '整年的环比即同比，只列同比';

/** Exports: the header of a target's exact figure, beside the whole-unit one ("序时目标（精确）"). */
export function exactHeader(header: string): string {
  return `${header}（精确）`;
}

// issue 24: small counts
/** A row whose target is below the metric's `minTarget` (domain `isSmallSample`): ranked by count, not %. */
export const SMALL_SAMPLE = '样本小';
export const SMALL_SAMPLE_HINT = '目标过小，完成率意义不大：按数量排名，不计入综合指数';

// issue 24: charts
/** The line at 100% of the prorated target on every completion chart. */
export const PACE_REFERENCE = { value: 1, label: '序时 100%' } as const;

// issue 24: look (themes)
/** The page theme choices (lib/theme-choice.ts); 跟随系统 follows the OS light/dark setting. */
export const THEME_LABEL = '外观';
export const THEME_CHOICES = { system: '跟随系统', light: '浅色', dark: '深色', projector: '投影模式' } as const;
