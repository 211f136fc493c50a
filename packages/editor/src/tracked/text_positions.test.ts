import { describe, expect, it } from 'vitest';
import { builders, toPlainText } from '@probity/rules';
import { TextPositions } from './text_positions.js';

const { option, p, br } = builders;

describe('TextPositions', () => {
  it('maps plain-text offsets of a block to document positions across paragraphs and breaks', () => {
    const block = option({ id: 'o' }, p({ id: 'a' }, 'Ab', br(), 'c'), p({ id: 'b' }, 'De'));
    const text = toPlainText(block);
    expect(text).toBe('Ab\nc\nDe');
    const at = TextPositions.of(block, 10);
    // option opens at 10, the first paragraph's content starts at 12.
    expect(at.posAt(0)).toBe(12);
    expect(at.posAt(3)).toBe(15);
    expect(at.posAt(5)).toBe(18);
    expect(at.length).toBe(text.length);
    for (let offset = 0; offset < text.length; offset++) {
      if (text[offset] === '\n' && offset === 4) continue;
      // textBetween counts from the start of the option's content, one past its opening.
      const pos = at.posAt(offset) - 11;
      const char = block.textBetween(pos, pos + 1, '\n', '\n');
      expect(char, `offset ${offset}`).toBe(text[offset]);
    }
  });

  it('splits a range that crosses paragraphs into one range per paragraph', () => {
    const block = option({ id: 'o' }, p({ id: 'a' }, 'Abc'), p({ id: 'b' }, 'Def'));
    expect(TextPositions.of(block, 0).rangesBetween(1, 6)).toEqual([
      [3, 5],
      [7, 9],
    ]);
  });
});
