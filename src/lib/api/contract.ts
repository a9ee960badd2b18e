// The API contract: every response the client accepts is parsed against these schemas.
// src/lib/api/openapi.json is generated from them (npm run openapi); tests/unit/openapi.test.ts keeps it current.
// zod/mini: the same schemas and errors, about 15 KB less JavaScript than the chainable API.
import * as z from 'zod/mini';
import { MONTH_PATTERN } from '../../domain/month';

export const Month = z.string().check(z.regex(MONTH_PATTERN, '应为 YYYY-MM 格式的月份'));

/** No figure this dashboard counts (households, cases, square metres) comes near a billion: above is a fault. */
export const MAX_FIGURE = 1e9;
/** A count or amount: finite, ≥ 0 and not absurd. */
export const Figure = z.number().check(z.nonnegative('不能为负数'), z.lte(MAX_FIGURE, '大得不合理'));

/** Bidirectional-text controls that would flip a name on screen (an RLO reversing 词林社区, say). */
export const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** Text from the backend as it may be shown: its bidi controls removed. */
export const withoutBidi = (text: string): string => text.replace(BIDI_CONTROLS, '');
/** Free text shown on screen (a unit, a definition): not empty, its bidi controls removed at the door. */
export const ShownText = z.pipe(z.string().check(z.minLength(1)), z.transform(withoutBidi));
/** A name shown on screen: shown text like any other. */
export const Name = ShownText;

export const ROLES = ['leader', 'secretary', 'viewer'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/**
 * Ids are open strings: what an id means (its name, area, unit, direction) comes from the
 * `/metrics` catalogue, so a backend that adds a metric, an area or a service needs no app release.
 */
export const AreaId = z.string().check(z.minLength(1));
export type AreaId = z.infer<typeof AreaId>;

/** A service a community may or may not offer; a metric tied to a service has no value where it is not offered. */
export const ServiceId = z.string().check(z.minLength(1));
export type ServiceId = z.infer<typeof ServiceId>;

export const MetricId = z.string().check(z.minLength(1));
export type MetricId = z.infer<typeof MetricId>;

export const User = z.object({
  id: z.string().check(z.minLength(1)),
  name: Name,
  role: Role,
  communityId: z.optional(z.string().check(z.minLength(1))),
});
export type User = z.infer<typeof User>;

export const SessionResponse = z.object({ user: User });
export type SessionResponse = z.infer<typeof SessionResponse>;

export const MetaResponse = z.object({
  subdistrict: z.object({ name: Name, city: Name }),
  firstMonth: Month,
  latestMonth: Month,
  updatedAt: z.iso.datetime({ offset: true }),
}).check(
  z.refine((m) => m.firstMonth <= m.latestMonth, { message: '最早月份晚于最近月份', path: ['firstMonth'] }),
);
export type MetaResponse = z.infer<typeof MetaResponse>;

/** A community id: lower-case pinyin, digits and hyphens (it appears in URLs). */
export const COMMUNITY_ID_PATTERN = /^[a-z][a-z0-9-]*$/;

export const Community = z.object({
  id: z.string().check(z.regex(COMMUNITY_ID_PATTERN, '应为小写拼音标识')),
  name: Name,
  households: z.int().check(z.nonnegative('不能为负数'), z.lte(MAX_FIGURE, '大得不合理')),
  services: z.array(ServiceId),
  tile: z.object({ row: z.int().check(z.nonnegative()), col: z.int().check(z.nonnegative()) }),
});
export type Community = z.infer<typeof Community>;

export const CommunitiesResponse = z.object({ communities: z.array(Community) });
export type CommunitiesResponse = z.infer<typeof CommunitiesResponse>;

export const Metric = z.object({
  id: MetricId,
  name: Name,
  area: AreaId,
  unit: ShownText,
  higherIsBetter: z.boolean(),
  /** 'community': one value per community; 'centre': one value for the subdistrict service centre. */
  scope: z.enum(['community', 'centre']),
  /** The service a community must offer to have a value; absent means every community. */
  service: z.optional(ServiceId),
  definition: ShownText,
  /** Weight in the 综合指数 (overall index); absent or 0: not part of it. */
  indexWeight: z.optional(z.number().check(z.nonnegative())),
  /** Below this prorated target (in the metric's unit) a % is noise: such rows rank by count and are marked 样本小. */
  minTarget: z.optional(z.number().check(z.nonnegative())),
});
export type Metric = z.infer<typeof Metric>;

/** A work area (a KPI card and a trend chart on the overview), in the order the catalogue lists them. */
export const Area = z.object({
  id: AreaId,
  name: Name,
  /** The metric the area's card and trend chart lead with; null: the area has no headline metric. */
  leadMetricId: z.nullable(MetricId),
});
export type Area = z.infer<typeof Area>;

/** A rate shown as a percentage: numerator ÷ denominator over the same period (e.g. 问题解决率). */
export const Rate = z.object({
  id: z.string().check(z.minLength(1)),
  name: Name,
  area: AreaId,
  numeratorId: MetricId,
  denominatorId: MetricId,
});
export type Rate = z.infer<typeof Rate>;

/** The catalogue: every metric, area and rate the app shows, and what it must know about them. */
export const MetricsResponse = z.object({ areas: z.array(Area), metrics: z.array(Metric), rates: z.array(Rate) });
export type MetricsResponse = z.infer<typeof MetricsResponse>;
export type Catalogue = MetricsResponse;

/** The years a target may be for: anything outside is a fault. */
export const TARGET_YEARS = { min: 1900, max: 2200 } as const;

export const Target = z.object({
  metricId: MetricId,
  year: z.int().check(z.gte(TARGET_YEARS.min), z.lte(TARGET_YEARS.max)),
  /** null: the subdistrict-wide target. */
  communityId: z.nullable(z.string()),
  value: Figure,
});
export type Target = z.infer<typeof Target>;

export const TargetsResponse = z.object({ targets: z.array(Target) });
export type TargetsResponse = z.infer<typeof TargetsResponse>;

export const GROUP_BY = ['none', 'month', 'community', 'month,community'] as const;
export const GroupBy = z.enum(GROUP_BY);
export type GroupBy = z.infer<typeof GroupBy>;

export const SeriesRow = z.object({
  metricId: MetricId,
  /** Present when grouped by month. */
  month: z.optional(Month),
  /** Present when grouped by community; null for a centre metric's subdistrict value. */
  communityId: z.optional(z.nullable(z.string())),
  /** null: no value (the service is not offered, or not reported yet), never zero. */
  value: z.nullable(Figure),
});
export type SeriesRow = z.infer<typeof SeriesRow>;

export const SeriesResponse = z.object({
  from: Month,
  to: Month,
  groupBy: GroupBy,
  rows: z.array(SeriesRow),
}).check(
  // A month outside the period the response says it covers is wrong data, not a figure to show.
  z.superRefine((response, ctx) => {
    if (response.from > response.to) ctx.issues.push({ code: 'custom', path: ['from'], message: '起始月份晚于结束月份', input: response.from });
    response.rows.forEach((row, i) => {
      if (row.month !== undefined && (row.month < response.from || row.month > response.to)) {
        ctx.issues.push({ code: 'custom', path: ['rows', i, 'month'], message: `不在 ${response.from}—${response.to} 之内`, input: row.month });
      }
    });
  }),
);
export type SeriesResponse = z.infer<typeof SeriesResponse>;

/**
 * The most distinct values a list parameter (`metrics`, `communities`, `years`) may carry; a
 * repeated value counts once. Far above any real request (the catalogue has a dozen metrics, a
 * subdistrict a few dozen communities); the backend answers 400 beyond it, so a crafted URL
 * cannot make it write a huge answer.
 */
export const MAX_LIST_ITEMS = 200;
/** The list parameters MAX_LIST_ITEMS holds for. */
export const LIST_PARAMS = ['metrics', 'communities', 'years'] as const;

export interface SeriesQuery {
  metrics: readonly MetricId[];
  from: string;
  to: string;
  groupBy: GroupBy;
  communities?: readonly string[];
}

export const TARGET_LEVELS = ['subdistrict', 'community'] as const;
export type TargetLevel = (typeof TARGET_LEVELS)[number];

export interface TargetsQuery {
  years: readonly number[];
  metrics?: readonly MetricId[];
  /** Only subdistrict-wide or only per-community targets; omitted: both. */
  level?: TargetLevel;
}

/** Mock mode only: the users the mock backend can sign in as. */
export const MockUsersResponse = z.object({ users: z.array(User) });
export type MockUsersResponse = z.infer<typeof MockUsersResponse>;

/**
 * One request as the client makes it: a path of API_PATHS and its query parameters, each a
 * string (lists joined with ","), in the order the client writes them.
 */
export const ApiRequest = z.object({ path: z.string().check(z.minLength(1)), params: z.record(z.string(), z.string()) });
export type ApiRequest = z.infer<typeof ApiRequest>;

/**
 * What the overview's first screen asks for, in one response: for each of those requests the
 * status and body its own endpoint would answer. Each body is checked later against that
 * endpoint's schema, when the app reads it; an answer that failed, or did not come in time
 * (504), is asked for again on its own.
 */
export const OverviewResponse = z.object({
  /** The period answered: the one asked for, else the year to date of the latest month. */
  from: Month,
  to: Month,
  answers: z.array(z.object({ request: ApiRequest, status: z.int(), body: z.unknown() })),
});
export type OverviewResponse = z.infer<typeof OverviewResponse>;

// Paths and headers live in paths.ts (no zod), so the early request's tiny entry can use them.
export { API_PATHS, DEFAULT_MOCK_USER, MOCK_SCENARIO_HEADER, MOCK_USER_HEADER } from './paths';

// Excel import (issue 26; the reference server only — the mock answers 501 in demo mode).
/** Relative to the API base: the template (GET ?month=, an .xlsx) and the upload (POST ?month=[&preview=1], the .xlsx as the body). */
export const IMPORT_PATHS = { template: '/reports/template', upload: '/reports/import' } as const;

/** A sheet cell's address (C7). */
const CellRef = z.string().check(z.regex(/^[A-Z]{1,3}[1-9]\d*$/, '应为单元格地址，如 C7'));

/** One figure the import changes: its cell, old (null: none stored — missing, not zero) → new. */
export const ImportChange = z.object({ cell: CellRef, communityId: z.string().check(z.regex(COMMUNITY_ID_PATTERN, '应为小写拼音标识')), metricId: MetricId, old: z.nullable(Figure), new: Figure });
export type ImportChange = z.infer<typeof ImportChange>;

/** A problem of the sheet, in words that start with its cell. */
export const ImportProblem = z.object({ cell: CellRef, message: ShownText });
export type ImportProblem = z.infer<typeof ImportProblem>;

/** The preview: what would change, how many figures stay, every problem; nothing is written. */
export const ImportPreviewResponse = z.object({
  month: Month,
  changes: z.array(ImportChange),
  unchanged: z.int().check(z.nonnegative()),
  errors: z.array(ImportProblem),
  /** The sheet is not the template (an unknown community or metric column). */
  wrongTemplate: z.boolean(),
});
export type ImportPreviewResponse = z.infer<typeof ImportPreviewResponse>;

/** The import written: every change, as approved reports of `communities` communities. */
export const ImportWriteResponse = z.object({ month: Month, written: z.int().check(z.nonnegative()), communities: z.int().check(z.nonnegative()), changes: z.array(ImportChange) });
export type ImportWriteResponse = z.infer<typeof ImportWriteResponse>;
