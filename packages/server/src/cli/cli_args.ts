/** Reading `--name value` options for the server's command-line tools, and their database path. */
import { isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readSettings } from '../settings.js';

/** Parses string options; throws with a usage line on anything unknown. */
export function cliOptions<K extends string>(
  names: readonly K[],
  usage: string,
  argv: readonly string[] = process.argv.slice(2),
): Partial<Record<K, string>> {
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: Object.fromEntries(names.map((name) => [name, { type: 'string' }])),
      strict: true,
      allowPositionals: false,
    });
    return values as Partial<Record<K, string>>;
  } catch (error) {
    throw new Error(`${(error as Error).message}\nusage: ${usage}`);
  }
}

/** The database file: `--db` (relative to where the command was run) or the server's setting. */
export function databasePath(db: string | undefined): string {
  const cwd = process.env['INIT_CWD'] ?? process.cwd();
  if (db) return isAbsolute(db) ? db : resolve(cwd, db);
  return readSettings(process.env).databasePath;
}
