import { describe, expect, it } from 'vitest';
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
