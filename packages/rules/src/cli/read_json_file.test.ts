import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from './input_error.js';
import { readJsonFile } from './read_json_file.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'probity-cli-'));
  writeFileSync(join(dir, 'good.json'), '{ "a": [1, 2] }');
  writeFileSync(join(dir, 'bad.json'), '{\n  "a": 1,\n  "b": 2,\n}\n');
  mkdirSync(join(dir, 'folder'));
});

function failure(path: string): InputError {
  try {
    readJsonFile(dir, path);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('readJsonFile', () => {
  it('reads a file relative to the directory the user ran the command in', () => {
    expect(readJsonFile(dir, 'good.json')).toEqual({
      path: join(dir, 'good.json'),
      value: { a: [1, 2] },
    });
  });

  it('names a missing file and where it looked', () => {
    expect(failure('missing.json').message).toBe(
      `missing.json: no such file (looked for ${join(dir, 'missing.json')})`,
    );
  });

  it('says when the path is a directory', () => {
    expect(failure('folder').message).toMatch(/^folder: is a directory/);
  });

  it('gives the line and column of a JSON syntax error', () => {
    expect(failure('bad.json').message).toMatch(/^bad\.json: not valid JSON: .*line 4 column 1/);
  });
});
