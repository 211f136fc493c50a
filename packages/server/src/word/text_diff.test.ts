import { describe, expect, it } from 'vitest';
import { diffText, sliceRuns } from './text_diff.js';

describe('diffText', () => {
  it('turns the base into the proposal', () => {
    const diffs = diffText('The saving is £210,000.', 'The saving is £250,000 a year.');
    expect(
      diffs
        .filter(([op]) => op !== 1)
        .map(([, text]) => text)
        .join(''),
    ).toBe('The saving is £210,000.');
    expect(
      diffs
        .filter(([op]) => op !== -1)
        .map(([, text]) => text)
        .join(''),
    ).toBe('The saving is £250,000 a year.');
  });

  it('never cuts a character outside the Basic Multilingual Plane in two', () => {
    for (const [, text] of diffText('Vote 👍 now', 'Vote 👎 now')) {
      expect(text).not.toMatch(
        /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
      );
    }
  });
});

describe('sliceRuns', () => {
  it('cuts formatted runs at offsets, keeping each piece’s formatting', () => {
    const runs = [{ text: 'Keep ' }, { text: 'all', bold: true }, { text: ' open' }];
    expect(sliceRuns(runs, 3, 9)).toEqual([
      { text: 'p ' },
      { text: 'all', bold: true },
      { text: ' ' },
    ]);
  });
});
