/**
 * The one error Word import and export throw for bad input: a file that is not a Word document,
 * is too large once unpacked, or (for tracked changes) does not come from the version it claims to.
 * `code` is stable so the HTTP layer can map it to a status and the editor to a message.
 */

/** Stable reasons a Word file is refused. */
export type WordErrorCode =
  'not_docx' | 'too_large' | 'empty_document' | 'not_from_this_version' | 'invalid_body';

/** Thrown for a Word file Probity cannot take; `message` says what and where. */
export class WordError extends Error {
  override readonly name = 'WordError';
  constructor(
    readonly code: WordErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}
