import { describe, expect, it } from 'vitest';
import { RecentMap } from './recent_map.js';

describe('RecentMap', () => {
  it('forgets the least recently used entry when it is full', () => {
    const map = new RecentMap<string, number>(2);
    map.set('a', 1);
    map.set('b', 2);
    expect(map.get('a')).toBe(1); // 'a' is now younger than 'b'
    map.set('c', 3);
    expect(map.get('b')).toBeUndefined();
    expect(map.get('a')).toBe(1);
    expect(map.get('c')).toBe(3);
    expect(map.size).toBe(2);
  });

  it('replaces the value of a key it already holds without growing', () => {
    const map = new RecentMap<string, number>(2);
    map.set('a', 1);
    map.set('a', 2);
    expect(map.get('a')).toBe(2);
    expect(map.size).toBe(1);
  });

  it('refuses a capacity that is not a positive integer', () => {
    expect(() => new RecentMap(0)).toThrow(/positive integer, not 0/);
    expect(() => new RecentMap(1.5)).toThrow(RangeError);
  });
});
