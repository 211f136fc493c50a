/**
 * The embedded {@link Store}: one better-sqlite3 connection, with units of work run one at a time
 * and writes committed in groups.
 *
 * better-sqlite3 is synchronous, but a unit of work is an async function, so two requests could
 * otherwise interleave their statements on the one connection between awaits. Units therefore
 * run strictly in turn from a queue.
 *
 * Group commit: with synchronous=FULL every COMMIT waits for the disk, so writes that arrive
 * together share one. The queue is drained on `setImmediate`, after the event loop has taken in
 * every request that was ready; consecutive write units are run inside one BEGIN IMMEDIATE …
 * COMMIT, each in its own SAVEPOINT, so a unit that throws (a 409, say) is rolled back alone and
 * the others go on. No unit's promise settles before the COMMIT that holds it has returned, so an
 * acknowledged write is on disk; should the COMMIT itself fail, every unit in the group fails.
 * Reads run between groups, outside any transaction, and never see uncommitted data.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type Database from 'better-sqlite3';
import type { Store, Tx } from '../store.js';
import { openDatabase } from './open_database.js';
import { sqliteRepositories } from './sqlite_repositories.js';

interface Unit {
  readonly kind: 'read' | 'write';
  readonly work: (tx: Tx) => Promise<unknown>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

/** Marks code running inside a unit, where asking the store again would wait for ever. */
const insideUnit = new AsyncLocalStorage<true>();

/** Most write units committed together; bounds how long one group holds the queue. */
const MAX_GROUP = 64;

/** A store over one SQLite database. */
export class SqliteStore implements Store {
  private readonly tx: Tx;
  private readonly queue: Unit[] = [];
  private scheduled = false;
  private running: Promise<void> | undefined;
  private closed = false;

  constructor(readonly db: Database.Database) {
    this.tx = sqliteRepositories(db);
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
      const group: Unit[] = [];
      while (this.queue[0]?.kind === 'write' && group.length < MAX_GROUP) {
        group.push(this.queue.shift() as Unit);
      }
      await this.runGroup(group);
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
    this.db.exec('BEGIN IMMEDIATE');
    for (const unit of group) {
      this.db.exec('SAVEPOINT unit');
      try {
        const value = await insideUnit.run(true, () => unit.work(this.tx));
        this.db.exec('RELEASE unit');
        outcomes.push({ ok: true, value });
      } catch (error) {
        this.db.exec('ROLLBACK TO unit');
        this.db.exec('RELEASE unit');
        outcomes.push({ ok: false, value: error });
      }
    }
    try {
      this.db.exec('COMMIT');
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      group.forEach((unit) => unit.reject(error));
      return;
    }
    group.forEach((unit, i) => {
      const outcome = outcomes[i];
      if (outcome?.ok) unit.resolve(outcome.value);
      else unit.reject(outcome?.value);
    });
  }
}
