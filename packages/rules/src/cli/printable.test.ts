import { describe, expect, it } from 'vitest';
import { printable } from './printable.js';

describe('printable', () => {
  it('shows terminal escape sequences instead of sending them', () => {
    expect(printable('Option\u001b[2J 3')).toBe('Option\\u001b[2J 3');
    expect(printable('a\u009b31mb\u007f')).toBe('a\\u009b31mb\\u007f');
  });

  it('turns line breaks and tabs into spaces and leaves other text alone', () => {
    expect(printable('one\ntwo\tthree\r\n£4.2m – “quoted”')).toBe(
      'one two three  £4.2m – “quoted”',
    );
  });
});
