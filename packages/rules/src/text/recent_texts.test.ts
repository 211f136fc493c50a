import { describe, expect, it } from 'vitest';
import { RecentTexts } from './recent_texts.js';

describe('RecentTexts', () => {
  it('gives back what was kept for a text, equal text or the same string', () => {
    const recent = new RecentTexts<number>(3);
    recent.set('the budget', 1);
    expect(recent.get('the budget')).toBe(1);
    expect(recent.get(['the', 'budget'].join(' '))).toBe(1);
    expect(recent.get('the bud')).toBeUndefined();
  });

  it('forgets the oldest text once it holds as many as its size', () => {
    const recent = new RecentTexts<number>(2);
    recent.set('a', 1);
    recent.set('b', 2);
    recent.set('c', 3);
    expect([recent.get('a'), recent.get('b'), recent.get('c')]).toEqual([undefined, 2, 3]);
    recent.set('d', 4);
    expect([recent.get('b'), recent.get('c'), recent.get('d')]).toEqual([undefined, 3, 4]);
  });

  it('gives the latest value for a text kept twice', () => {
    const recent = new RecentTexts<number>(4);
    recent.set('a', 1);
    recent.set('a', 2);
    recent.set('b', 3);
    expect([recent.get('a'), recent.get('b')]).toEqual([2, 3]);
  });
});
