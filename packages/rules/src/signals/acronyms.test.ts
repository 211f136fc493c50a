import { describe, expect, it } from 'vitest';
import { restatedWords } from './acronyms.js';
import { wordsOf } from './words.js';

// The words only one version has, as the substance comparison sees them.
function restated(base: string, proposed: string): string[] {
  const baseWords = wordsOf(base);
  const proposedWords = wordsOf(proposed);
  const removed = baseWords.filter((w) => !proposedWords.some((o) => o.lower === w.lower));
  const added = proposedWords.filter((w) => !baseWords.some((o) => o.lower === w.lower));
  return [...restatedWords(removed, added, baseWords, proposedWords)].map((word) => word.text);
}

describe('restatedWords', () => {
  it('sees an acronym added beside its spelled-out form', () => {
    expect(
      restated(
        'It follows the Medium Term Financial Strategy.',
        'It follows the Medium Term Financial Strategy (MTFS).',
      ),
    ).toEqual(['MTFS']);
  });

  it('sees an acronym spelled out, and spelled-out words shortened to the acronym', () => {
    expect(restated('The CFO agrees.', 'The Chief Finance Officer agrees.').sort()).toEqual(
      ['CFO', 'Chief', 'Finance', 'Officer'].sort(),
    );
    expect(restated('The Chief Finance Officer agrees.', 'The CFO agrees.').sort()).toEqual(
      ['CFO', 'Chief', 'Finance', 'Officer'].sort(),
    );
  });

  it('leaves new words that spell no acronym of either version', () => {
    expect(restated('The CFO agrees.', 'The CFO and the Monitoring Officer agree.')).toEqual([]);
    expect(restated('Costs rise.', 'Costs rise (see VAT).')).toEqual([]);
  });
});
