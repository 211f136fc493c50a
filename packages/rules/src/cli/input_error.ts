/**
 * Bad input to the command line: a missing file, JSON that does not parse, a report or rulebook
 * that fails validation, an unknown flag. `main` prints its message and exits with status 2; every
 * other error is a bug and keeps its stack.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  /**
   * @param message what is wrong and where, starting with the file or flag concerned
   * @param details further lines (one problem each), printed indented under the message
   */
  constructor(
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
  }
}
