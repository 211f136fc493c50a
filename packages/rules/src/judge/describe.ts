/** Plain-English names of blocks and sections, for the reasons findings give. */
import type { Block } from '../align/blocks.js';
import type { Change } from './change.js';

/** Officer roles as a reader names them. */
export const OFFICERS: Record<string, string> = {
  author: 'the report author',
  monitoring_officer: 'the Monitoring Officer',
  chief_finance_officer: 'the Chief Finance Officer',
  head_of_paid_service: 'the Head of Paid Service',
  other: 'an officer',
};

/** Statement kinds as a reader names them. */
export const STATEMENT_KINDS: Record<string, string> = {
  legality: 'legality',
  fairness: 'fairness',
  financial_prudence: 'financial prudence',
  key_decision: 'key decision',
  policy_framework: 'policy framework',
  budget_framework: 'budget framework',
};

/** "Option 3", "the officer's opinion", "the Monitoring Officer's legality statement"... */
export function nameOf(block: Block | undefined): string {
  if (!block) return 'a block';
  const attrs = block.node.attrs;
  switch (block.type) {
    case 'option': {
      const label = String(attrs['label'] ?? '').trim();
      return label ? quoteLabel(label) : 'an option';
    }
    case 'opinion':
      return `${possessive(OFFICERS[String(attrs['officer'])] ?? 'an officer')} professional opinion`;
    case 'statement':
      return `${possessive(OFFICERS[String(attrs['officer'])] ?? 'an officer')} ${
        STATEMENT_KINDS[String(attrs['kind'])] ?? ''
      } statement`.replace(/\s+/g, ' ');
    case 'consultation': {
      const source = String(attrs['source'] ?? '').trim();
      return source ? `the consultation response from ${source}` : 'a consultation response';
    }
    case 'recommendation':
      return 'a recommendation';
    case 'heading':
      return `the heading of the ${sectionName(block)}`;
    case 'table':
      return `a table in the ${sectionName(block)}`;
    case 'bullet_list':
    case 'ordered_list':
      return `a list in the ${sectionName(block)}`;
    default:
      return `a paragraph in the ${sectionName(block)}`;
  }
}

function quoteLabel(label: string): string {
  return /^option\b/i.test(label) ? label : `the option "${label}"`;
}

function possessive(name: string): string {
  return `${name}'s`;
}

/** "Background section" for a block in a `background` section. */
export function sectionName(block: Block): string {
  const words = block.sectionKind.replace(/_/g, ' ');
  return `${words} section`;
}

/** The block a change is about: the base one when it has one. */
export function subjectOf(change: Change): Block | undefined {
  return change.base[0] ?? change.proposed[0];
}

/** Quotes a short piece of text for a reason, shortened to `max` characters. */
export function quote(text: string, max = 60): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return `"${clean.length > max ? `${clean.slice(0, max - 1)}…` : clean}"`;
}

/** Sentence case: the first letter upper-case. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What the first change of wording is, for a reason: `"in consultation with" becomes "with the agreement of"`. */
export function wordingChange(hunks: readonly { deleted: string; inserted: string }[]): string {
  const [first] = hunks;
  if (!first) return '';
  const more = hunks.length > 1 ? ', among other changes' : '';
  if (first.inserted.trim() === '') return `${quote(first.deleted)} is removed${more}`;
  if (first.deleted.trim() === '') return `${quote(first.inserted)} is added${more}`;
  return `${quote(first.deleted)} becomes ${quote(first.inserted)}${more}`;
}
