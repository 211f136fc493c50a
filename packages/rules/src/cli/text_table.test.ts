import { describe, expect, it } from 'vitest';
import { renderTable, wrap } from './text_table.js';

describe('renderTable', () => {
  it('pads every column but the last to its widest cell', () => {
    const text = renderTable(
      ['A', 'LONGER', 'NOTE'],
      [
        ['xyz', 'b', 'one'],
        ['q', 'cc', 'two'],
      ],
    );
    expect(text.split('\n')).toEqual([
      'A    LONGER  NOTE',
      'xyz  b       one',
      'q    cc      two',
      '',
    ]);
  });

  it('wraps the last column under itself when the table is wider than asked', () => {
    const reason = 'clause 7.6(1) does not allow a member to ask for an option to be excluded';
    const lines = renderTable(['V', 'REASON'], [['forbidden', reason]], 50)
      .trimEnd()
      .split('\n');
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.every((line) => line.length <= 50)).toBe(true);
    expect(lines.slice(2).every((line) => line.startsWith(' '.repeat('forbidden  '.length)))).toBe(
      true,
    );
    expect(
      lines
        .slice(1)
        .map((line) => line.slice(11))
        .join(' '),
    ).toBe(reason);
  });

  it('hangs the last cell below its row when the other columns leave too little room', () => {
    const lines = renderTable(['V', 'R'], [['x'.repeat(40), 'a b c d e f g h']], 45).split('\n');
    expect(lines).toEqual([
      'V                                         R',
      'x'.repeat(40),
      '    a b c d e f g h',
      '',
    ]);
  });
});

describe('wrap', () => {
  it('keeps a word longer than the width whole on its own line', () => {
    expect(wrap('a supercalifragilistic b', 5)).toEqual(['a', 'supercalifragilistic', 'b']);
  });
});
