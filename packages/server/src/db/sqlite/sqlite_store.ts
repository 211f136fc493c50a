/**
 * The embedded {@link Store}: one better-sqlite3 connection, with units of work run one at a time.
 *
 * better-sqlite3 is synchronous, but a unit of work is an async function, so two requests could
 * otherwise interleave their statements on the one connection between awaits. A promise queue runs
 * units of work strictly in turn; a write wraps its unit in BEGIN IMMEDIATE … COMMIT, and a throw
 * rolls it back. The queue costs little: each unit is a handful of microsecond statements, and the
 * slow work (parsing, classifying) happens before a unit starts.
 */
import type Database from 'better-sqlite3';
import type { Store, Tx } from '../store.js';
import { openDatabase } from './open_database.js';
import { sqliteRepositories } from './sqlite_repositories.js';

/** A store over the SQLite file at `path` (created and migrated when needed). */
export class SqliteStore implements Store {
  private readonly tx: Tx;
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(readonly db: Database.Database) {
    this.tx = sqliteRepositories(db);
  }

  /** Opens the file at `path`, applying migrations. */
  static open(path: string): SqliteStore {
    return new SqliteStore(openDatabase(path));
  }

  read<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.enqueue(() => work(this.tx));
  }

  write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.enqueue(async () => {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const result = await work(this.tx);
        this.db.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw error;
      }
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.queue.catch(() => undefined);
    this.db.close();
  }

  private enqueue<T>(unit: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new Error('the store is closed'));
    const result = this.queue.then(unit);
    this.queue = result.catch(() => undefined);
    return result;
  }
}
