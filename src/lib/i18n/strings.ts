// UI strings (zh-CN). Components read labels from here rather than inlining them.
import type { Area } from '../api/contract';
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
