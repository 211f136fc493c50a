/**
 * Reads a JSON file named by the user, relative to where they ran the command, and turns every way
 * that can fail into an {@link InputError} that names the file: not found, a directory, unreadable,
 * or not JSON (with the line and column of the fault).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from './input_error.js';

/** A file's parsed JSON, and the absolute path it came from. */
export interface JsonFile {
  readonly path: string;
  readonly value: unknown;
}

/** Resolves `path` against `cwd`, reads and parses it; throws {@link InputError} on failure. */
export function readJsonFile(cwd: string, path: string): JsonFile {
  const text = readTextFile(cwd, path);
  try {
    return { path: resolve(cwd, path), value: JSON.parse(text) as unknown };
  } catch (error) {
    throw new InputError(`${path}: not valid JSON: ${describeJsonError(error, text)}`);
  }
}

/** Resolves `path` against `cwd` and reads it as UTF-8; throws {@link InputError} on failure. */
export function readTextFile(cwd: string, path: string): string {
  const absolute = resolve(cwd, path);
  try {
    return readFileSync(absolute, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${path}: no such file (looked for ${absolute})`);
    if (code === 'EISDIR') throw new InputError(`${path}: is a directory, expected a JSON file`);
    if (code === 'EACCES') throw new InputError(`${path}: permission denied`);
    throw new InputError(`${path}: cannot be read: ${(error as Error).message}`);
  }
}

// V8 sometimes says where JSON.parse stopped only as "at position N"; add the line and column.
function describeJsonError(error: unknown, text: string): string {
  const message = (error as Error).message;
  const match = /at position (\d+)/.exec(message);
  if (!match || /\(line \d+ column \d+\)/.test(message)) return message;
  const position = Number(match[1]);
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `${message} (line ${line} column ${column})`;
}
