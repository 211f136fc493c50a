/**
 * `node:util` `parseArgs`, strict, with its errors turned into {@link InputError}s that say which
 * flag is wrong and point at `--help`, and a check for flags that take one of a few values.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError } from './input_error.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses `argv` for `command`; throws {@link InputError} on an unknown flag or a missing value. */
export function parseCliArgs<T extends Options>(
  command: string,
  argv: readonly string[],
  options: T,
) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    if (!(error instanceof TypeError) || !('code' in error)) throw error;
    throw new InputError(`${command}: ${error.message.replace(/\s+$/, '')}`, [
      `Run "probity-rules ${command} --help" for the options.`,
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
