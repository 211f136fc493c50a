/** How the report model's kinds and roles are named on screen. */
import type { OfficerRole, SectionKind, StatementKind } from '@probity/rules';

export const SECTION_LABELS: Readonly<Record<SectionKind, string>> = {
  purpose: 'Purpose',
  recommendations: 'Recommendations',
  reasons: 'Reasons for the recommendations',
  options: 'Options considered',
  background: 'Background',
  financial: 'Financial implications',
  legal: 'Legal implications',
  equality: 'Equality implications',
  risk: 'Risk',
  consultation: 'Consultation',
  key_decision: 'Key decision',
  other: 'Other',
};

export const OFFICER_LABELS: Readonly<Record<OfficerRole, string>> = {
  author: 'Report author',
  monitoring_officer: 'Monitoring Officer',
  chief_finance_officer: 'Chief Finance Officer',
  head_of_paid_service: 'Head of Paid Service',
  other: 'Other officer',
};

export const STATEMENT_LABELS: Readonly<Record<StatementKind, string>> = {
  legality: 'Legality',
  fairness: 'Fairness',
  financial_prudence: 'Financial prudence',
  key_decision: 'Key decision',
  policy_framework: 'Policy framework',
  budget_framework: 'Budget framework',
};

/** Names of the protected blocks, as the toolbar and labels show them. */
export const PROTECTED_LABELS = {
  option: 'Option',
  recommendation: 'Recommendation',
  opinion: 'Officer opinion',
  statement: 'Statutory statement',
  consultation: 'Consultation response',
} as const;

/** Looks up `key` in `labels`, falling back to the key itself for unknown values. */
export function labelOf(labels: Readonly<Record<string, string>>, key: unknown): string {
  const text = typeof key === 'string' ? key : String(key);
  return labels[text] ?? text;
}
