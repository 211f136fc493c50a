import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChanges } from './apply_changes.js';
import { classify } from './classify.js';
import { doc, opinion, p, section } from './builders.js';
import { parseReport } from './parse_report.js';
import { toPlainText } from './plain_text.js';
import { readCorpus } from '../test/corpus.js';
import { draftOf, edit, edited, reportSpec, toDoc } from '../test/arbitrary_report.js';

const ids = (base: unknown, proposed: unknown) =>
  classify(base, proposed).findings.map((finding) => finding.id);

describe('applyChanges', () => {
  it('gives the proposal when every finding is accepted and the base when none is, on every corpus case', () => {
    for (const item of readCorpus()) {
      const base = parseReport(item.base);
      const proposed = parseReport(item.proposed);
      expect(applyChanges(base, proposed, ids(base, proposed)).eq(proposed), item.name).toBe(true);
      expect(applyChanges(base, proposed, []).eq(base), item.name).toBe(true);
    }
  });

  it('applies a typing fix without the softening beside it in the same opinion', () => {
    const base = doc(
      section(
        'reasons',
        opinion({ id: 'op' }, 'The scheme is efficent. Closure is likely to be unlawful.'),
      ),
    );
    const proposed = doc(
      section(
        'reasons',
        opinion({ id: 'op' }, 'The scheme is efficient. Closure may possibly be unlawful.'),
      ),
    );
    const { findings } = classify(base, proposed);
    expect(findings.map((finding) => [finding.rule, finding.verdict])).toEqual([
      ['typo-fix', 'permitted'],
      ['alter-opinion', 'forbidden'],
    ]);
    const result = applyChanges(base, proposed, [findings[0]!.id]);
    expect(toPlainText(result)).toContain(
      'The scheme is efficient. Closure is likely to be unlawful.',
    );
  });

  it('keeps a deleted block when its deletion is rejected and drops an accepted insertion', () => {
    const base = doc(section('background', p({ id: 'a' }, 'First.'), p({ id: 'b' }, 'Second.')));
    const proposed = doc(
      section('background', p({ id: 'a' }, 'First.'), p({ id: 'c' }, 'Third one.')),
    );
    const findings = classify(base, proposed).findings;
    const insert = findings.find((finding) => finding.change.kind === 'insert')!;
    const result = applyChanges(base, proposed, [insert.id]);
    expect(toPlainText(result)).toBe('Background\nFirst.\nSecond.\nThird one.');
  });

  it('gives back exactly the proposal or the base for generated edits, and a valid body for any choice', () => {
    fc.assert(
      fc.property(
        reportSpec,
        fc.array(edit, { minLength: 1, maxLength: 5 }),
        fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
        (spec, edits, choices) => {
          const draft = draftOf(spec);
          const base = toDoc(draft);
          const proposed = toDoc(edited(draft, edits));
          const { findings } = classify(base, proposed);
          expect(
            applyChanges(
              base,
              proposed,
              findings.map((f) => f.id),
            ).eq(proposed),
          ).toBe(true);
          expect(applyChanges(base, proposed, []).eq(base)).toBe(true);
          const some = findings.filter((_, i) => choices[i % choices.length]).map((f) => f.id);
          const result = applyChanges(base, proposed, some);
          expect(() => parseReport(result.toJSON())).not.toThrow();
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);
});
