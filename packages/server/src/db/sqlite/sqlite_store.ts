/**
 * The embedded {@link Store}: one better-sqlite3 connection, with units of work run one at a time
 * and writes committed in groups.
 *
 * better-sqlite3 is synchronous, but a unit of work is an async function, so two requests could
 * otherwise interleave their statements on the one connection between awaits. Units therefore
 * run strictly in turn from a queue.
 *
 * Group commit: writes that arrive together share one COMMIT and one flush to disk. The queue is
 * drained on `setImmediate`, after the event loop has taken in every request that was ready;
 * consecutive write units are run inside one BEGIN IMMEDIATE … COMMIT, each in its own SAVEPOINT,
 * so a unit that throws (a 409, say) is rolled back alone and the others go on.
 *
 * Durability without blocking: with synchronous=FULL, SQLite would fsync the WAL inside COMMIT,
 * and better-sqlite3 would hold the event loop for as long as the disk takes (tens of
 * milliseconds on a busy disk). A file database in WAL mode is therefore run at
 * synchronous=NORMAL, where COMMIT only writes the WAL, and the store itself fsyncs the WAL file
 * on libuv's thread pool after each COMMIT, which is what FULL would have done, while the event
 * loop goes on reading requests. No unit's promise settles, and no later unit (read or write)
 * runs, before that fsync has returned: an acknowledged write is on disk, and nothing reads data
 * that is not. Should the COMMIT or the fsync fail, every unit in the group fails. (NORMAL keeps
 * SQLite's own syncs around checkpoints, which run in the background: see checkpointer.ts.)
 * Reads run between groups, outside any transaction.
 *
 * Now and then, once the WAL has grown long, writes wait while a checkpoint copies all of it, so
 * that the next write can start the WAL again (see checkpointer.ts); that takes as long as the
 * checkpoint's fsyncs (tens of milliseconds). Reads queued meanwhile, even behind those writes, go
 * on: all they can see is on disk, and each is over before the next write starts.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { closeSync, fsync, openSync } from 'node:fs';
import { promisify } from 'node:util';
import type Database from 'better-sqlite3';
import type { Store, Tx } from '../store.js';
import { Checkpointer } from './checkpointer.js';
import { openDatabase } from './open_database.js';
import { sqliteRepositories } from './sqlite_repositories.js';

interface Unit {
  readonly kind: 'read' | 'write';
  readonly work: (tx: Tx) => Promise<unknown>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

const fsyncAsync = promisify(fsync);

/** Marks code running inside a unit, where asking the store again would wait for ever. */
const insideUnit = new AsyncLocalStorage<true>();

/** Most write units committed together; bounds how long one group holds the queue. */
const MAX_GROUP = 64;

/** Flushes a file to disk (fsync); the store's way of making a commit durable. */
export type SyncFile = (path: string) => Promise<void>;

/** What the store asks of its background checkpoints (see {@link Checkpointer}). */
export type Checkpoints = Pick<Checkpointer, 'needsQuiet' | 'afterCommit' | 'quiet' | 'close'>;

/**
 * fsync(2) of files on libuv's thread pool, each kept open between calls (the WAL file lives as
 * long as the connection). `close` closes them.
 */
export function fileSyncer(): { readonly sync: SyncFile; close(): void } {
  const open = new Map<string, number>();
  return {
    async sync(path) {
      let fd = open.get(path);
      if (fd === undefined) {
        fd = openSync(path, 'r+');
        open.set(path, fd);
      }
      await fsyncAsync(fd);
    },
    close() {
      for (const fd of open.values()) closeSync(fd);
      open.clear();
    },
  };
}

/** A store over one SQLite database. */
export class SqliteStore implements Store {
  private readonly tx: Tx;
  private readonly queue: Unit[] = [];
  private scheduled = false;
  private running: Promise<void> | undefined;
  private closed = false;
  /** The WAL file the store fsyncs after each COMMIT; undefined when SQLite syncs (or nothing can). */
  private readonly wal: string | undefined;
  /** Copies the WAL into the database file off the main thread; see checkpointer.ts. */
  private readonly checkpointer: Checkpoints | undefined;
  /** Wakes the store while writes wait for a quiet checkpoint, when more work is queued. */
  private arrived: (() => void) | undefined;

  private readonly syncer = fileSyncer();
  private readonly syncFile: SyncFile;
  /** The statements that frame a group and each unit in it, prepared once: they run per request. */
  private readonly framing: Readonly<
    Record<'begin' | 'commit' | 'rollback' | 'savepoint' | 'release' | 'undo', Database.Statement>
  >;

  /**
   * Takes over `db`. A file database in WAL mode is switched to synchronous=NORMAL, each COMMIT
   * is followed by `syncFile` of its WAL file (see above), and `checkpoints(path)` checkpoints it
   * (a {@link Checkpointer} by default); others are left as they are.
   */
  constructor(
    readonly db: Database.Database,
    syncFile?: SyncFile,
    checkpoints: (path: string) => Checkpoints = (path) => new Checkpointer(path),
  ) {
    this.tx = sqliteRepositories(db);
    this.syncFile = syncFile ?? this.syncer.sync;
    this.framing = {
      begin: db.prepare('BEGIN IMMEDIATE'),
      commit: db.prepare('COMMIT'),
      rollback: db.prepare('ROLLBACK'),
      savepoint: db.prepare('SAVEPOINT unit'),
      release: db.prepare('RELEASE unit'),
      undo: db.prepare('ROLLBACK TO unit'),
    };
    const wal = !db.memory && db.pragma('journal_mode', { simple: true }) === 'wal';
    if (wal) {
      db.pragma('synchronous = NORMAL');
      db.pragma('wal_autocheckpoint = 0');
      this.wal = `${db.name}-wal`;
      this.checkpointer = checkpoints(db.name);
    }
  }

  /** Opens the file at `path` (`:memory:` for a private in-memory database), applying migrations. */
  static open(path: string): SqliteStore {
    return new SqliteStore(openDatabase(path));
  }

  read<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.enqueue('read', work);
  }

  /** As {@link Store.write}; `work` must await only the repositories, never other I/O. */
  write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.enqueue('write', work);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    while (this.scheduled || this.running) {
      await (this.running ?? new Promise((resolve) => setImmediate(resolve)));
    }
    await this.checkpointer?.close();
    this.syncer.close();
    this.db.close();
  }

  private enqueue<T>(kind: Unit['kind'], work: (tx: Tx) => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new Error('the store is closed'));
    if (insideUnit.getStore()) {
      // The queue waits for the running unit, which would wait for this one: a deadlock.
      throw new Error('store.read/write called inside a unit of work: use the tx it was given');
    }
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ kind, work, resolve: resolve as (value: unknown) => void, reject });
      this.schedule();
      this.arrived?.();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.running) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.running = this.drain().finally(() => {
        this.running = undefined;
        if (this.queue.length > 0) this.schedule();
      });
    });
  }

  private async drain(): Promise<void> {
    for (;;) {
      const next = this.queue[0];
      if (!next) return;
      if (next.kind === 'read') {
        this.queue.shift();
        await this.runRead(next);
        continue;
      }
      // The WAL has grown long under steady writes: let a checkpoint copy all of it, with no
      // write in progress, so that the next write starts it again (see checkpointer.ts).
      if (this.checkpointer?.needsQuiet) await this.holdWritesFor(this.checkpointer);
      const group: Unit[] = [];
      while (this.queue[0]?.kind === 'write' && group.length < MAX_GROUP) {
        group.push(this.queue.shift() as Unit);
      }
      await this.runGroup(group);
    }
  }

  /** Runs a quiet checkpoint, and the reads queued until it is done, before any more writes. */
  private async holdWritesFor(checkpointer: Checkpoints): Promise<void> {
    let done = false;
    const checkpoint = checkpointer.quiet().finally(() => {
      done = true;
    });
    while (!done) {
      const read = this.queue.findIndex((unit) => unit.kind === 'read');
      if (read >= 0) {
        await this.runRead(this.queue.splice(read, 1)[0] as Unit);
        continue;
      }
      await Promise.race([checkpoint, new Promise<void>((resolve) => (this.arrived = resolve))]);
      this.arrived = undefined;
    }
  }

  private async runRead(unit: Unit): Promise<void> {
    try {
      unit.resolve(await insideUnit.run(true, () => unit.work(this.tx)));
    } catch (error) {
      unit.reject(error);
    }
  }

  private async runGroup(group: readonly Unit[]): Promise<void> {
    const outcomes: { ok: boolean; value: unknown }[] = [];
    const { begin, commit, rollback, savepoint, release, undo } = this.framing;
    begin.run();
    for (const unit of group) {
      savepoint.run();
      try {
        const value = await insideUnit.run(true, () => unit.work(this.tx));
        release.run();
        outcomes.push({ ok: true, value });
      } catch (error) {
        undo.run();
        release.run();
        outcomes.push({ ok: false, value: error });
      }
    }
    try {
      commit.run();
    } catch (error) {
      if (this.db.inTransaction) rollback.run();
      group.forEach((unit) => unit.reject(error));
      return;
    }
    if (this.wal !== undefined) {
      try {
        await this.syncFile(this.wal);
      } catch (error) {
        // Committed, but whether it reached the disk is unknown: acknowledge none of it.
        group.forEach((unit) => unit.reject(error));
        return;
      }
      void this.checkpointer?.afterCommit();
    }
    group.forEach((unit, i) => {
      const outcome = outcomes[i];
      if (outcome?.ok) unit.resolve(outcome.value);
      else unit.reject(outcome?.value);
    });
  }
}
