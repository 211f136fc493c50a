/**
 * The text form of a classification for the terminal: the overall verdict and a count by verdict
 * first, because that is what decides what happens next, then one table row per finding in
 * document order: verdict, clause, rule, where the change is, and the reason in plain English.
 */
import type { Classification, Finding } from '../index.js';
import { VERDICTS, type Verdict } from '../verdict.js';
import { DEFAULT_WIDTH, renderTable } from './text_table.js';

const PAST: Readonly<Record<Finding['change']['kind'], string>> = {
  insert: 'inserted',
  delete: 'deleted',
  modify: 'changed',
  move: 'moved',
  retag: 're-tagged',
};

/** The readable report of `result`, ending in a line break. */
export function formatClassification(result: Classification, width = DEFAULT_WIDTH): string {
  const head = `Overall verdict: ${result.verdict} (rulebook ${result.rulebook})\n`;
  if (result.findings.length === 0) return `${head}No changes.\n`;
  const rows = result.findings.map((finding) => [
    finding.verdict,
    finding.clause,
    finding.rule,
    where(finding),
    finding.reason,
  ]);
  return [
    head,
    `${summarise(result.findings)}\n`,
    '\n',
    renderTable(['VERDICT', 'CLAUSE', 'RULE', 'WHERE', 'REASON'], rows, width),
  ].join('');
}

/** `3 changes: 1 forbidden, 2 permitted` (most severe first, verdicts with none left out). */
export function summarise(findings: readonly { readonly verdict: Verdict }[]): string {
  const counts = [...VERDICTS]
    .reverse()
    .map((verdict) => [verdict, findings.filter((f) => f.verdict === verdict).length] as const)
    .filter(([, count]) => count > 0)
    .map(([verdict, count]) => `${count} ${verdict}`);
  const noun = findings.length === 1 ? 'change' : 'changes';
  return `${findings.length} ${noun}: ${counts.join(', ')}`;
}

/** `options: option o3, deleted`. */
function where(finding: Finding): string {
  const { section, nodeType, blockId, kind } = finding.change;
  return `${section}: ${nodeType.replace(/_/g, ' ')} ${blockId}, ${PAST[kind]}`;
}
