/**
 * Report bodies at the API edge: every body that comes in is checked with the rules' parseReport,
 * and a failure becomes a 400 that lists each problem with its path and value, prefixed by the
 * request field it came from (`body.content[2].attrs.kind`).
 */
import { createHash } from 'node:crypto';
import { parseReport, ReportValidationError, type ParseReportOptions } from '@probity/rules';
import type { Node } from 'prosemirror-model';
import { badRequest } from './api_error.js';
import { canonicalJson } from './canonical_json.js';

/** A checked body: the node to classify, and the JSON to store. */
export interface CheckedBody {
  readonly node: Node;
  readonly json: unknown;
}

/** Checks `value` (from request field `field`); throws 400 `invalid_report` naming every problem. */
export function checkBody(value: unknown, field = 'body'): CheckedBody {
  const node = checkReport(value, field);
  return { node, json: node.toJSON() };
}

/**
 * Checks `value` (from request field `field`) as {@link checkBody} does and returns only the node.
 * `options` go to parseReport: with a `base` (the version a proposal is made against), the node
 * shares the base's unchanged nodes, which classify then settles by identity, and with
 * `references` the body may name the base's unchanged blocks by id instead of repeating them;
 * what is accepted or refused is the same as for the body written out in full.
 */
export function checkReport(
  value: unknown,
  field = 'body',
  options: ParseReportOptions = {},
): Node {
  try {
    return parseReport(value, options);
  } catch (error) {
    if (!(error instanceof ReportValidationError)) throw error;
    const issues = error.issues.map((issue) => ({
      ...issue,
      path: issue.path === '(document)' ? field : `${field}.${issue.path}`,
    }));
    const [first] = issues;
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    throw badRequest(
      'invalid_report',
      first ? `${first.path}: ${first.message}${more}` : `${field}: invalid report`,
      { issues },
    );
  }
}

/** A stored body, already valid when saved, as a node again. */
export function storedBody(json: unknown): Node {
  return parseReport(json);
}

/** SHA-256 of the body's canonical JSON: what the audit trail records of a version's text. */
export function bodyHash(json: unknown): string {
  return createHash('sha256').update(canonicalJson(json)).digest('hex');
}
