import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULE_IDS, listRulebooks, loadRulebook, type Rulebook } from '../index.js';
import { SHARED_DIR } from '../../test/corpus.js';
import { namesFile, resolveRulebook } from './resolve_rulebook.js';
import { InputError } from './input_error.js';

const RULEBOOKS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'rulebooks');
const files = readdirSync(RULEBOOKS_DIR).filter((name) => name.endsWith('.json'));
const shipped = files.map((file) => ({
  file,
  json: JSON.parse(readFileSync(join(RULEBOOKS_DIR, file), 'utf8')) as Record<string, any>,
}));

function failure(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('shipped rulebooks', () => {
  it('include one for every protocol in shared/protocols', () => {
    const protocols = readdirSync(join(SHARED_DIR, 'protocols'));
    expect(shipped.map(({ json }) => json['protocol']['source']).sort()).toEqual(protocols.sort());
  });

  describe.each(shipped)('$file', ({ file, json }) => {
    const rulebook: Rulebook = loadRulebook(json);
    const protocol = readFileSync(join(SHARED_DIR, 'protocols', rulebook.protocol.source), 'utf8');

    it('loads through loadRulebook, named after its id, with every rule', () => {
      expect(file).toBe(`${rulebook.id}.json`);
      expect(Object.keys(rulebook.rules).sort()).toEqual([...RULE_IDS].sort());
    });

    it('cites only clauses its protocol has, and names the clause in the wording', () => {
      for (const [rule, entry] of Object.entries(rulebook.rules)) {
        if ('unsupported' in entry) continue;
        const number = entry.clause.replace(/\(.*$/, '').replace(/\./g, '\\.');
        expect(protocol, `${rule} cites ${entry.clause}`).toMatch(
          new RegExp(`(^|\\n)[\\s-]*${number}\\.?\\s`),
        );
        expect(entry.wording, rule).toContain(`clause ${entry.clause}`);
      }
    });

    it('asks the author to attest every review rule', () => {
      for (const [rule, entry] of Object.entries(rulebook.rules)) {
        if (!('unsupported' in entry) && entry.verdict === 'review') {
          expect(entry.attestation, rule).toBeTruthy();
        }
      }
    });
  });

  it('are all built in, and --rulebook finds each by id', () => {
    expect(
      listRulebooks()
        .map((book) => book.id)
        .sort(),
    ).toEqual(shipped.map(({ json }) => json['id'] as string).sort());
    for (const { json } of shipped) {
      expect(resolveRulebook('/', json['id'] as string).id).toBe(json['id']);
    }
  });
});

describe('resolveRulebook', () => {
  it("loads a council's own rulebook file, relative to the user's directory", () => {
    const dir = mkdtempSync(join(tmpdir(), 'probity-rulebook-'));
    const own: Record<string, any> = {
      ...shipped[0]!.json,
      id: 'our-council',
      council: 'Our Council',
    };
    own['rules'] = { ...own['rules'], 'check-estimate': { unsupported: true, note: 'Silent.' } };
    writeFileSync(join(dir, 'ours.json'), JSON.stringify(own));
    const rulebook = resolveRulebook(dir, 'ours.json');
    expect(rulebook.id).toBe('our-council');
    expect(rulebook.rules['check-estimate']).toEqual({ unsupported: true, note: 'Silent.' });
  });

  it('lists where a rulebook file is wrong', () => {
    const dir = mkdtempSync(join(tmpdir(), 'probity-rulebook-'));
    const broken = structuredClone(shipped[0]!.json);
    delete broken['rules']['typo-fix'];
    broken['rules']['add-option'].verdict = 'maybe';
    writeFileSync(join(dir, 'broken.json'), JSON.stringify(broken));
    const error = failure(() => resolveRulebook(dir, './broken.json'));
    expect(error.message).toMatch(/^\.\/broken\.json: not a valid rulebook \(2 problems\)$/);
    expect(error.details).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^rules\.typo-fix: /),
        expect.stringMatching(/^rules\.add-option\.verdict: /),
      ]),
    );
  });

  it('names an unknown id and the ids it knows', () => {
    const error = failure(() => resolveRulebook('/', 'atlantis'));
    expect(error.message).toMatch(/^--rulebook: unknown rulebook "atlantis"; known: .*hounslow/);
  });

  it('tells a file from an id by its extension or a path separator', () => {
    expect(namesFile('hounslow')).toBe(false);
    expect(namesFile('ours.json')).toBe(true);
    expect(namesFile('books/ours')).toBe(true);
  });
});
