// Every page, rendered against payloads mutated at random (seeded, so a failure replays): the
// contract turns each into a named error or clean figures; no NaN, undefined, Infinity, null or
// [object Object] ever reaches the screen.
import { waitFor } from '@testing-library/react';
import fc from 'fast-check';
import { getResponse, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../mocks/handlers';
import { sampleDataset, server } from '../support/msw-server';
import { renderApp } from '../support/render-app';

const real = createHandlers(sampleDataset);
const FORBIDDEN = /NaN|undefined|Infinity|\bnull\b|\[object Object\]/;
/** What a broken backend puts where a value belongs (never text that would itself read NaN or null). */
const WEIRD: unknown[] = [null, -1, -0.5, 1e12, 1e308, 0, '', 'x', '12', true, {}, [], [1, 2], { value: 1 }];

/** Replaces one leaf or drops one key, chosen by `pick`, anywhere in a JSON value. */
function mutate(json: unknown, pick: number, weird: unknown): unknown {
  let index = 0;
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node && typeof node === 'object') {
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(node)) {
        const here = index++;
        if (here === pick) {
          if (weird !== undefined) out[key] = weird;
          continue; // undefined: the key is dropped
        }
        out[key] = walk(value);
      }
      return out;
    }
    return node;
  };
  return walk(json);
}

const PAGES = ['/overview', '/metrics/visits', '/rankings?metric=visits', '/rankings?view=map', '/communities/cilin', '/present?slide=2'];
const cases = fc.sample(fc.tuple(fc.constantFrom(...PAGES), fc.integer({ min: 0, max: 400 }), fc.constantFrom(...WEIRD, undefined), fc.constantFrom('series', 'targets', 'communities', 'metrics', 'meta')), { numRuns: 36, seed: 42 });

describe('pages against fuzzed payloads', () => {
  it.each(cases)('%s with %s-th field of /%s… replaced: no broken text on screen', async (page, pick, weird, endpoint) => {
    server.use(
      http.get(`*/api/${endpoint}`, async ({ request }) => {
        const response = await getResponse(real, request);
        if (!response || !response.ok) return response;
        return HttpResponse.json(mutate(await response.json(), pick, weird) as never);
      }),
    );
    renderApp(`${page}${page.includes('?') ? '&' : '?'}from=2021-01&to=2021-06`);
    // Settled: every panel has its figures, its empty state or its error.
    await waitFor(() => expect(document.querySelectorAll('.skeleton, [aria-busy="true"]')).toHaveLength(0));
    await waitFor(() => expect(document.body.textContent?.length ?? 0).toBeGreaterThan(20));
    expect(document.body.textContent).not.toMatch(FORBIDDEN);
  });
});
