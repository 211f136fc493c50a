import type { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { doc, p, section } from './builders.js';
import { classify } from './classify.js';
import { RULE_IDS } from './rule_ids.js';
import {
  DEFAULT_RULEBOOK_ID,
  RulebookError,
  listRulebooks,
  loadRulebook,
  type Rulebook,
} from './rulebook.js';

function ned(): Rulebook {
  return loadRulebook(DEFAULT_RULEBOOK_ID);
}

describe('loadRulebook', () => {
  it('finds the built-in North East Derbyshire rulebook by id', () => {
    const rulebook = ned();
    expect(rulebook.id).toBe('north-east-derbyshire');
    expect(Object.keys(rulebook.rules).sort()).toEqual([...RULE_IDS].sort());
    expect(listRulebooks().map((book) => book.id)).toContain('north-east-derbyshire');
  });

  it('gives each North East Derbyshire rule the clause and verdict of the spec', () => {
    const rules = ned().rules;
    expect(rules['exclude-option']).toMatchObject({ clause: '7.6(1)', verdict: 'forbidden' });
    expect(rules['typo-fix']).toMatchObject({ clause: '7.5(4)', verdict: 'permitted' });
    expect(rules['check-estimate']).toMatchObject({ clause: '7.5(5)', verdict: 'review' });
    expect(rules['statutory-report']).toMatchObject({ clause: '7.7', verdict: 'forbidden' });
  });

  it('accepts JSON text and objects, and marks rules a protocol does not cover', () => {
    const json = structuredClone(ned()) as Record<string, any>;
    json['id'] = 'test-council';
    json['rules']['check-estimate'] = { unsupported: true, note: 'The protocol is silent.' };
    expect(loadRulebook(JSON.stringify(json)).rules['check-estimate']).toEqual({
      unsupported: true,
      note: 'The protocol is silent.',
    });
    expect(loadRulebook(json).id).toBe('test-council');
  });

  it('names an unknown id and lists the known ones', () => {
    expect(() => loadRulebook('atlantis')).toThrow(
      /unknown rulebook "atlantis"; known: .*north-east-derbyshire/,
    );
  });

  it('reports where a rulebook is wrong', () => {
    const json = structuredClone(ned()) as Record<string, any>;
    delete json['rules']['typo-fix'];
    json['rules']['add-option'].verdict = 'maybe';
    json['rules']['made-up'] = json['rules']['amend-text'];
    let error: unknown;
    try {
      loadRulebook(json);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RulebookError);
    const paths = (error as RulebookError).issues.map((issue) => issue.path);
    expect(paths).toEqual(
      expect.arrayContaining(['rules.typo-fix', 'rules.add-option.verdict', 'rules']),
    );
  });

  it('refuses text that is not JSON, with the parser’s message', () => {
    expect(() => loadRulebook('{ not json')).toThrow(RulebookError);
  });
});

describe('delete-text in the rulebooks', () => {
  const body = (...texts: string[]) =>
    doc(section('background', ...texts.map((text, i) => p({ id: `p${i}` }, text))));
  const kept = 'Visits fell by a fifth over the last three years.';
  const base = body(kept, 'Downloads of e-books doubled in the same period, led by audiobooks.');
  const deleted = body(kept);
  const reworded = body(kept, 'E-book downloads rose twofold over that time, mostly audiobooks.');
  const verdicts = (proposed: Node, rulebook: Rulebook) =>
    classify(base, proposed, { rulebook }).findings.map(
      (finding) => `${finding.verdict} ${finding.clause} ${finding.rule}`,
    );

  it('is mapped in every shipped rulebook, permitted under 7.5(2) for North East Derbyshire', () => {
    for (const rulebook of listRulebooks()) expect(rulebook.rules['delete-text']).toBeDefined();
    expect(ned().rules['delete-text']).toMatchObject({ clause: '7.5(2)', verdict: 'permitted' });
  });

  it('asks the author under Hounslow 2.7, which forbids requiring officers to withhold information', () => {
    const hounslow = loadRulebook('hounslow');
    expect(verdicts(deleted, hounslow)).toEqual(['review 2.7 delete-text']);
    expect(verdicts(reworded, hounslow)).toEqual(['permitted 6.2 amend-text']);
  });

  it('set to review in a council’s own rulebook, changes the verdict on deletions only', () => {
    const json = structuredClone(ned()) as Record<string, any>;
    json['id'] = 'strict-council';
    json['rules']['delete-text'] = {
      clause: '9.1',
      verdict: 'review',
      wording: 'clause 9.1 has the author confirm that no information is withheld',
      attestation: 'Nothing the decision-maker needs is withheld',
    };
    const strict = loadRulebook(JSON.stringify(json));
    expect(verdicts(deleted, ned())).toEqual(['permitted 7.5(2) delete-text']);
    expect(verdicts(deleted, strict)).toEqual(['review 9.1 delete-text']);
    expect(verdicts(reworded, strict)).toEqual(verdicts(reworded, ned()));
    expect(verdicts(reworded, strict)).toEqual(['permitted 7.5(2) amend-text']);
  });
});
