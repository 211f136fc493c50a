import { describe, expect, it } from 'vitest';
import { br, li, option, p, table, td, tr, ul } from './builders.js';
import { toPlainText } from './plain_text.js';

describe('toPlainText', () => {
  it('returns the text of a paragraph with hard breaks as line breaks', () => {
    expect(toPlainText(p('First line', br(), 'second line'))).toBe('First line\nsecond line');
  });

  it('puts one line break between the blocks of a container', () => {
    expect(toPlainText(option('Close on Mondays.', 'Saves £40,000.'))).toBe(
      'Close on Mondays.\nSaves £40,000.',
    );
    expect(toPlainText(ul(li('one'), li('two')))).toBe('one\ntwo');
    expect(toPlainText(table(tr(td('Cost'), td('£1m'))))).toBe('Cost\n£1m');
  });
});
