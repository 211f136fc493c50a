import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../migrations.js';
import { openDatabase } from './open_database.js';

describe('openDatabase', () => {
  const directory = mkdtempSync(join(tmpdir(), 'probity-db-'));
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('creates the file with WAL, synchronous=FULL and foreign keys, and applies every migration once', () => {
    const path = join(directory, 'nested', 'probity.sqlite');
    const db = openDatabase(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const applied = db
      .prepare('SELECT version, name FROM schema_migrations ORDER BY version')
      .all();
    expect(applied).toEqual(MIGRATIONS.map(({ version, name }) => ({ version, name })));
    db.close();
    // Opening again applies nothing twice (a second CREATE TABLE would throw).
    openDatabase(path).close();
  });

  it('applies a new migration to an existing database, and only that one', () => {
    const path = join(directory, 'probity.sqlite');
    openDatabase(path).close();
    const next = {
      version: MIGRATIONS.length + 1,
      name: 'notes',
      sql: 'CREATE TABLE notes (id TEXT PRIMARY KEY) STRICT;',
    };
    const db = openDatabase(path, [...MIGRATIONS, next]);
    expect(db.prepare('SELECT max(version) FROM schema_migrations').pluck().get()).toBe(
      next.version,
    );
    expect(
      db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'notes'").pluck().get(),
    ).toBe(1);
    db.close();
  });

  it('enforces foreign keys', () => {
    const db = openDatabase(join(directory, 'fk.sqlite'));
    expect(() =>
      db
        .prepare(
          "INSERT INTO sessions (id_hash, user_id, created_at, expires_at) VALUES ('h', 'nobody', '', '')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
