// The long answers (a series or targets row per community and metric: 10,000 rows at 500
// communities; the communities themselves) checked in one plain loop before zod. A body that
// passes is one the contract's schema accepts and returns unchanged, so it is used as it is;
// anything else (an extra field, a value out of range, a wrong type) goes through zod, which says
// what is wrong. Kept for its measured gain: docs/performance.md#plain-check-before-zod-libapiplain-checkts.
// tests/unit/plain-check.test.ts checks, for any input, that a body passing here passes the
// schema with the same result.
import type * as z from 'zod/mini';
import { isValidMonth } from '../../domain/month';
import { BIDI_CONTROLS, Community, COMMUNITY_ID_PATTERN, CommunitiesResponse, GROUP_BY, MAX_FIGURE, SeriesResponse, SeriesRow, Target, TARGET_YEARS, TargetsResponse } from './contract';

type Plain = Record<string, unknown>;

/** The fields a schema object keeps, read from the schema itself. */
const fieldsOf = (schema: { def: { shape: object } }): readonly string[] => Object.keys(schema.def.shape);

function isPlainObject(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every key of `value` is one of `allowed` (zod drops other keys: such a body is not returned unchanged). */
function onlyKeys(value: Plain, allowed: readonly string[]): boolean {
  for (const key in value) if (!allowed.includes(key)) return false;
  return true;
}

const isMonth = (value: unknown): value is string => typeof value === 'string' && isValidMonth(value);
const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const isFigure = (value: unknown): boolean => typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_FIGURE;
const isCount = (value: unknown): boolean => Number.isSafeInteger(value) && (value as number) >= 0;
/** A name the schema keeps as it is: not empty, no bidi controls to remove (search ignores the pattern's /g state). */
const isCleanName = (value: unknown): boolean => isId(value) && value.search(BIDI_CONTROLS) === -1;

const SERIES_KEYS = fieldsOf(SeriesResponse);
const SERIES_ROW_KEYS = fieldsOf(SeriesRow);

function isPlainSeries(body: unknown): boolean {
  if (!isPlainObject(body) || !onlyKeys(body, SERIES_KEYS)) return false;
  const { from, to, groupBy, rows } = body;
  if (!isMonth(from) || !isMonth(to) || from > to || !(GROUP_BY as readonly unknown[]).includes(groupBy) || !Array.isArray(rows)) return false;
  for (const row of rows as unknown[]) {
    if (!isPlainObject(row) || !onlyKeys(row, SERIES_ROW_KEYS) || !isId(row.metricId)) return false;
    const { month, communityId, value } = row;
    if ('month' in row && !(isMonth(month) && month >= from && month <= to)) return false;
    if ('communityId' in row && !(communityId === null || typeof communityId === 'string')) return false;
    if (!(value === null || isFigure(value))) return false;
  }
  return true;
}

const TARGETS_KEYS = fieldsOf(TargetsResponse);
const TARGET_KEYS = fieldsOf(Target);

function isPlainTargets(body: unknown): boolean {
  if (!isPlainObject(body) || !onlyKeys(body, TARGETS_KEYS) || !Array.isArray(body.targets)) return false;
  for (const target of body.targets as unknown[]) {
    if (!isPlainObject(target) || !onlyKeys(target, TARGET_KEYS) || !isId(target.metricId) || !isFigure(target.value)) return false;
    const { year, communityId } = target;
    if (!(Number.isSafeInteger(year) && (year as number) >= TARGET_YEARS.min && (year as number) <= TARGET_YEARS.max)) return false;
    if (!(communityId === null || typeof communityId === 'string')) return false;
  }
  return true;
}

const COMMUNITIES_KEYS = fieldsOf(CommunitiesResponse);
const COMMUNITY_KEYS = fieldsOf(Community);
const TILE_KEYS = fieldsOf(Community.def.shape.tile);

function isPlainCommunities(body: unknown): boolean {
  if (!isPlainObject(body) || !onlyKeys(body, COMMUNITIES_KEYS) || !Array.isArray(body.communities)) return false;
  for (const community of body.communities as unknown[]) {
    if (!isPlainObject(community) || !onlyKeys(community, COMMUNITY_KEYS)) return false;
    const { id, name, households, services, tile } = community;
    if (!(typeof id === 'string' && COMMUNITY_ID_PATTERN.test(id)) || !isCleanName(name)) return false;
    if (!(isCount(households) && (households as number) <= MAX_FIGURE)) return false;
    if (!Array.isArray(services)) return false;
    for (const service of services as unknown[]) if (!isId(service)) return false;
    if (!isPlainObject(tile) || !onlyKeys(tile, TILE_KEYS) || !isCount(tile.row) || !isCount(tile.col)) return false;
  }
  return true;
}

/** The schemas with a plain check, and their checks. */
const PLAIN_CHECKS = new Map<z.ZodMiniType, (body: unknown) => boolean>([
  [SeriesResponse, isPlainSeries],
  [TargetsResponse, isPlainTargets],
  [CommunitiesResponse, isPlainCommunities],
]);

/** True when `schema` would accept `body` and return it unchanged; false says nothing (ask zod). */
export function passesPlainCheck(schema: z.ZodMiniType, body: unknown): boolean {
  return PLAIN_CHECKS.get(schema)?.(body) ?? false;
}
