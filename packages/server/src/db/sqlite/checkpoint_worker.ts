/**
 * The checkpointer's worker thread (a piscina module): copies what the WAL holds into the
 * database file, through a connection of its own, so that work and its two fsyncs happen off the
 * main thread. One connection per database file, opened on first use.
 */
import Database from 'better-sqlite3';

/** Which checkpoint to run; see SQLite's `PRAGMA wal_checkpoint`. */
export type CheckpointMode = 'PASSIVE' | 'RESTART';

/** A checkpoint of the database at `path`. */
export interface CheckpointTask {
  readonly path: string;
  readonly mode: CheckpointMode;
}

/** SQLite's answer: whether it was blocked, frames in the WAL, and frames now in the database. */
export interface CheckpointResult {
  readonly busy: number;
  readonly log: number;
  readonly checkpointed: number;
}

const connections = new Map<string, Database.Database>();

/** Runs one checkpoint. */
export default function checkpoint(task: CheckpointTask): CheckpointResult {
  let db = connections.get(task.path);
  if (!db) {
    db = new Database(task.path, { fileMustExist: true });
    // NORMAL: the WAL is synced before the copy and the database file after it.
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    connections.set(task.path, db);
  }
  const [result] = db.pragma(`wal_checkpoint(${task.mode})`) as CheckpointResult[];
  if (!result) throw new Error(`wal_checkpoint(${task.mode}) gave no answer for ${task.path}`);
  return result;
}
