/**
 * Background checkpoints. In WAL mode every commit appends to the WAL file, and a checkpoint
 * copies those pages into the database file and fsyncs both. SQLite would run one inside the
 * COMMIT that fills the WAL past 1,000 pages, and better-sqlite3 would hold the event loop for
 * all of it (tens of milliseconds when the disk is busy: the slowest requests). The store turns
 * that off and calls {@link Checkpointer.afterCommit} instead, which runs a PASSIVE checkpoint in
 * a worker thread with its own connection: it copies what is committed without stopping readers
 * or writers, at most one at a time and at most every {@link CheckpointerOptions.intervalMs}.
 *
 * The thread is started only once the WAL first reaches {@link CheckpointerOptions.startBytes}, so
 * short-lived and little-used databases never start one (closing the last connection checkpoints).
 * A passive checkpoint cannot finish while writes keep coming, and the WAL only starts again from
 * its beginning after one finishes; should it still hold {@link CheckpointerOptions.restartFrames}
 * frames, the next checkpoint is a RESTART, which makes writers wait while it completes.
 *
 * A failed checkpoint loses nothing (the pages stay in the WAL, which is durable); it is reported
 * as a process warning and tried again after the next commit.
 */
import { statSync } from 'node:fs';
import { Piscina } from 'piscina';
import { workerModule } from '../../worker_module.js';
import type { CheckpointMode, CheckpointResult, CheckpointTask } from './checkpoint_worker.js';

/** When to checkpoint. */
export interface CheckpointerOptions {
  /** Size of the WAL file at which the first checkpoint (and the thread) starts. */
  readonly startBytes: number;
  /** Least time between the starts of two checkpoints, in ms. */
  readonly intervalMs: number;
  /** WAL frames left after a checkpoint at which the next one is a RESTART. */
  readonly restartFrames: number;
}

/** SQLite's own autocheckpoint point (1,000 pages of 4 KiB), a quarter-second, and 256 MiB. */
export const DEFAULT_CHECKPOINTER: CheckpointerOptions = {
  startBytes: 4 * 1024 * 1024,
  intervalMs: 250,
  restartFrames: 65_536,
};

/** Checkpoints the WAL database at `path` in the background. */
export class Checkpointer {
  private pool: Piscina<CheckpointTask, CheckpointResult> | undefined;
  private running: Promise<CheckpointResult | undefined> | undefined;
  private lastStart = Number.NEGATIVE_INFINITY;
  private mode: CheckpointMode = 'PASSIVE';
  private closed = false;

  constructor(
    readonly path: string,
    private readonly options: CheckpointerOptions = DEFAULT_CHECKPOINTER,
  ) {}

  /**
   * Called after each durable commit: starts a checkpoint when one is due, and returns it (for
   * tests); undefined when none was started.
   */
  afterCommit(): Promise<CheckpointResult | undefined> | undefined {
    if (this.closed || this.running) return undefined;
    if (performance.now() - this.lastStart < this.options.intervalMs) return undefined;
    if (!this.pool) {
      if (walBytes(this.path) < this.options.startBytes) return undefined;
      this.pool = new Piscina<CheckpointTask, CheckpointResult>({
        ...workerModule(import.meta.url, 'checkpoint_worker'),
        minThreads: 1,
        maxThreads: 1,
      });
    }
    this.lastStart = performance.now();
    const mode = this.mode;
    this.running = this.pool
      .run({ path: this.path, mode })
      .then(
        (result) => {
          // After a RESTART the WAL starts again with the next write: back to PASSIVE.
          this.mode =
            mode === 'PASSIVE' && result.log >= this.options.restartFrames ? 'RESTART' : 'PASSIVE';
          return result;
        },
        (error: unknown) => {
          if (!this.closed) {
            process.emitWarning(`checkpoint of ${this.path} failed: ${String(error)}`);
          }
          return undefined;
        },
      )
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }

  /** Waits for a running checkpoint, then stops the thread. */
  async close(): Promise<void> {
    this.closed = true;
    await this.running;
    await this.pool?.destroy();
  }
}

function walBytes(path: string): number {
  try {
    return statSync(`${path}-wal`).size;
  } catch {
    return 0;
  }
}
