/**
 * The `pnpm rules` command line: `classify` a proposal against a rulebook, or run a `corpus`
 * of labelled cases. `main` takes its arguments and its I/O as values and returns the exit
 * status, so tests run it in-process; `bin.ts` wires it to the real process.
 *
 * Like the server, it classifies with the en-GB Hunspell dictionary.
 *
 * Bad input ({@link InputError}) is printed to stderr with exit status 2; anything else thrown is
 * a bug and propagates with its stack.
 */
import dictionary from 'dictionary-en-gb';
import { defaultSpeller, useDictionary } from '../signals/speller.js';
import { CLASSIFY_USAGE, classifyCommand } from './classify_command.js';
import type { CliIo } from './cli_io.js';
import { CORPUS_USAGE, corpusCommand } from './corpus_command.js';
import { InputError } from './input_error.js';
import { printable } from './printable.js';

export const USAGE = `Usage: pnpm rules <command> [options]

Commands:
  classify BASE.json PROPOSED.json   classify a member's proposed changes to a report
  corpus DIR                         run a directory of labelled cases

Run "pnpm rules <command> --help" for a command's options. From the repository root
(pnpm -s leaves out pnpm's own lines):
  pnpm -s rules classify packages/rules/examples/base.json packages/rules/examples/proposed.json
`;

const COMMANDS: Readonly<Record<string, (argv: readonly string[], io: CliIo) => number>> = {
  classify: classifyCommand,
  corpus: corpusCommand,
};

/** Runs the command line; returns the exit status (0 ok, 1 `--fail-on` met or cases wrong, 2 bad input). */
export function main(argv: readonly string[], io: CliIo): number {
  // Spelling fixes (7.5(4)) are recognised with the en-GB dictionary, as on the server.
  if (defaultSpeller() === null) useDictionary(dictionary);
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    (command === undefined ? io.stderr : io.stdout)(USAGE);
    return command === undefined ? 2 : 0;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.stderr(`error: unknown command ${JSON.stringify(command)}\n\n${USAGE}`);
    return 2;
  }
  try {
    return run(rest, io);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const details = error.details.map((line) => `  ${printable(line)}\n`).join('');
    io.stderr(`error: ${printable(error.message)}\n${details}`);
    return 2;
  }
}

export { CLASSIFY_USAGE, CORPUS_USAGE };
