import { describe, expect, it } from 'vitest';
import { oncePer } from '../../src/domain/once-per';

describe('figures derived once per piece of data', () => {
  it('computes once per object, and again for another object', () => {
    let calls = 0;
    const total = oncePer((rows: number[]) => {
      calls++;
      return rows.reduce((a, b) => a + b, 0);
    });
    const rows = [1, 2, 3];
    expect(total(rows)).toBe(6);
    expect(total(rows)).toBe(6);
    expect(calls).toBe(1);
    expect(total([1, 2, 3])).toBe(6);
    expect(calls).toBe(2);
  });
  it('remembers a null or undefined result too', () => {
    let calls = 0;
    const nothing = oncePer((_: object) => {
      calls++;
      return null;
    });
    const key = {};
    nothing(key);
    expect(nothing(key)).toBeNull();
    expect(calls).toBe(1);
  });
});
