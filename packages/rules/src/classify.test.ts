import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import {
  consultation,
  doc,
  opinion,
  option,
  p,
  recommendation,
  section,
  statement,
  table,
  td,
  tr,
} from './builders.js';
import { parseReport, ReportValidationError } from './parse_report.js';
import { loadRulebook, RulebookError } from './rulebook.js';
import { draftOf, edit, edited, reportSpec, toDoc } from '../test/arbitrary_report.js';

const LEGAL = statement(
  { id: 'mo', kind: 'legality', officer: 'monitoring_officer' },
  'The Monitoring Officer advises that Option 3 would be unlawful.',
);

function one(base: ReturnType<typeof doc>, proposed: ReturnType<typeof doc>, statutory = false) {
  const result = classify(base, proposed, { report: { statutory } });
  return result.findings.map((finding) => `${finding.verdict} ${finding.clause} ${finding.rule}`);
}

describe('classify', () => {
  it('finds nothing between identical bodies', () => {
    const body = doc(section('background', p('Nothing changes here.')));
    expect(classify(body, body)).toEqual({
      verdict: 'permitted',
      rulebook: 'north-east-derbyshire',
      findings: [],
    });
  });

  it('permits a new option and forbids deleting one, naming it', () => {
    const base = doc(
      section('options', option({ id: 'o1', label: 'Option 1' }, 'Keep all branches open.')),
    );
    const added = doc(
      section(
        'options',
        option({ id: 'o1', label: 'Option 1' }, 'Keep all branches open.'),
        option({ id: 'o2', label: 'Option 2' }, 'Open on Saturdays only.'),
      ),
    );
    expect(one(base, added)).toEqual(['permitted 7.5(1) add-option']);
    const deleted = classify(added, base);
    expect(deleted.verdict).toBe('forbidden');
    expect(deleted.findings[0]?.reason).toBe(
      'Deletes Option 2 from the options put to the decision-maker; clause 7.6(1) does not allow a member to ask for an option to be excluded.',
    );
  });

  it('forbids flagging as recommended an option the legality statement calls unlawful', () => {
    const body = (flag: boolean) =>
      doc(
        section(
          'options',
          option({ id: 'o3', label: 'Option 3', recommended: flag }, 'Close three branches.'),
        ),
        section('legal', LEGAL),
      );
    expect(one(body(false), body(true))).toEqual(['forbidden 7.6(3) recommend-unlawful-option']);
    expect(one(body(true), body(false))).toEqual(['review 7.6(3) change-recommended-option']);
  });

  it('forbids re-labelling options so that the flag lands on the course warned against', () => {
    const options = (labels: readonly [string, string], flagged: 'o2' | 'o3') =>
      doc(
        section(
          'options',
          option({ id: 'o2', label: labels[0], recommended: flagged === 'o2' }, 'Open late.'),
          option(
            { id: 'o3', label: labels[1], recommended: flagged === 'o3' },
            'Close three branches.',
          ),
        ),
        section('legal', LEGAL),
      );
    const found = one(
      options(['Option 2', 'Option 3'], 'o2'),
      options(['Option 3', 'Option 2'], 'o3'),
    );
    expect(found).toContain('forbidden 7.6(3) recommend-unlawful-option');
  });

  it('tells re-phrasing an opinion from altering its substance', () => {
    const body = (text: string) => doc(section('reasons', opinion({ id: 'op' }, text)));
    const base = body('Closing the branch is likely to reduce visits by half.');
    expect(one(base, body('Closing the branch will reduce visits by half.'))).toEqual([
      'forbidden 7.6(2) alter-opinion',
    ]);
    expect(one(base, body('Closing the branch is not likely to reduce visits by half.'))).toEqual([
      'forbidden 7.6(2) alter-opinion',
    ]);
    expect(one(base, body('Closing the branch is likely to reduce visits by a third.'))).toEqual([
      'forbidden 7.6(2) alter-opinion',
    ]);
    expect(one(base, body('Closing the branch is likely to cut visits by half.'))).toEqual([
      'review 7.5(2) rephrase-opinion',
    ]);
    expect(one(base, body('Closing the branch is likely to reduce the visits by half.'))).toEqual([
      'permitted 7.5(4) typo-fix',
    ]);
  });

  it('permits a stray line break taken out of a sentence, inside an opinion too', () => {
    const [first, second] = ['Closing the branch will save', '£40,000 a year.'];
    const apart = doc(
      section('reasons', opinion({ id: 'op' }, p({ id: 'a' }, first), p({ id: 'b' }, second))),
    );
    const joined = doc(
      section('reasons', opinion({ id: 'op' }, p({ id: 'a' }, `${first} ${second}`))),
    );
    const [finding] = classify(apart, joined).findings;
    expect(`${finding?.verdict} ${finding?.clause} ${finding?.rule}`).toBe(
      'permitted 7.5(4) typo-fix',
    );
    expect(finding?.reason).toMatch(/^Removes a paragraph break/);
    expect(finding?.evidence).toEqual(['paragraph break removed']);
  });

  it('reads paragraphs joined or split between sentences as layout: 7.5(2), put to the author in an opinion', () => {
    const [first, second] = ['Closing the branch will save £40,000.', 'Visits will fall.'];
    const body = (
      wrap: (...blocks: ReturnType<typeof p>[]) => ReturnType<typeof opinion>,
      joined: boolean,
    ) =>
      doc(
        section(
          'reasons',
          wrap(
            ...(joined
              ? [p({ id: 'a' }, `${first} ${second}`)]
              : [p({ id: 'a' }, first), p({ id: 'b' }, second)]),
          ),
        ),
      );
    const inOpinion = (...blocks: ReturnType<typeof p>[]) => opinion({ id: 'op' }, ...blocks);
    expect(one(body(inOpinion, false), body(inOpinion, true))).toEqual([
      'review 7.5(2) rephrase-opinion',
    ]);
    expect(one(body(inOpinion, true), body(inOpinion, false))).toEqual([
      'review 7.5(2) rephrase-opinion',
    ]);
    const split = classify(
      doc(section('background', p({ id: 'a' }, `${first} ${second}`))),
      doc(section('background', p({ id: 'a' }, first), p({ id: 'b' }, second))),
    ).findings.map((finding) => `${finding.verdict} ${finding.clause} ${finding.rule}`);
    expect(split).toContain('permitted 7.5(2) amend-text');
    expect(split.every((finding) => finding.startsWith('permitted'))).toBe(true);
  });

  it('reads a name put right to the spelling the report uses elsewhere as a typing fix', () => {
    const body = (name: string) =>
      doc(
        section(
          'background',
          p(
            { id: 'a' },
            'The Stonebroom depot lease ends in 2028, and Stonebroom staff will move.',
          ),
        ),
        section(
          'consultation',
          consultation(
            { id: 'c', source: 'Parish Council' },
            `Moving the depot from ${name} is welcome.`,
          ),
        ),
      );
    expect(one(body('Stonebrom'), body('Stonebroom'))).toEqual(['permitted 7.5(4) typo-fix']);
    expect(one(body('Stonebroom'), body('Stonebrom'))).toEqual([
      'forbidden 7.6(5) exclude-consultation',
    ]);
  });

  it('forbids changing a statement or a consultation response beyond a typing fix', () => {
    const body = (text: string, source = 'Parish Council') =>
      doc(
        section(
          'consultation',
          consultation({ id: 'c', source }, text),
          statement({ id: 's', kind: 'fairness' }, 'The duty applies.'),
        ),
      );
    const base = body('We strongly oppose the closure.');
    expect(one(base, body('We oppose the closure.'))).toEqual([
      'forbidden 7.6(5) exclude-consultation',
    ]);
    expect(one(base, body('We strongly opose the closure.'))).toEqual([
      'forbidden 7.6(5) exclude-consultation',
    ]);
    expect(one(body('We strongly opose the closure.'), base)).toEqual([
      'permitted 7.5(4) typo-fix',
    ]);
    expect(one(base, body('We strongly oppose the closure.', 'Its clerk'))).toEqual([
      'forbidden 7.6(5) retag-consultation',
    ]);
  });

  it('sends a recommendation moved out of the recommendations to the author under 7.6(3)', () => {
    const rec = recommendation(
      { id: 'r2' },
      'That Cabinet delegates the timetable to the Director.',
    );
    const first = recommendation({ id: 'r1' }, 'That Cabinet approves Option 2.');
    const reasons = p({ id: 'why' }, 'Option 2 saves most.');
    const base = doc(section('recommendations', first, rec), section('reasons', reasons));
    expect(
      one(base, doc(section('recommendations', first), section('reasons', reasons, rec))),
    ).toEqual(['review 7.6(3) amend-recommendation']);
    expect(
      one(base, doc(section('recommendations', rec, first), section('reasons', reasons))),
    ).toEqual(['permitted 7.5(2) amend-text']);
  });

  it('forbids a recommendation that newly names an amount only the unlawful option has', () => {
    const options = section(
      'options',
      option({ id: 'o2', label: 'Option 2' }, 'Build at Clay Cross by tender, for £3.8m.'),
      option({ id: 'o3', label: 'Option 3' }, 'Award the build to the landowner for £4.35m.'),
    );
    const body = (text: string) =>
      doc(
        section('recommendations', recommendation({ id: 'r' }, text)),
        options,
        section('legal', LEGAL),
      );
    const base = body('That Cabinet approves the new depot.');
    expect(
      one(base, body('That Cabinet approves the new depot at a fixed price of £4.35m.')),
    ).toEqual(['forbidden 7.6(3) adopt-unlawful-recommendation']);
    expect(one(base, body('That Cabinet approves the new depot at a cost of £3.8m.'))).toEqual([
      'review 7.6(3) amend-recommendation',
    ]);
  });

  it('sends changed recommendations to the author and forbids adopting an unlawful option', () => {
    const body = (text: string) =>
      doc(section('recommendations', recommendation({ id: 'r' }, text)), section('legal', LEGAL));
    const base = body('That Cabinet approves Option 2.');
    expect(one(base, body('That Cabinet approves Option 1.'))).toEqual([
      'review 7.6(3) amend-recommendation',
    ]);
    expect(one(base, body('That Cabinet approves Option 3.'))).toEqual([
      'forbidden 7.6(3) adopt-unlawful-recommendation',
    ]);
  });

  it('forbids a recommendation that adopts, in words, what the legality statement warns against', () => {
    const legal = statement(
      { id: 'mo', kind: 'legality' },
      'Closing Millfield library without a needs assessment would be unlawful.',
    );
    const body = (text: string) =>
      doc(section('recommendations', recommendation({ id: 'r' }, text)), section('legal', legal));
    const base = body('That Cabinet keeps all branches open.');
    expect(one(base, body('That Cabinet approves closing Millfield library.'))).toEqual([
      'forbidden 7.6(3) adopt-unlawful-recommendation',
    ]);
    expect(one(base, body('That Cabinet keeps all branches open until 2028.'))).toEqual([
      'review 7.6(3) amend-recommendation',
    ]);
  });

  it('takes a direction put right in ordinary text as a fact corrected', () => {
    const body = (where: string) =>
      doc(section('background', p({ id: 'b' }, `The site lies to the ${where} of the village.`)));
    expect(one(body('south'), body('north'))).toEqual(['permitted 7.5(3) correct-fact']);
  });

  it('forbids merging two options into one, and reads one split in two as an option added', () => {
    const three = option({ id: 'o3', label: 'Option 3' }, 'Raise fees by 6% at every centre.');
    const four = option(
      { id: 'o4', label: 'Option 4' },
      'Freeze fees and close the pool on Mondays.',
    );
    const base = doc(section('options', three, four));
    const merged = option(
      { id: 'o3', label: 'Option 3' },
      'Raise fees by 6% at every centre. Freeze fees and close the pool on Mondays.',
    );
    expect(one(base, doc(section('options', merged)))).toEqual(['forbidden 7.6(1) exclude-option']);
    expect(
      one(
        doc(section('options', merged)),
        doc(
          section(
            'options',
            three,
            option({ id: 'o3b', label: 'Option 3A' }, 'Freeze fees and close the pool on Mondays.'),
          ),
        ),
      ),
    ).toEqual(['permitted 7.5(1) add-option']);
  });

  it('forbids cutting most of an option, more than half its words, but not trimming it', () => {
    const actions = ['replace the fleet', 'fit heat pumps', 'fit solar panels', 'plant trees'];
    const body = (items: readonly string[]) =>
      doc(
        section(
          'options',
          option({ id: 'o', label: 'Option 2' }, `The Council would ${items.join(', ')}.`),
        ),
      );
    expect(one(body(actions), body(actions.slice(0, 1)))).toEqual([
      'forbidden 7.6(1) exclude-option',
    ]);
    expect(one(body(actions), body(actions.slice(0, 3)))).toEqual([
      'permitted 7.5(2) amend-option',
    ]);
  });

  it('asks the author to check money in a cost table but permits a corrected count elsewhere', () => {
    const costs = (amount: string) =>
      doc(section('financial', table({ id: 't' }, tr({ id: 'r' }, td({ id: 'c' }, amount)))));
    expect(one(costs('£170,000'), costs('£155,000'))).toEqual(['review 7.5(5) check-estimate']);
    const count = (n: string) =>
      doc(section('background', p({ id: 'b' }, `It serves ${n} stops.`)));
    expect(one(count('38'), count('36'))).toEqual(['permitted 7.5(3) correct-fact']);
  });

  it('gives untagged legal advice to the author under the clause it reads as', () => {
    const body = (text: string) => doc(section('background', p({ id: 'b' }, text)));
    expect(
      one(
        body('Legal Services advise that closing it without consultation would be unlawful.'),
        body('Legal Services advise that consultation might help.'),
      ),
    ).toEqual(['review 7.6(4) reads-as-statement']);
  });

  it('forbids anything beyond a typing fix in a statutory report', () => {
    const body = (text: string) => doc(section('purpose', p({ id: 'b' }, text)));
    expect(one(body('To set the the budget.'), body('To set the budget.'), true)).toEqual([
      'permitted 7.5(4) typo-fix',
    ]);
    expect(one(body('To set the budget.'), body('To agree the budget.'), true)).toEqual([
      'forbidden 7.7 statutory-report',
    ]);
    // A change its own row forbids rests on 7.7 too: the report may not be changed at all.
    const advice = (text: string) =>
      doc(section('legal', statement({ id: 's', kind: 'legality' }, text)));
    expect(
      one(advice('The grant would be unlawful.'), advice('The grant may be unlawful.'), true),
    ).toEqual(['forbidden 7.7 statutory-report']);
  });

  it('treats a rule the rulebook marks unsupported as review under clause none', () => {
    const rulebook = structuredClone(loadRulebook('north-east-derbyshire')) as Record<string, any>;
    rulebook['id'] = 'silent-council';
    rulebook['council'] = 'Silent Council';
    rulebook['rules']['add-option'] = { unsupported: true, note: 'Not covered.' };
    const base = doc(section('options', option({ id: 'o1', label: 'Option 1' }, 'One.')));
    const proposed = doc(
      section(
        'options',
        option({ id: 'o1', label: 'Option 1' }, 'One.'),
        option({ id: 'o2', label: 'Option 2' }, 'Two.'),
      ),
    );
    const result = classify(base, proposed, { rulebook: rulebook as any });
    expect(result.rulebook).toBe('silent-council');
    expect(result.findings[0]).toMatchObject({
      verdict: 'review',
      clause: 'none',
      rule: 'add-option',
    });
    expect(result.findings[0]?.reason).toMatch(/Silent Council protocol does not cover this/);
  });

  it('finds only what changed in a body re-imported with new ids everywhere', () => {
    const base = doc(
      section(
        { id: 's1', kind: 'background' },
        p({ id: 'a' }, 'First.'),
        p({ id: 'b' }, 'Visits rose by 14%.'),
      ),
    );
    const proposed = doc(
      section(
        { id: 'x1', kind: 'background' },
        p({ id: 'x2' }, 'First.'),
        p({ id: 'x3' }, 'Visits rose by 16%.'),
      ),
    );
    const { findings } = classify(base, proposed);
    expect(findings.map((finding) => [finding.rule, finding.change.blockId])).toEqual([
      ['correct-fact', 'x3'],
    ]);
  });

  it('gives the spans of the change in each side’s text', () => {
    const body = (text: string) => doc(section('background', p({ id: 'b' }, text)));
    const [finding] = classify(
      body('Visits rose by 14% 😀 last year.'),
      body('Visits rose by 16% 😀 last year.'),
    ).findings;
    const { before = '', after = '', beforeSpans, afterSpans } = finding!.change;
    expect(beforeSpans.map((span) => before.slice(span.from, span.to))).toEqual(['14']);
    expect(afterSpans.map((span) => after.slice(span.from, span.to))).toEqual(['16']);
  });

  it('names where an invalid body is wrong', () => {
    const valid = doc(section('background', p('Fine.'))).toJSON();
    const broken = {
      type: 'doc',
      content: [{ type: 'section', attrs: { id: 'x', kind: 'nope' } }],
    };
    try {
      classify(valid, broken);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ReportValidationError);
      expect((error as ReportValidationError).issues[0]?.path).toMatch(/^proposed\.content\[0\]/);
    }
    expect(() => classify(valid, valid, { rulebook: 'atlantis' })).toThrow(RulebookError);
  });

  it('never throws on valid bodies, and gives the same answer twice', () => {
    fc.assert(
      fc.property(reportSpec, fc.array(edit, { maxLength: 6 }), (spec, edits) => {
        const draft = draftOf(spec);
        const base = toDoc(draft);
        const proposed = toDoc(edited(draft, edits));
        const first = classify(base.toJSON(), proposed.toJSON());
        expect(classify(base, proposed)).toEqual(first);
        const ids = first.findings.map((finding) => finding.id);
        expect(new Set(ids).size).toBe(ids.length);
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('gives the same answer with what it kept of the base as with fresh nodes', () => {
    fc.assert(
      fc.property(
        reportSpec,
        fc.array(edit, { maxLength: 6 }),
        fc.array(edit, { maxLength: 6 }),
        (spec, earlierEdits, edits) => {
          const draft = draftOf(spec);
          const base = toDoc(draft);
          const proposedJson = toDoc(edited(draft, edits)).toJSON();
          // Nothing kept: fresh nodes for both bodies.
          const cold = classify(parseReport(base.toJSON()), parseReport(proposedJson));
          // As on the server: an earlier proposal against the same base leaves what was worked
          // out of the base kept with its nodes, and this proposal, parsed against the base,
          // shares its unchanged nodes.
          classify(base, parseReport(toDoc(edited(draft, earlierEdits)).toJSON(), { base }));
          const shared = parseReport(proposedJson, { base });
          expect(classify(base, shared)).toEqual(cold);
          expect(classify(base, shared)).toEqual(cold);
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);

  it('reports an unchanged section moved elsewhere once, under its heading', () => {
    const first = section(
      { id: 's1', kind: 'background' },
      p({ id: 'a' }, 'The library opens at nine.'),
    );
    const second = section({ id: 's2', kind: 'reasons' }, p({ id: 'b' }, 'Visits fell.'));
    const { findings } = classify(doc(first, second), doc(second, first));
    expect(findings.map((finding) => finding.change.kind)).toEqual(['move']);
    const before = findings[0]?.change.before;
    expect(['Background', 'Reasons']).toContain(before);
    expect(findings[0]?.change.after).toBe(before);
  });
});
