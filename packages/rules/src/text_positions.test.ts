import { describe, expect, it } from 'vitest';
import { br, consultation, p, ul, li } from './builders.js';
import { toPlainText } from './plain_text.js';
import { textPositions } from './text_positions.js';

describe('textPositions', () => {
  it('maps every plain-text offset to the position of the same character', () => {
    const node = consultation(
      { id: 'c' },
      p({ id: 'a' }, 'One ', br(), 'two'),
      ul({ id: 'l' }, li({ id: 'i' }, 'three 😀')),
    );
    const text = toPlainText(node);
    const at = textPositions(node);
    for (let offset = 0; offset < text.length; offset++) {
      if (text[offset] === '\n') continue;
      const pos = at(offset);
      const char = node.textBetween(pos, pos + 1, '\n', () => '\n');
      expect(char, `offset ${offset}`).toBe(text[offset]);
    }
  });
});
