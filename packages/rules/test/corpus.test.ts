/**
 * The labelled cases of `shared/corpus/`: each is right when the overall verdict matches and a
 * finding with that verdict cites the expected clause (`review+`: review or forbidden).
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../src/classify.js';
import type { Classification } from '../src/classification.js';
import { readCorpus } from './corpus.js';

function matches(result: Classification, verdict: string, clause: string): boolean {
  const verdicts = verdict === 'review+' ? ['review', 'forbidden'] : [verdict];
  if (!verdicts.includes(result.verdict)) return false;
  return result.findings.some(
    (finding) => finding.verdict === result.verdict && finding.clause === clause,
  );
}

describe('the shared corpus', () => {
  for (const item of readCorpus()) {
    it(`classifies ${item.name} as ${item.expect.verdict} ${item.expect.clause}`, () => {
      const result = classify(item.base, item.proposed, {
        rulebook: item.rulebook,
        report: item.report,
      });
      const summary = result.findings.map(
        (finding) => `${finding.verdict} ${finding.clause} ${finding.rule}: ${finding.reason}`,
      );
      expect(
        matches(result, item.expect.verdict, item.expect.clause),
        `got ${result.verdict}:\n${summary.join('\n')}`,
      ).toBe(true);
    });
  }
});
