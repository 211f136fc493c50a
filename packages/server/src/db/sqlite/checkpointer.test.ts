import { existsSync, mkdtempSync, readdirSync, readlinkSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Checkpointer } from './checkpointer.js';
import { openDatabase } from './open_database.js';
import { SqliteStore } from './sqlite_store.js';

describe('Checkpointer', () => {
  let directory: string;
  let path: string;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'probity-checkpoint-'));
    path = join(directory, 'probity.sqlite');
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  /** A database whose WAL holds `rows` rows of 100 kB, never checkpointed. */
  function filled(rows: number) {
    const db = openDatabase(path);
    db.pragma('wal_autocheckpoint = 0');
    db.exec('CREATE TABLE filler (text TEXT) STRICT');
    const insert = db.prepare('INSERT INTO filler VALUES (?)');
    for (let i = 0; i < rows; i++) insert.run(`${i}`.padEnd(100_000, 'x'));
    return db;
  }

  it('starts no thread until the WAL reaches its start size', async () => {
    const db = filled(1);
    const checkpointer = new Checkpointer(path, {
      startBytes: 10_000_000,
      intervalMs: 0,
      quietFrames: 1000,
    });
    expect(checkpointer.afterCommit()).toBeUndefined();
    await checkpointer.close();
    db.close();
  });

  it('copies the whole WAL into the database file in the background, while the database stays usable', async () => {
    const db = filled(50);
    const before = statSync(path).size;
    const checkpointer = new Checkpointer(path, {
      startBytes: 1,
      intervalMs: 0,
      quietFrames: 1_000_000,
    });
    const result = await checkpointer.afterCommit();
    expect(result).toMatchObject({ busy: 0 });
    expect(result!.log).toBeGreaterThan(1000);
    expect(result!.checkpointed).toBe(result!.log);
    expect(statSync(path).size).toBeGreaterThan(before + 4_000_000);
    expect(db.prepare('SELECT count(*) FROM filler').pluck().get()).toBe(50);
    await checkpointer.close();
    db.close();
  });

  it('runs one checkpoint at a time and waits out its interval', async () => {
    const db = filled(10);
    const checkpointer = new Checkpointer(path, {
      startBytes: 1,
      intervalMs: 60_000,
      quietFrames: 1_000_000,
    });
    const first = checkpointer.afterCommit();
    expect(first).toBeDefined();
    expect(checkpointer.afterCommit()).toBeUndefined();
    await first;
    expect(checkpointer.afterCommit()).toBeUndefined();
    await checkpointer.close();
    db.close();
  });

  it('asks for a checkpoint between writes once the WAL is long, after which the WAL starts again', async () => {
    const db = filled(20);
    const checkpointer = new Checkpointer(path, { startBytes: 1, intervalMs: 0, quietFrames: 10 });
    expect(checkpointer.needsQuiet).toBe(false);
    expect((await checkpointer.afterCommit())?.log).toBeGreaterThan(10);
    expect(checkpointer.needsQuiet).toBe(true);
    const quiet = await checkpointer.quiet();
    expect(quiet!.checkpointed).toBe(quiet!.log);
    // Asked for once: the WAL is whole in the database file, and the next write starts it again.
    expect(checkpointer.needsQuiet).toBe(false);
    db.prepare('INSERT INTO filler VALUES (?)').run('after');
    const after = await checkpointer.afterCommit();
    expect(after!.log).toBeLessThan(10);
    expect(checkpointer.needsQuiet).toBe(false);
    await checkpointer.close();
    db.close();
  });

  it('never holds writes for a checkpoint already running, and starts none among writes once the WAL is long', async () => {
    const db = filled(20);
    const checkpointer = new Checkpointer(path, { startBytes: 1, intervalMs: 0, quietFrames: 10 });
    const first = checkpointer.afterCommit();
    expect(checkpointer.needsQuiet).toBe(false);
    await first;
    expect(checkpointer.needsQuiet).toBe(true);
    // The long WAL is left for the quiet checkpoint; no other starts after a commit.
    db.prepare('INSERT INTO filler VALUES (?)').run('among writes');
    expect(checkpointer.afterCommit()).toBeUndefined();
    const quiet = checkpointer.quiet();
    expect(checkpointer.needsQuiet).toBe(false);
    expect((await quiet)?.checkpointed).toBe((await quiet)?.log);
    await checkpointer.close();
    db.close();
  });

  it.runIf(existsSync('/proc/self/fd'))(
    'holds one descriptor of the database file between checkpoints, and closes it with itself',
    async () => {
      // Descriptors of a file are not opened and closed per checkpoint: closing one would drop
      // SQLite's locks on the file (see checkpoint_worker.ts).
      const open = () =>
        readdirSync('/proc/self/fd').filter((fd) => {
          try {
            return readlinkSync(`/proc/self/fd/${fd}`) === path;
          } catch {
            return false;
          }
        }).length;
      const db = filled(20);
      const checkpointer = new Checkpointer(path, {
        startBytes: 1,
        intervalMs: 0,
        quietFrames: 1e6,
      });
      const before = open();
      db.prepare('INSERT INTO filler VALUES (?)').run('one');
      await checkpointer.afterCommit();
      db.prepare('INSERT INTO filler VALUES (?)').run('two');
      await checkpointer.afterCommit();
      // The worker's connection, and the descriptor it flushes.
      expect(open()).toBe(before + 2);
      await checkpointer.close();
      // SQLite itself keeps its closed connection's descriptor while another connection has the
      // file open, for the same reason; it goes with the last one.
      expect(open()).toBe(before + 1);
      db.close();
      expect(open()).toBe(0);
    },
  );

  it('is what a store on a file uses instead of SQLite’s checkpoints inside COMMIT', async () => {
    const store = SqliteStore.open(path);
    expect(store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    await store.close();
  });
});
