/**
 * The checkpointer's worker thread (a piscina module): copies what the WAL holds into the
 * database file, through a connection of its own, so that work and its two fsyncs happen off the
 * main thread. One connection per database file, opened on first use.
 */
import Database from 'better-sqlite3';

/** A checkpoint of the database at `path`. */
export interface CheckpointTask {
  readonly path: string;
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
    // NORMAL: the WAL is synced before the copy and the database file after it.
    db.pragma('synchronous = NORMAL');
    connections.set(task.path, db);
  }
  const [result] = db.pragma('wal_checkpoint(PASSIVE)') as CheckpointResult[];
  if (!result) throw new Error(`wal_checkpoint gave no answer for ${task.path}`);
  return result;
}
