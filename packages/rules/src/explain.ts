/**
 * Step 5 of classification: turns the judgements on one change into a finding under the
 * rulebook. The most severe candidate wins (the first on a tie); in a statutory officer report
 * anything beyond a 7.5(4) fix becomes `statutory-report` (where the rulebook supports it); the
 * reason is the change's description and the rule's wording, one sentence; a rule the rulebook
 * marks unsupported gives `review` under clause `none`, saying the protocol is silent.
 */
import type { Finding, FindingChange } from './classification.js';
import type { Judgement } from './judge/change.js';
import { NO_CLAUSE, type Rulebook, type RuleEntry } from './rulebook.js';
import type { RuleId } from './rule_ids.js';
import { VERDICTS, type Verdict } from './verdict.js';

/** Picks the most severe judgement under the rulebook and writes finding `id`. */
export function explain(
  id: string,
  judgements: readonly Judgement[],
  change: FindingChange,
  options: { readonly rulebook: Rulebook; readonly statutory: boolean },
): Finding {
  let chosen = judgements[0] as Judgement;
  for (const judgement of judgements.slice(1)) {
    if (
      severity(verdictOf(judgement.rule, options.rulebook)) >
      severity(verdictOf(chosen.rule, options.rulebook))
    ) {
      chosen = judgement;
    }
  }
  let rule: RuleId = chosen.rule;
  // The report-level row decides first: in a statutory officer report nothing beyond a typing fix
  // may be asked for, whatever the block, so its clause is the one the finding rests on.
  if (
    options.statutory &&
    rule !== 'typo-fix' &&
    !isUnsupported(options.rulebook, 'statutory-report')
  ) {
    rule = 'statutory-report';
  }
  const entry = options.rulebook.rules[rule] as RuleEntry;
  const description = chosen.description;
  if ('unsupported' in entry) {
    return {
      id,
      verdict: 'review',
      clause: NO_CLAUSE,
      rule,
      reason: `${description}; the ${options.rulebook.council} protocol does not cover this, so the report author must decide.`,
      change,
      evidence: chosen.evidence,
    };
  }
  return {
    id,
    verdict: entry.verdict,
    clause: entry.clause,
    rule,
    reason: `${description}; ${entry.wording}.`,
    change,
    evidence: chosen.evidence,
  };
}

function isUnsupported(rulebook: Rulebook, rule: RuleId): boolean {
  return 'unsupported' in rulebook.rules[rule];
}

function verdictOf(rule: RuleId, rulebook: Rulebook): Verdict {
  const entry = rulebook.rules[rule];
  return 'unsupported' in entry ? 'review' : entry.verdict;
}

function severity(verdict: Verdict): number {
  return VERDICTS.indexOf(verdict);
}
