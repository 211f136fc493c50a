/**
 * A generated council report of about `words` words and a proposal of it with about 1% of its
 * blocks changed, for the keystroke benchmark: the same generator the rules benchmarks use
 * (every section kind, with options, recommendations, opinions, statements, consultation
 * responses, lists and cost tables where a real report has them).
 */
import type { Node } from 'prosemirror-model';
import { buildReport, countWords, generateReport, proposeChanges } from '@probity/rules/bench';

export interface BenchReports {
  readonly base: Node;
  readonly proposed: Node;
  readonly words: number;
  readonly blocks: number;
  readonly changedBlocks: number;
  /** Id of an officer's opinion, a changed one when there is one, where the benchmark types. */
  readonly typingBlockId: string;
}

/** A base report of about `target` words and a proposal with about 1% of its blocks changed. */
export function generateReports(target: number, seed = 7): BenchReports {
  const pair = proposeChanges(generateReport({ words: target, seed }), 0.01, seed);
  const blocks = pair.proposed.sections.flatMap((part) => part.blocks);
  const opinions = blocks.filter((block) => block.type === 'opinion');
  const typing = opinions.find((block) => pair.edits.has(block.id)) ?? opinions[0];
  if (!typing) throw new Error(`the generated report of ${target} words has no opinion to type in`);
  return {
    base: buildReport(pair.base),
    proposed: buildReport(pair.proposed),
    words: countWords(pair.proposed),
    blocks: blocks.length,
    changedBlocks: pair.edits.size,
    typingBlockId: typing.id,
  };
}
