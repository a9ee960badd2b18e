// `npm run openapi`: writes src/lib/api/openapi.json, generated from the zod contract.
// tests/unit/openapi.test.ts fails when the committed file drifts from buildOpenApiDocument().
import { mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import * as z from 'zod/mini';
import {
  API_PATHS,
  Area,
  AreaId,
  CommunitiesResponse,
  Community,
  GroupBy,
  LIST_PARAMS,
  MAX_LIST_ITEMS,
  MetaResponse,
  Metric,
  MetricId,
  MetricsResponse,
  MOCK_USER_HEADER,
  MockUsersResponse,
  Month,
  ApiRequest,
  OverviewResponse,
  Rate,
  Role,
  SeriesResponse,
  SeriesRow,
  ServiceId,
  SessionResponse,
  Target,
  TargetsResponse,
  TARGET_LEVELS,
  User,
  IMPORT_PATHS,
  ImportChange,
  ImportProblem,
  ImportPreviewResponse,
  ImportWriteResponse,
} from '../../src/lib/api/contract';
import { AuditEntry, CorrectionResponse, Report, ReportCorrection, ReportDraft, ReportReturn, ReportState, ReportStatusResponse, ReportStatusRow } from '../../src/lib/api/report-contract';

type JsonSchema = z.core.JSONSchema.BaseSchema;

export const ErrorResponse = z.object({ error: z.string() });

/** Schemas emitted under components.schemas, in order; nested uses become $refs. */
const COMPONENTS: Record<string, z.ZodMiniType> = {
  Month,
  Role,
  AreaId,
  ServiceId,
  MetricId,
  GroupBy,
  User,
  Community,
  Metric,
  Area,
  Rate,
  Target,
  SeriesRow,
  SessionResponse,
  MetaResponse,
  CommunitiesResponse,
  MetricsResponse,
  TargetsResponse,
  SeriesResponse,
  MockUsersResponse,
  ApiRequest,
  OverviewResponse,
  ImportChange,
  ImportProblem,
  ImportPreviewResponse,
  ImportWriteResponse,
  ReportState,
  Report,
  ReportDraft,
  ReportStatusRow,
  ReportStatusResponse,
  ReportReturn,
  ReportCorrection,
  AuditEntry,
  CorrectionResponse,
  Error: ErrorResponse,
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function componentSchemas(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
  // What the server sends: the input side of the schemas (the app's own clean-ups, such as
  // dropping bidi controls from names, are not the server's business).
  const { schemas } = z.toJSONSchema(registry, { io: 'input', uri: (id) => `#/components/schemas/${id}` });
  // Components live inside the document: drop the per-schema $schema/$id.
  return Object.fromEntries(
    Object.keys(COMPONENTS).map((id) => {
      const schema = { ...schemas[id] };
      delete schema.$schema;
      delete schema.$id;
      return [id, schema];
    }),
  );
}

interface Param {
  name: string;
  in: 'query' | 'header';
  description: string;
  required: boolean;
  schema: JsonSchema;
  style?: 'form';
  explode?: boolean;
}

/** A comma-separated list (`?metrics=a,b`): a repeated value counts once, at most MAX_LIST_ITEMS of them. */
function listParam(name: (typeof LIST_PARAMS)[number], description: string, required: boolean, items: JsonSchema): Param {
  const schema: JsonSchema = { type: 'array', items, ...(required ? { minItems: 1 } : {}), maxItems: MAX_LIST_ITEMS };
  return { name, in: 'query', description, required, style: 'form', explode: false, schema };
}

interface Operation {
  operationId: string;
  summary: string;
  description: string;
  parameters?: Param[];
  response: string;
}

const OPERATIONS: Record<keyof typeof API_PATHS, Operation> = {
  overview: {
    operationId: 'getOverview',
    summary: "The overview's first screen, in one response",
    description:
      'Answers, in one response, every request the overview page makes for its first screen: `/meta`, `/session`, `/metrics`, `/communities`, and the `/series` and `/targets` requests of its panels for the period, with the per-community figures of one metric only, the completion chart\'s (the list is the client\'s `overviewRequests()`, src/lib/api/overview.ts; every metric\'s per-community figures, for 需要关注, are asked for after the first screen has drawn). Each answer carries the request (path and parameters as the client writes them), the status and the body that endpoint would give. A part the backend could not answer within its deadline comes back as status 504 with a null body; the client then asks that endpoint itself. The client sends it first on a first load, before its own code has run; the fine-grained endpoints stay for every other request.',
    parameters: [
      { name: 'from', in: 'query', description: 'First month (YYYY-MM); with `to`. Both omitted: the year to date of the latest month.', required: false, schema: ref('Month') },
      { name: 'to', in: 'query', description: 'Last month (YYYY-MM); with `from`.', required: false, schema: ref('Month') },
      { name: 'metric', in: 'query', description: 'The completion chart\'s metric (a per-community metric id). Omitted or unknown: the first per-community metric of the catalogue.', required: false, schema: { type: 'string' } },
    ],
    response: 'OverviewResponse',
  },
  session: {
    operationId: 'getSession',
    summary: 'Current user',
    description: `The signed-in user. In mock mode the \`${MOCK_USER_HEADER}\` header picks the user; an unknown user gives 401.`,
    parameters: [
      {
        name: MOCK_USER_HEADER,
        in: 'header',
        description: 'Mock mode only: id of the demo user to sign in as, percent-encoded as UTF-8 (`encodeURIComponent`: a header carries ISO-8859-1 only; an ASCII id such as `leader` is unchanged). The client defaults to the first demo user.',
        required: false,
        schema: { type: 'string' },
      },
    ],
    response: 'SessionResponse',
  },
  meta: {
    operationId: 'getMeta',
    summary: 'Dataset metadata',
    description: 'The subdistrict, the first and latest months with data, and when the data was last updated.',
    response: 'MetaResponse',
  },
  communities: {
    operationId: 'listCommunities',
    summary: 'Communities',
    description: 'Every community with its households, the services it offers and its tile-map position.',
    response: 'CommunitiesResponse',
  },
  metrics: {
    operationId: 'listMetrics',
    summary: 'Metric definitions',
    description: 'The catalogue: every metric (area, unit, direction, scope, the service it depends on), every area in display order with the metric it leads with, and every rate (numerator ÷ denominator). Ids are open strings: a metric, area or service new to the app is shown with the names given here.',
    response: 'MetricsResponse',
  },
  targets: {
    operationId: 'listTargets',
    summary: 'Annual targets',
    description: 'Subdistrict-wide (communityId null) and per-community annual targets.',
    parameters: [
      listParam('years', 'Comma-separated years, e.g. `2020,2021`.', true, { type: 'integer' }),
      listParam('metrics', 'Comma-separated metric ids; omitted means every metric.', false, ref('MetricId')),
      { name: 'level', in: 'query', description: 'Only subdistrict-wide (`subdistrict`) or only per-community (`community`) targets; omitted means both.', required: false, schema: { type: 'string', enum: [...TARGET_LEVELS] } },
    ],
    response: 'TargetsResponse',
  },
  series: {
    operationId: 'getSeries',
    summary: 'Metric values',
    description: 'Metric values summed over the month range and grouped as requested. A null value means no value (the community does not offer the service), never zero.',
    parameters: [
      listParam('metrics', 'Comma-separated metric ids; omitted means every metric.', false, ref('MetricId')),
      { name: 'from', in: 'query', description: 'First month, inclusive (YYYY-MM).', required: true, schema: ref('Month') },
      { name: 'to', in: 'query', description: 'Last month, inclusive (YYYY-MM).', required: true, schema: ref('Month') },
      { name: 'groupBy', in: 'query', description: 'How rows are grouped.', required: false, schema: { ...ref('GroupBy'), default: 'none' } },
      listParam('communities', 'Comma-separated community ids; omitted means every community.', false, { type: 'string' }),
    ],
    response: 'SeriesResponse',
  },
  mockUsers: {
    operationId: 'listMockUsers',
    summary: 'Demo users (mock only)',
    description: 'Mock mode only: the users the mock backend can sign in as. Not part of the production API.',
    response: 'MockUsersResponse',
  },
};

const json = (schema: JsonSchema) => ({ 'application/json': { schema } });

export function buildOpenApiDocument() {
  const paths: Record<string, unknown> = {};
  for (const [key, path] of Object.entries(API_PATHS) as [keyof typeof API_PATHS, string][]) {
    const { response, parameters, ...op } = OPERATIONS[key];
    paths[path] = {
      get: {
        ...op,
        ...(parameters ? { parameters } : {}),
        responses: {
          '200': { description: 'OK', content: json(ref(response)) },
          '400': { $ref: '#/components/responses/BadRequest' },
          '401': { $ref: '#/components/responses/Unauthorized' },
        },
      },
    };
  }
  Object.assign(paths, importPaths());
  return {
    openapi: '3.1.0',
    info: {
      title: 'Choucheng subdistrict progress dashboard API',
      version: '1.0.0',
      description: 'Read-only JSON API behind the dashboard. Generated from src/lib/api/contract.ts by tests/support/openapi.ts; do not edit by hand.',
    },
    servers: [{ url: '/api' }],
    paths: { ...paths, ...reportPaths() },
    components: {
      schemas: componentSchemas(),
      responses: {
        BadRequest: { description: 'Invalid query parameters.', content: json(ref('Error')) },
        Unauthorized: { description: 'Not signed in, or unknown user.', content: json(ref('Error')) },
        Forbidden: { description: 'The signed-in user may not do this (another community, or not a leader).', content: json(ref('Error')) },
        NotFound: { description: 'Nothing saved for this community and month.', content: json(ref('Error')) },
        Conflict: { description: 'Not allowed in the report’s present state (e.g. approved and locked).', content: json(ref('Error')) },
      },
    },
  };
}

/** The Excel import (reference server only): the template to download and the upload with its preview. */
function importPaths() {
  const month: Param = { name: 'month', in: 'query', description: 'The month (YYYY-MM), not in the future.', required: true, schema: ref('Month') };
  const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  const refused = (description: string) => ({ description, content: json(ref('Error')) });
  return {
    [IMPORT_PATHS.template]: {
      get: {
        operationId: 'getImportTemplate',
        summary: 'Excel template of a month (leaders)',
        description: 'One sheet: the title, the month in B2, row 4 the headers 名称（单位） of every per-community metric, then one row per community with the stored figures; cells of a service the community does not offer read 未开通, grey and locked.',
        parameters: [month],
        responses: { '200': { description: 'The .xlsx', content: { [xlsx]: { schema: { type: 'string', format: 'binary' } } } }, '400': { $ref: '#/components/responses/BadRequest' }, '401': { $ref: '#/components/responses/Unauthorized' }, '403': refused('Not a leader.') },
      },
    },
    [IMPORT_PATHS.upload]: {
      post: {
        operationId: 'importSheet',
        summary: 'Import a filled template (leaders)',
        description: 'The body is the .xlsx (at most 10 MB; unpacked at most 20 MB, 1000 rows, 100 columns, or 413). With `preview=1`: what would change (old → new per cell) and every problem by cell; nothing is written. Without: all or nothing — every change is written as approved reports with an audit entry `Excel 导入`, or, with any problem, 400 and nothing.',
        parameters: [month, { name: 'preview', in: 'query', description: '`1`: only preview.', required: false, schema: { type: 'string', enum: ['1'] } }],
        requestBody: { required: true, content: { [xlsx]: { schema: { type: 'string', format: 'binary' } } } },
        responses: {
          '200': { description: 'The preview (`preview=1`) or what was written', content: json({ oneOf: [ref('ImportPreviewResponse'), ref('ImportWriteResponse')] }) },
          '400': { description: 'Bad month, not an .xlsx, or (writing) a sheet with problems: the preview with `error`.', content: json(ref('Error')) },
          '401': { $ref: '#/components/responses/Unauthorized' },
          '403': refused('Not a leader.'),
          '413': refused('Too large, packed or unpacked, or too many rows or columns.'),
          '501': refused('Demo (mock) mode: no Excel parser.'),
        },
      },
    },
  };
}

/** The report endpoints (server/reports.ts): writes take JSON and answer the report as it now is. */
export function reportPaths(): Record<string, unknown> {
  const community = { name: 'communityId', in: 'path', required: true, description: 'The community.', schema: { type: 'string' } };
  const month = { name: 'month', in: 'path', required: true, description: 'The month reported (YYYY-MM).', schema: ref('Month') };
  const responses = (response: string, extra: string[]) => ({
    '200': { description: 'OK', content: json(ref(response)) },
    '400': { $ref: '#/components/responses/BadRequest' },
    '401': { $ref: '#/components/responses/Unauthorized' },
    ...Object.fromEntries(extra.map((code) => [code, { $ref: `#/components/responses/${{ '403': 'Forbidden', '404': 'NotFound', '409': 'Conflict' }[code]}` }])),
  });
  const op = (operationId: string, summary: string, description: string, response: string, extra: string[], body?: string) => ({
    operationId,
    summary,
    description,
    parameters: [community, month],
    ...(body ? { requestBody: { required: true, content: json(ref(body)) } } : {}),
    responses: responses(response, extra),
  });
  return {
    '/reports': {
      get: {
        operationId: 'getReportStatus',
        summary: '上报情况: every community’s report of a month',
        description: 'Leaders only. Each community’s report status for the month (`none` when nothing was saved), when it was submitted and whether that was by the due time (the 5th of the following month, China time).',
        parameters: [{ name: 'month', in: 'query', required: true, description: 'The month (YYYY-MM).', schema: ref('Month') }],
        responses: responses('ReportStatusResponse', ['403']),
      },
    },
    '/reports/{communityId}/{month}': {
      get: op('getReport', 'One community’s report of a month', 'Leaders, and the community’s own secretary.', 'Report', ['403', '404']),
      put: op('saveReportDraft', 'Save a draft', 'The community’s secretary only. Checked by the rules at the door (domain/report-rules.ts); a returned report becomes a draft again; a submitted or approved one answers 409.', 'Report', ['403', '409'], 'ReportDraft'),
    },
    '/reports/{communityId}/{month}/submit': {
      post: op('submitReport', 'Submit a draft', 'The community’s secretary only; the draft is checked again.', 'Report', ['403', '409']),
    },
    '/reports/{communityId}/{month}/approve': {
      post: op('approveReport', 'Approve a submitted report', 'Leaders only: its figures go into the data and the month is locked.', 'Report', ['403', '409']),
    },
    '/reports/{communityId}/{month}/return': {
      post: op('returnReport', 'Return a submitted report with a comment', 'Leaders only; the comment is required.', 'Report', ['403', '409'], 'ReportReturn'),
    },
    '/reports/{communityId}/{month}/corrections': {
      post: op('correctReport', 'Correct an approved month', 'Leaders only, with a reason; each changed figure is logged (who, when, old → new) and the whole log of the month is answered.', 'CorrectionResponse', ['403', '409'], 'ReportCorrection'),
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const out = new URL('../../src/lib/api/openapi.json', import.meta.url);
  mkdirSync(new URL('.', out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`);
  console.log(`openapi: wrote ${out.pathname}`);
}
