import { describe, expect, it } from 'vitest';
import { parseReport, toPlainText } from '../src/index.js';
import { generateReport } from './generate_report.js';
import { proposeChanges } from './propose_changes.js';
import { buildReport, countWords, paragraphsOf, type ReportDraft } from './report_draft.js';

function blocks(draft: ReportDraft) {
  return draft.sections.flatMap((part) => part.blocks);
}

describe('generateReport', () => {
  it('gives the same report for the same seed and another for another seed', () => {
    expect(generateReport({ words: 2000, seed: 7 })).toEqual(
      generateReport({ words: 2000, seed: 7 }),
    );
    expect(generateReport({ words: 2000, seed: 8 })).not.toEqual(
      generateReport({ words: 2000, seed: 7 }),
    );
  });

  it.each([1_000, 10_000, 50_000])(
    'reaches %i words and overshoots by at most one block',
    (words) => {
      const draft = generateReport({ words, seed: 1 });
      const longest = Math.max(
        ...blocks(draft).map((block) =>
          paragraphsOf(block).reduce((n, p) => n + p.text.split(' ').length, 0),
        ),
      );
      expect(countWords(draft)).toBeGreaterThanOrEqual(words);
      expect(countWords(draft)).toBeLessThanOrEqual(words + longest + 10);
    },
  );

  it('builds a valid report body with every kind of block a council report has', () => {
    const body = buildReport(generateReport({ words: 10_000, seed: 3 }));
    expect(() => parseReport(body.toJSON())).not.toThrow();
    const types = new Set<string>();
    body.descendants((node) => {
      types.add(node.type.name);
    });
    for (const type of [
      'option',
      'opinion',
      'statement',
      'consultation',
      'recommendation',
      'table',
      'bullet_list',
    ]) {
      expect(types).toContain(type);
    }
  });
});

describe('proposeChanges', () => {
  const draft = generateReport({ words: 10_000, seed: 5 });
  const total = blocks(draft).length;

  it('changes the given share of blocks, with every kind of edit', () => {
    const pair = proposeChanges(draft, 0.1, 9);
    expect(pair.edits.size).toBe(Math.round(total * 0.1));
    expect(new Set(pair.edits.values())).toEqual(new Set(['typo', 'reword', 'delete', 'insert']));
    expect(proposeChanges(draft, 0.001, 9).edits.size).toBe(1);
  });

  it('leaves every other block as it was, in base and proposal alike', () => {
    const pair = proposeChanges(draft, 0.1, 9);
    const proposed = new Map(blocks(pair.proposed).map((block) => [block.id, block]));
    for (const [index, block] of blocks(pair.base).entries()) {
      const edit = pair.edits.get(block.id);
      if (edit === undefined) {
        expect(block).toEqual(blocks(draft)[index]);
        expect(proposed.get(block.id)).toEqual(block);
      } else if (edit === 'delete') expect(proposed.has(block.id)).toBe(false);
      else if (edit === 'insert') expect(proposed.has(`${block.id}-new`)).toBe(true);
      else expect(proposed.get(block.id)).not.toEqual(block);
    }
  });

  it('builds base and proposal that differ in their text', () => {
    const pair = proposeChanges(draft, 0.01, 2);
    expect(toPlainText(buildReport(pair.base))).not.toBe(toPlainText(buildReport(pair.proposed)));
  });
});
