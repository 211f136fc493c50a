/**
 * The generated council reports and proposals of these benchmarks, for the benchmarks of other
 * packages (`@probity/rules/bench`, TypeScript source only: it is not part of the built library).
 */
export { generateReport, type ReportShape } from './generate_report.js';
export { proposeChanges, type ProposalPair } from './propose_changes.js';
export { buildReport, countWords, type ReportDraft } from './report_draft.js';
