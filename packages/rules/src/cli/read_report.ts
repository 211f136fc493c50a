/**
 * Reads a report body (ProseMirror JSON, as `shared/spec/report-model.md` defines it) from a file
 * named by the user. Every problem `parseReport` finds comes back in one {@link InputError}, each
 * with its path into the JSON and the value found there, so the file can be fixed in one pass.
 */
import type { Node } from 'prosemirror-model';
import { parseReport, ReportValidationError, type ReportIssue } from '../parse_report.js';
import { InputError } from './input_error.js';
import { readJsonFile } from './read_json_file.js';

/** The checked report body in `path` (relative to `cwd`); throws {@link InputError} if invalid. */
export function readReport(cwd: string, path: string): Node {
  return checkReport(path, readJsonFile(cwd, path).value);
}

/** Checks an already-parsed body that came from `where` (a file name, or `case.json: base`). */
export function checkReport(where: string, value: unknown): Node {
  try {
    return parseReport(value);
  } catch (error) {
    if (!(error instanceof ReportValidationError)) throw error;
    const count = error.issues.length;
    throw new InputError(
      `${where}: not a valid report body (${count} problem${count === 1 ? '' : 's'})`,
      error.issues.map(describeIssue),
    );
  }
}

/** `content[2].content[4].type: unknown node type (found "opinon")`. */
export function describeIssue(issue: ReportIssue): string {
  const found = issue.value === undefined ? '' : ` (found ${preview(issue.value)})`;
  return `${issue.path}: ${issue.message}${found}`;
}

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
