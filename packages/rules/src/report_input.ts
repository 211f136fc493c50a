/**
 * Accepts a report body as ProseMirror JSON (validated by parseReport) or as a `Node` of the
 * report schema (checked for valid content and for unique, non-empty ids), so classify and
 * applyChanges refuse a malformed body with the same `ReportValidationError`.
 */
import type { Node } from 'prosemirror-model';
import { parseReport, ReportValidationError, type ReportIssue } from './parse_report.js';
import { schema } from './schema.js';
import { isChecked, markChecked } from './checked_reports.js';

const UNIDENTIFIED = new Set(['doc', 'text', 'hard_break']);

/** The checked body; throws ReportValidationError naming what is wrong and where. */
export function toReport(input: unknown, label: string): Node {
  if (isNode(input)) {
    if (isChecked(input)) return input;
    if (input.type.schema !== schema) {
      throw new ReportValidationError([
        { path: label, message: 'is a node of another schema than the report schema' },
      ]);
    }
    const issues: ReportIssue[] = [];
    try {
      input.check();
    } catch (error) {
      issues.push({ path: label, message: (error as Error).message });
    }
    if (input.type.name !== 'doc') {
      issues.push({ path: `${label}.type`, message: `expected a doc, found ${input.type.name}` });
    }
    const seen = new Set<string>();
    input.descendants((node, pos) => {
      if (UNIDENTIFIED.has(node.type.name)) return false;
      const id: unknown = node.attrs['id'];
      if (typeof id !== 'string' || id.trim() === '') {
        issues.push({
          path: `${label}@${pos}`,
          message: `${node.type.name} needs an id`,
          value: id,
        });
      } else if (seen.has(id)) {
        issues.push({
          path: `${label}@${pos}`,
          message: `duplicate id ${JSON.stringify(id)}`,
          value: id,
        });
      } else seen.add(id);
      return issues.length < 20;
    });
    if (issues.length > 0) throw new ReportValidationError(issues);
    markChecked(input);
    return input;
  }
  try {
    return parseReport(input);
  } catch (error) {
    if (error instanceof ReportValidationError) {
      throw new ReportValidationError(
        error.issues.map((issue) => ({
          ...issue,
          path: issue.path === '(document)' ? label : `${label}.${issue.path}`,
        })),
      );
    }
    throw error;
  }
}

function isNode(value: unknown): value is Node {
  return (
    typeof value === 'object' &&
    value !== null &&
    'type' in value &&
    typeof (value as { type: unknown }).type === 'object' &&
    'nodeSize' in value
  );
}
