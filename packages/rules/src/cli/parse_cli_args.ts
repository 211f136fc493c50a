/**
 * Errors of `node:util` `parseArgs` (strict) turned into {@link InputError}s that say which
 * flag is wrong and point at `--help`, and a check for flags that take one of a few values.
 */
import { InputError } from './input_error.js';

/**
 * Runs `parse` (a strict `parseArgs` call) and turns its errors into an {@link InputError} that
 * names `command` and the flag; returns what `parse` returns.
 */
export function parseCliArgs<R>(command: string, parse: () => R): R {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof TypeError) || !('code' in error)) throw error;
    // Node adds advice on `--` that does not fit a typo in a flag name.
    const message = error.message.replace(/\. To specify a positional argument[\s\S]*$/, '').trim();
    throw new InputError(`${command}: ${message}`, [
      `Run "pnpm rules ${command} --help" for the options.`,
    ]);
  }
}

/** `value` if it is one of `allowed`, else an {@link InputError} naming the flag and the choices. */
export function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(
    `${flag}: expected one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`,
  );
}
