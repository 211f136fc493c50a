import { describe, expect, it } from 'vitest';
import { doc, section, statement } from '../builders.js';
import { optionRefs, unlawfulOptions } from './unlawful.js';

const legal = (text: string, kind = 'legality') =>
  doc(section('legal', statement({ id: 's', kind }, text)));

describe('unlawfulOptions', () => {
  it('finds the option a legality statement warns against, clause by clause', () => {
    expect([
      ...unlawfulOptions(legal('Options 1, 2 and 4 are lawful, but Option 3 would be unlawful.')),
    ]).toEqual(['3']);
    expect([
      ...unlawfulOptions(
        legal(
          'Option 3, without a needs assessment, would be at significant risk of being found unlawful.',
        ),
      ),
    ]).toEqual(['3']);
    expect([...unlawfulOptions(legal('Option 3 would breach that duty.'))]).toEqual(['3']);
  });

  it('ignores options called lawful, and statements of other kinds', () => {
    expect([...unlawfulOptions(legal('Options 1 and 2 are lawful.'))]).toEqual([]);
    expect([...unlawfulOptions(legal('Option 1 would be unlawful.', 'fairness'))]).toEqual([]);
  });

  it('reads lists of option numbers and letters', () => {
    expect(optionRefs('Options 1, 2 and 4; option B')).toEqual(['1', '2', '4', 'B']);
  });
});
