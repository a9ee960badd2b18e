// UI strings (zh-CN). Components read labels from here rather than inlining them.
import type { Area } from '../api/contract';
import type { PaceStatus } from '../../domain/pace';
import type { PresetId } from '../../domain/period';

export const AREA_LABELS: Record<Area, string> = {
  visits: '走访群众',
  grievances: '民生实事与矛盾纠纷',
  parking: '停车设施',
  cables: '“三无行动”飞线整治',
  cases: '办件服务',
};

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

export const NOT_OFFERED = '未开通';

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

export const PACE_HELP =
  '序时进度：本期完成值 ÷ 按时间进度折算的目标（年度目标 × 已过月数 ÷ 12）。≥110% 为超前，95%—110% 为正常，80%—95% 为滞后，低于 80% 为严重滞后。越低越好的指标按目标 ÷ 完成值计算。';
