/**
 * The rulebook a `--rulebook` value names: `--rulebook hounslow` picks a built-in one by id,
 * `--rulebook ./ours.json` (any value that names a `.json` file or holds a path separator) loads
 * a council's own file. Either way the rulebook goes through `loadRulebook`, so a file is held to
 * the same schema as the built-ins and its problems are reported with their paths.
 */
import { loadRulebook, RulebookError, type Rulebook } from '../rulebook.js';
import { InputError } from './input_error.js';
import { readJsonFile } from './read_json_file.js';

/** True when a `--rulebook` value names a file rather than a rulebook id. */
export function namesFile(value: string): boolean {
  return value.endsWith('.json') || value.includes('/') || value.includes('\\');
}

/**
 * The rulebook a `--rulebook` value names: a built-in id, or a JSON file relative to `cwd`.
 * Throws {@link InputError} for an unknown id or a file that is missing or fails the schema.
 */
export function resolveRulebook(cwd: string, value: string): Rulebook {
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
