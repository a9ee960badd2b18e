import { QueryClient, QueryObserver, queryOptions } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { bundleOptions, CombinedError } from '../../src/lib/api/bundle';

function part(name: string, calls: Record<string, number>, fail: () => boolean) {
  return queryOptions({
    queryKey: ['part', name],
    queryFn: async () => {
      calls[name] = (calls[name] ?? 0) + 1;
      if (fail()) throw new Error(`${name} 失败`);
      return { name };
    },
    staleTime: 60_000,
  });
}

describe('a bundle of queries', () => {
  it('returns every part’s data with the input it was asked for', async () => {
    const client = new QueryClient();
    const calls: Record<string, number> = {};
    const data = await client.fetchQuery(bundleOptions('test', { period: '2021' }, { a: part('a', calls, () => false), b: part('b', calls, () => false), c: null }));
    expect(data).toEqual({ input: { period: '2021' }, a: { name: 'a' }, b: { name: 'b' }, c: null });
    // The parts are cached under their own keys, for other panels and pages to share.
    expect(client.getQueryData(['part', 'a'])).toEqual({ name: 'a' });
  });

  it('asks again only for the part that failed', async () => {
    const client = new QueryClient();
    const calls: Record<string, number> = {};
    let bFails = true;
    const options = bundleOptions('test', { period: '2021' }, { a: part('a', calls, () => false), b: part('b', calls, () => bFails) });
    await expect(client.fetchQuery(options)).rejects.toThrow('b 失败');
    expect(calls).toEqual({ a: 1, b: 1 });
    bFails = false;
    const data = await client.fetchQuery(options);
    expect(data.b).toEqual({ name: 'b' });
    expect(calls).toEqual({ a: 1, b: 2 });
  });

  it('names every part that failed', async () => {
    const client = new QueryClient();
    const calls: Record<string, number> = {};
    const options = bundleOptions('test', {}, { a: part('a', calls, () => true), b: part('b', calls, () => true) });
    const error = await client.fetchQuery(options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CombinedError);
    expect((error as Error).message).toBe('a 失败；b 失败');
  });

  it('keeps the previous input’s figures while a new input loads, then swaps them all at once', async () => {
    const client = new QueryClient();
    const calls: Record<string, number> = {};
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = (name: string) =>
      queryOptions({
        queryKey: ['slow', name],
        queryFn: async () => {
          await gate;
          return { name };
        },
      });
    const observer = new QueryObserver(client, bundleOptions('test', { period: 'A' }, { a: part('a', calls, () => false) }));
    const results: Array<{ input: unknown; placeholder: boolean }> = [];
    const unsubscribe = observer.subscribe((r) => r.data && results.push({ input: r.data.input, placeholder: r.isPlaceholderData }));
    await expect.poll(() => results.at(-1)?.input).toEqual({ period: 'A' });
    // A new input (the period changed): the old figures stay, marked as placeholder, until all parts of the new one are in.
    observer.setOptions(bundleOptions('test', { period: 'B' }, { a: slow('a'), b: slow('b') }) as never);
    await expect.poll(() => results.at(-1)).toEqual({ input: { period: 'A' }, placeholder: true });
    release();
    await expect.poll(() => results.at(-1)).toEqual({ input: { period: 'B' }, placeholder: false });
    unsubscribe();
  });
});
