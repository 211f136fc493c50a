/**
 * A protected node re-typed, unwrapped into plain blocks or given other attributes (spec row
 * `a protected node`): forbidden under the clause of what it protects. Plain text wrapped into a
 * protected node is the officer's to mark, so it goes to the author; a new option is 7.5(1).
 */
import type { RuleId } from '../rule_ids.js';
import type { Change, Judgement } from './change.js';
import type { Block } from '../align/blocks.js';
import { nameOf, OFFICERS, STATEMENT_KINDS } from './describe.js';

const RETAG_RULES: Record<string, RuleId> = {
  option: 'retag-option',
  opinion: 'retag-opinion',
  statement: 'retag-statement',
  consultation: 'retag-consultation',
  recommendation: 'retag-recommendation',
};

/** Judges a change of node type or of a protected node's attributes; null when neither. */
export function judgeRetag(change: Change): Judgement | null {
  const base = change.base[0];
  const proposed = change.proposed[0];
  const baseKind = base?.protectedAs ?? null;
  if (change.retyped) {
    if (baseKind !== null) {
      const into = change.proposed.every((block) => block.protectedAs === null)
        ? 'unwraps it into plain text'
        : `re-types it as ${proposed ? article(proposed.type) : 'something else'}`;
      return {
        rule: RETAG_RULES[baseKind] ?? 'retag-option',
        description: `Takes away the marking of ${nameOf(base)}: ${into}`,
        evidence: [
          `${base?.type ?? ''} → ${change.proposed.map((block) => block.type).join(', ')}`,
        ],
      };
    }
    const wrapped = change.proposed.find((block) => block.protectedAs !== null);
    if (wrapped?.protectedAs === 'option') {
      return {
        rule: 'add-option',
        description: `Turns text into ${nameOf(wrapped)}`,
        evidence: [],
      };
    }
    if (wrapped) {
      return {
        rule: 'tag-protected',
        description: `Marks existing text as ${nameOf(wrapped)}`,
        evidence: [],
      };
    }
    return null;
  }
  if (baseKind === null || baseKind === 'option') return null;
  const changed = change.attrsChanged.filter((name) => name !== 'id');
  if (changed.length === 0) return null;
  const evidence = changed.map(
    (attr) => `${attr}: ${String(base?.node.attrs[attr])} → ${String(proposed?.node.attrs[attr])}`,
  );
  const name = nameOf(base);
  return {
    rule: RETAG_RULES[baseKind] ?? 'retag-option',
    description: changed.map((attr) => describeAttr(attr, name, base, proposed)).join('; it also '),
    evidence,
  };
}

function describeAttr(
  attr: string,
  name: string,
  base: Block | undefined,
  proposed: Block | undefined,
): string {
  const before = String(base?.node.attrs[attr] ?? '');
  const after = String(proposed?.node.attrs[attr] ?? '');
  switch (attr) {
    case 'officer':
      return `Re-attributes ${name} to ${OFFICERS[after] ?? after}`;
    case 'kind':
      return `Turns ${name} into a ${STATEMENT_KINDS[after] ?? after} statement`;
    case 'source':
      return `Changes the source of a consultation response from "${before}" to "${after}"`;
    default:
      return `Changes the ${attr} of ${name} from "${before}" to "${after}"`;
  }
}

function article(type: string): string {
  const words = type.replace(/_/g, ' ');
  return /^[aeiou]/.test(words) ? `an ${words}` : `a ${words}`;
}
