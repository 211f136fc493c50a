/**
 * The validation step of every handler: parse untrusted input with a zod schema or answer 400
 * `invalid_input`, naming each problem's place (`body.memberId: Invalid input`).
 */
import type { z } from 'zod';
import { badRequest } from '../api_error.js';

/** `value` parsed by `schema`; throws 400 naming every issue, prefixed by `where`. */
export function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
  where: 'body' | 'query' | 'params',
): z.output<S> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: [where, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
  const [first] = issues;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  throw badRequest(
    'invalid_input',
    first ? `${first.path}: ${first.message}${more}` : `${where}: invalid`,
    { issues },
  );
}
