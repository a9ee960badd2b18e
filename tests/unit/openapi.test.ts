import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../support/openapi';
import { API_PATHS, IMPORT_PATHS } from '../../src/lib/api/contract';

type Json = Record<string, unknown>;

const committed = JSON.parse(readFileSync(resolve(process.cwd(), 'src/lib/api/openapi.json'), 'utf8')) as Json;
const doc = buildOpenApiDocument();
const schemas = doc.components.schemas as Record<string, Json>;
const SCHEMA_REF = '#/components/schemas/';

/** Every node of a JSON value, depth first. */
function* walk(node: unknown): Generator<Json> {
  if (Array.isArray(node)) for (const item of node) yield* walk(item);
  else if (node && typeof node === 'object') {
    yield node as Json;
    for (const value of Object.values(node)) yield* walk(value);
  }
}

/** Resolves a local `#/...` JSON pointer in the document. */
function resolvePointer(ref: string): unknown {
  return ref
    .slice(2)
    .split('/')
    .reduce<unknown>((node, key) => (node as Json | undefined)?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
}

describe('src/lib/api/openapi.json', () => {
  it('matches the zod contract', () => {
    expect(committed, 'src/lib/api/openapi.json is stale: run `npm run openapi`').toEqual(JSON.parse(JSON.stringify(doc)));
  });

  it('is OpenAPI 3.1', () => {
    expect(doc.openapi.startsWith('3.1')).toBe(true);
  });

  it('documents every API path', () => {
    expect(Object.keys(doc.paths).sort()).toEqual([...Object.values(API_PATHS), ...Object.values(IMPORT_PATHS)].sort());
  });

  it('references an existing component schema from every 200 response', () => {
    for (const path of Object.values(API_PATHS)) {
      const op = (doc.paths[path] as { get: { responses: Record<string, { content: Record<string, { schema: { $ref: string } }> }> } }).get;
      const ref = op.responses['200'].content['application/json'].schema.$ref;
      expect(ref, path).toMatch(new RegExp(`^${SCHEMA_REF}`));
      expect(schemas[ref.slice(SCHEMA_REF.length)], `${path}: ${ref}`).toBeDefined();
    }
  });

  it('has no dangling $ref', () => {
    for (const node of walk(doc)) {
      if (typeof node.$ref === 'string') expect(resolvePointer(node.$ref), node.$ref).toBeDefined();
    }
  });

  it('lets a SeriesRow value be null (missing is not zero)', () => {
    const rows = (schemas.SeriesResponse.properties as Json).rows as Json;
    const rowRef = (rows.items as Json).$ref as string;
    const row = resolvePointer(rowRef) as Json;
    const value = (row.properties as Json).value as Json;
    const types = [value.type, ...[...walk(value)].map((n) => n.type)].flat();
    expect(types).toContain('null');
    expect(types).toContain('number');
    expect(row.required).toContain('value');
  });
});
