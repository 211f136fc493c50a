/**
 * Each judge rule through the whole pipeline, on bodies built with the builders: the rule id a
 * change gets is what these assert (verdicts and clauses come from the rulebook, tested apart).
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../classify.js';
import {
  consultation,
  doc,
  opinion,
  option,
  p,
  recommendation,
  section,
  statement,
} from '../builders.js';
import type { Node } from 'prosemirror-model';

const rules = (base: Node, proposed: Node) =>
  classify(base, proposed).findings.map((finding) => finding.rule);

const options = (...children: Node[]) =>
  doc(section('options', ...children), section('background', p({ id: 'bg' }, 'Background.')));

describe('judge rules', () => {
  describe('option', () => {
    const o2 = (text: string, attrs: Record<string, unknown> = {}) =>
      option({ id: 'o2', label: 'Option 2', ...attrs }, text);
    const long =
      'Close the three branches with the lowest footfall and keep the rest at current hours, saving £340,000 a year.';

    it('exclude-option: most of an option’s text deleted', () => {
      expect(rules(options(o2(long)), options(o2('Close three branches.')))).toEqual([
        'exclude-option',
      ]);
    });

    it('amend-option: expanded, re-worded or re-labelled', () => {
      expect(rules(options(o2(long)), options(o2(`${long} Mobile visits continue.`)))).toEqual([
        'amend-option',
      ]);
      expect(rules(options(o2(long)), options(o2(long, { label: 'Option B' })))).toEqual([
        'amend-option',
      ]);
    });

    it('exclude-option: moved out of the options section', () => {
      const base = doc(
        section('options', o2(long)),
        section('background', p({ id: 'bg' }, 'Background.')),
      );
      const proposed = doc(
        section('options'),
        section('background', p({ id: 'bg' }, 'Background.'), o2(long)),
      );
      expect(rules(base, proposed)).toEqual(['exclude-option']);
    });

    it('both a flag change and a gutting are judged, the more severe kept', () => {
      const proposed = options(o2('Close three branches.', { recommended: true }));
      expect(rules(options(o2(long)), proposed)).toEqual(['exclude-option']);
    });

    it('retag-option: an option re-typed as a consultation response', () => {
      const proposed = options(consultation({ id: 'o2' }, long));
      expect(rules(options(o2(long)), proposed)).toEqual(['retag-option']);
    });
  });

  describe('opinion', () => {
    const body = (...children: Node[]) => doc(section('reasons', ...children));
    const text =
      'In my professional opinion Option 2 offers the best balance of savings and access.';

    it('retag-opinion: unwrapped into a plain paragraph, or re-attributed', () => {
      expect(
        rules(body(opinion({ id: 'op' }, p({ id: 'op-p' }, text))), body(p({ id: 'op-p' }, text))),
      ).toEqual(['retag-opinion']);
      expect(
        rules(
          body(opinion({ id: 'op' }, text)),
          body(opinion({ id: 'op', officer: 'other' }, text)),
        ),
      ).toEqual(['retag-opinion']);
    });

    it('alter-opinion: a qualification added', () => {
      expect(
        rules(
          body(opinion({ id: 'op' }, text)),
          body(opinion({ id: 'op' }, text.replace('access', 'rural access'))),
        ),
      ).toEqual(['alter-opinion']);
    });

    it('move-protected: an opinion moved to another section unchanged', () => {
      const base = doc(
        section('reasons', opinion({ id: 'op' }, text)),
        section('risk', p({ id: 'r' }, 'Risks.')),
      );
      const proposed = doc(
        section('reasons'),
        section('risk', p({ id: 'r' }, 'Risks.'), opinion({ id: 'op' }, text)),
      );
      expect(rules(base, proposed)).toEqual(['move-protected']);
    });

    it('tag-protected: new text marked as an officer’s opinion', () => {
      expect(
        rules(
          body(p({ id: 'x' }, 'Plain.')),
          body(p({ id: 'x' }, 'Plain.'), opinion({ id: 'op' }, text)),
        ),
      ).toEqual(['tag-protected']);
    });
  });

  describe('statement and recommendation', () => {
    it('exclude-statement: deleted; retag-statement: re-kinded', () => {
      const s = (kind: string) => statement({ id: 's', kind }, 'This is a key decision.');
      expect(
        rules(doc(section('key_decision', s('key_decision'))), doc(section('key_decision'))),
      ).toEqual(['exclude-statement']);
      expect(
        rules(
          doc(section('key_decision', s('key_decision'))),
          doc(section('key_decision', s('fairness'))),
        ),
      ).toEqual(['retag-statement']);
    });

    it('retag-recommendation: unwrapped into a plain paragraph (for the author, like a deletion)', () => {
      const base = doc(
        section(
          'recommendations',
          recommendation({ id: 'r' }, p({ id: 'r-p' }, 'That Cabinet agrees.')),
        ),
      );
      const proposed = doc(section('recommendations', p({ id: 'r-p' }, 'That Cabinet agrees.')));
      const [finding] = classify(base, proposed).findings;
      expect([finding?.rule, finding?.verdict, finding?.clause]).toEqual([
        'retag-recommendation',
        'review',
        '7.6(3)',
      ]);
    });

    it('amend-recommendation: a recommendation deleted', () => {
      const r = recommendation({ id: 'r' }, 'That Cabinet approves Option 2.');
      expect(rules(doc(section('recommendations', r)), doc(section('recommendations')))).toEqual([
        'amend-recommendation',
      ]);
    });
  });

  describe('text', () => {
    const body = (...children: Node[]) => doc(section('background', ...children));

    it('typo-fix: a duplicated paragraph deleted', () => {
      const base = body(p({ id: 'a' }, 'Visits fell.'), p({ id: 'b' }, 'Visits fell.'));
      expect(rules(base, body(p({ id: 'a' }, 'Visits fell.')))).toEqual(['typo-fix']);
    });

    it('amend-text: re-ordering within a section, and formatting only', () => {
      const a = p({ id: 'a' }, 'First.');
      const b = p({ id: 'b' }, 'Second.');
      expect(rules(body(a, b), body(b, a))).toEqual(['amend-text']);
    });

    it('delete-text: a paragraph deleted, or most of its text', () => {
      const a = p({ id: 'a' }, 'Visits fell by a fifth over the last three years.');
      const b = p({ id: 'b' }, 'Downloads of e-books doubled in the same period.');
      expect(rules(body(a, b), body(a))).toEqual(['delete-text']);
      expect(rules(body(a, b), body(a, p({ id: 'b' }, 'Downloads doubled.')))).toEqual([
        'delete-text',
      ]);
    });

    it('amend-text, not delete-text: re-wording, a clause dropped, an empty paragraph removed', () => {
      const a = p({ id: 'a' }, 'Visits fell by a fifth over the last three years.');
      const b = (text: string) => p({ id: 'b' }, text);
      const base = body(
        a,
        b('Downloads of e-books doubled in the same period, led by audiobooks.'),
      );
      expect(
        rules(base, body(a, b('E-book downloads rose twofold over that time, mostly audiobooks.'))),
      ).toEqual(['amend-text']);
      expect(rules(base, body(a, b('Downloads of e-books doubled in the same period.')))).toEqual([
        'amend-text',
      ]);
      expect(rules(body(a, p({ id: 'e' })), body(a))).toEqual(['amend-text']);
    });

    it('delete-text: a whole sentence taken out with nothing in its place', () => {
      const kept = 'Visits fell by a fifth over the last three years.';
      const base = body(
        p({ id: 'a' }, `${kept} Closing play areas would hit households without gardens hardest.`),
      );
      expect(rules(base, body(p({ id: 'a' }, kept)))).toEqual(['delete-text']);
      expect(
        rules(base, body(p({ id: 'a' }, `${kept} Closures would hit flats hardest.`))),
      ).toEqual(['amend-text']);
    });

    it('tag-protected: a new paragraph written in an officer’s voice', () => {
      const base = body(p({ id: 'a' }, 'Visits fell.'));
      const proposed = body(
        p({ id: 'a' }, 'Visits fell.'),
        p({ id: 'b' }, 'In my professional opinion the scheme is sound.'),
      );
      expect(rules(base, proposed)).toEqual(['tag-protected']);
      expect(
        rules(base, body(p({ id: 'a' }, 'Visits fell.'), p({ id: 'b' }, 'Downloads rose.'))),
      ).toEqual(['amend-text']);
    });

    it('correct-fact: a name corrected', () => {
      expect(
        rules(
          body(p({ id: 'a' }, 'Led by Jane Smith.')),
          body(p({ id: 'a' }, 'Led by Jane Smyth.')),
        ),
      ).toEqual(['correct-fact']);
    });

    it('reads-as-consultation: a quoted response re-worded', () => {
      const quote = (text: string) => body(p({ id: 'q' }, `One resident said: "${text}"`));
      expect(
        rules(quote('Closing it would cut us off from town.'), quote('Closing it is a shame.')),
      ).toEqual(['reads-as-consultation']);
    });
  });
});
