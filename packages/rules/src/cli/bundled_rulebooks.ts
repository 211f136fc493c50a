/**
 * The rulebooks shipped beside the library (`src/rulebooks/*.json`), and rulebooks named on the
 * command line: `--rulebook hounslow` picks a shipped one by id, `--rulebook ./ours.json` (any
 * value that names a `.json` file or holds a path separator) loads a council's own file. Either
 * way the rulebook goes through `loadRulebook`, so a file is held to the same schema as the
 * built-ins and its problems are reported with their paths.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRulebook, registerRulebook, RulebookError, type Rulebook } from '../rulebook.js';
import { InputError } from './input_error.js';
import { readJsonFile } from './read_json_file.js';

/** Where the shipped rulebook files live. */
export const RULEBOOKS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'rulebooks');

let registered = false;

/**
 * Registers every shipped rulebook with `loadRulebook`, once. A shipped file that fails the schema
 * is a bug in the release, so it throws rather than being skipped.
 */
export function registerBundledRulebooks(dir = RULEBOOKS_DIR): readonly Rulebook[] {
  if (registered && dir === RULEBOOKS_DIR) return [];
  let files: string[];
  try {
    files = readdirSync(dir).filter((name) => name.endsWith('.json'));
  } catch {
    // Built output keeps only the rulebooks the library imports; those are registered already.
    return [];
  }
  const books = files.sort().map((file) => registerRulebook(readJsonFile(dir, file).value));
  if (dir === RULEBOOKS_DIR) registered = true;
  return books;
}

/** True when a `--rulebook` value names a file rather than a rulebook id. */
export function namesFile(value: string): boolean {
  return value.endsWith('.json') || value.includes('/') || value.includes('\\');
}

/**
 * The rulebook a `--rulebook` value names: a shipped id, or a JSON file relative to `cwd`.
 * Throws {@link InputError} for an unknown id or a file that is missing or fails the schema.
 */
export function resolveRulebook(cwd: string, value: string): Rulebook {
  registerBundledRulebooks();
  if (namesFile(value)) {
    const file = readJsonFile(cwd, value);
    try {
      return loadRulebook(file.value);
    } catch (error) {
      throw rulebookInputError(value, error);
    }
  }
  try {
    return loadRulebook(value);
  } catch (error) {
    throw rulebookInputError('--rulebook', error);
  }
}

function rulebookInputError(where: string, error: unknown): InputError {
  if (!(error instanceof RulebookError)) throw error;
  if (error.issues.length === 1 && error.issues[0]?.path === '(rulebook)') {
    return new InputError(`${where}: ${error.issues[0].message}`);
  }
  return new InputError(
    `${where}: not a valid rulebook (${error.issues.length} problem${error.issues.length === 1 ? '' : 's'})`,
    error.issues.map((issue) => `${issue.path}: ${issue.message}`),
  );
}
