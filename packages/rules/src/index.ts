/**
 * @probity/rules: the report model and the pure classification of a member's proposed changes
 * against a council's Member/Officer protocol. No DOM, no I/O: the server and the browser run it
 * alike.
 */
export {
  schema,
  isSafeHref,
  SECTION_KINDS,
  OFFICER_ROLES,
  STATEMENT_KINDS,
  PROTECTED_NODE_TYPES,
  LINK_PROTOCOLS,
  type SectionKind,
  type OfficerRole,
  type StatementKind,
  type ProtectedNodeType,
} from './schema.js';
export {
  parseReport,
  ReportValidationError,
  DEFAULT_REPORT_LIMITS,
  type ReportIssue,
  type ReportLimits,
  type ParseReportOptions,
} from './parse_report.js';
export { compactReport } from './compact_report.js';
export { toPlainText } from './plain_text.js';
export * as builders from './builders.js';
export { VERDICTS, mostSevere, type Verdict } from './verdict.js';
export { RULE_IDS, type RuleId } from './rule_ids.js';
export {
  RulebookSchema,
  RuleEntrySchema,
  SupportedRuleSchema,
  UnsupportedRuleSchema,
  RulebookError,
  loadRulebook,
  listRulebooks,
  registerRulebook,
  DEFAULT_RULEBOOK_ID,
  NO_CLAUSE,
  type Rulebook,
  type RuleEntry,
  type SupportedRule,
  type UnsupportedRule,
  type RulebookIssue,
} from './rulebook.js';
export type { Classification, Finding, FindingChange, ChangeKind, Span } from './classification.js';
export { classify, type ClassifyOptions } from './classify.js';
export {
  createSpeller,
  useDictionary,
  defaultSpeller,
  type Speller,
  type Dictionary,
} from './signals/speller.js';
export { applyChanges } from './apply_changes.js';
export { diffWords, type Hunk } from './diff/word_diff.js';
