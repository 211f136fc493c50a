/**
 * The checkpointer's worker thread (a piscina module): copies what the WAL holds into the
 * database file, through a connection of its own, so that work and its fsyncs happen off the
 * main thread. One connection per database file, opened on first use.
 *
 * SQLite flushes the database file only after a checkpoint that copied the whole WAL, which among
 * steady writes is only the quiet one the store waits for (see checkpointer.ts): that one fsync
 * then wrote back every page copied since the last, tens of megabytes, while writes waited (30 to
 * 50 ms on 2 cores). So each checkpoint that copied pages flushes the database file itself, here,
 * where nothing waits for it, and the quiet one finds little left to write.
 */
import { fdatasyncSync } from 'node:fs';
import Database from 'better-sqlite3';

/** A checkpoint of the database at `path`. */
export interface CheckpointTask {
  readonly path: string;
  /**
   * A descriptor of the database file, kept open by the checkpointer until it closes, not opened
   * and closed here: closing any descriptor of a file drops every POSIX lock this process holds on
   * it, SQLite's included.
   */
  readonly fd: number;
}

/** SQLite's answer: whether it was blocked, frames in the WAL, and frames now in the database. */
export interface CheckpointResult {
  readonly busy: number;
  readonly log: number;
  readonly checkpointed: number;
}

const connections = new Map<string, Database.Database>();

/** Runs one PASSIVE checkpoint: it copies what is committed, and never waits for anyone. */
export default function checkpoint(task: CheckpointTask): CheckpointResult {
  let db = connections.get(task.path);
  if (!db) {
    db = new Database(task.path, { fileMustExist: true });
    // NORMAL: the WAL is synced before the copy, and the database file after a copy of all of it.
    db.pragma('synchronous = NORMAL');
    connections.set(task.path, db);
  }
  const [result] = db.pragma('wal_checkpoint(PASSIVE)') as CheckpointResult[];
  if (!result) throw new Error(`wal_checkpoint gave no answer for ${task.path}`);
  // SQLite flushed the pages it copied only if no write came in while it copied; when it did,
  // or nothing new was copied, there is little or nothing to write and the flush is cheap.
  if (result.checkpointed > 0) fdatasyncSync(task.fd);
  return result;
}
