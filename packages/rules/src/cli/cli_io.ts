/**
 * What the command-line front end touches outside itself, passed in so tests run it in-process:
 * where relative paths start, and where output goes.
 */

/** The CLI's window on the world. */
export interface CliIo {
  /** The directory user-given paths are relative to (pnpm's `INIT_CWD`, else the process's). */
  readonly cwd: string;
  /** Writes to standard output; `text` carries its own line ends. */
  readonly stdout: (text: string) => void;
  /** Writes to standard error; `text` carries its own line ends. */
  readonly stderr: (text: string) => void;
  /** Width to wrap tables to, in characters; undefined when output is not a terminal. */
  readonly columns?: number | undefined;
}

/** The real process: `INIT_CWD` first, because pnpm runs scripts in the package directory. */
export function processIo(): CliIo {
  return {
    cwd: process.env['INIT_CWD'] || process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
  };
}
