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
 *
 * The WAL only starts again from its beginning when a write finds it wholly copied, which never
 * happens while writes keep coming during every checkpoint. So once a checkpoint finds the WAL
 * holding {@link CheckpointerOptions.quietFrames} frames, no more run alongside writes:
 * {@link Checkpointer.needsQuiet} asks the store to run the next one with no write in progress
 * ({@link Checkpointer.quiet}). The store waits for it without holding the event loop, and the
 * wait is short because it starts only once no checkpoint is running (writes never wait out one
 * that began among them) and the one before copied all but the writes made while it ran. Once
 * that quiet checkpoint has copied everything, the next write starts the WAL again; it is not
 * asked for twice.
 *
 * A failed checkpoint loses nothing (the pages stay in the WAL, which is durable); it is reported
 * as a process warning and tried again after the next commit.
 */
import { closeSync, openSync, statSync } from 'node:fs';
import { Piscina } from 'piscina';
import { workerModule } from '../../worker_module.js';
import type { CheckpointResult, CheckpointTask } from './checkpoint_worker.js';

/** When to checkpoint. */
export interface CheckpointerOptions {
  /** Size of the WAL file at which the first checkpoint (and the thread) starts. */
  readonly startBytes: number;
  /** Least time between the starts of two checkpoints, in ms. */
  readonly intervalMs: number;
  /** WAL frames at which the next checkpoint waits for a moment without writes. */
  readonly quietFrames: number;
}

/** SQLite's own autocheckpoint point (1,000 pages of 4 KiB), a quarter-second, and 64 MiB. */
export const DEFAULT_CHECKPOINTER: CheckpointerOptions = {
  startBytes: 4 * 1024 * 1024,
  intervalMs: 250,
  quietFrames: 16_384,
};

/** Checkpoints the WAL database at `path` in the background. */
export class Checkpointer {
  private pool: Piscina<CheckpointTask, CheckpointResult> | undefined;
  /** The database file, which the thread flushes (see checkpoint_worker.ts); open with the pool. */
  private fd: number | undefined;
  private running: Promise<CheckpointResult | undefined> | undefined;
  private lastStart = Number.NEGATIVE_INFINITY;
  private closed = false;
  /** Whether the last checkpoint left a WAL long enough that the next should run between writes. */
  private walLong = false;

  constructor(
    readonly path: string,
    private readonly options: CheckpointerOptions = DEFAULT_CHECKPOINTER,
  ) {}

  /**
   * Called after each durable commit: starts a checkpoint when one is due, and returns it (for
   * tests); undefined when none was started.
   */
  afterCommit(): Promise<CheckpointResult | undefined> | undefined {
    // A long WAL is left for the quiet checkpoint, which copies what this one would.
    if (this.closed || this.running || this.walLong) return undefined;
    if (performance.now() - this.lastStart < this.options.intervalMs) return undefined;
    if (!this.pool && walBytes(this.path) < this.options.startBytes) return undefined;
    return this.start();
  }

  /**
   * Whether the store should hold its next write for {@link quiet}: the WAL is long, and no
   * checkpoint is running (one that started among writes is not waited out: it is let finish, and
   * copies most of what the quiet one would otherwise have to).
   */
  get needsQuiet(): boolean {
    return this.walLong && !this.running && !this.closed;
  }

  /**
   * Runs a checkpoint after any that is running; the store calls it with no write in progress,
   * when {@link needsQuiet} asks, so that it copies the whole WAL. Resolves when it is done.
   */
  async quiet(): Promise<CheckpointResult | undefined> {
    if (this.running) await this.running;
    return this.closed ? undefined : this.start(true);
  }

  private start(quiet = false): Promise<CheckpointResult | undefined> {
    this.fd ??= openSync(this.path, 'r');
    this.pool ??= new Piscina<CheckpointTask, CheckpointResult>({
      ...workerModule(import.meta.url, 'checkpoint_worker'),
      minThreads: 1,
      maxThreads: 1,
    });
    this.lastStart = performance.now();
    this.running = this.pool
      .run({ path: this.path, fd: this.fd })
      .then(
        (result) => {
          // A quiet checkpoint that copied everything has done its work: the next write starts
          // the WAL again, whatever its length now.
          const whole = quiet && result.busy === 0 && result.checkpointed === result.log;
          this.walLong = !whole && result.log >= this.options.quietFrames;
          return result;
        },
        (error: unknown) => {
          this.walLong = false; // no pausing writes for a checkpoint that fails
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

  /** Waits for a running checkpoint, then stops the thread (closing its connection). */
  async close(): Promise<void> {
    this.closed = true;
    await this.running;
    await this.pool?.destroy();
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

function walBytes(path: string): number {
  try {
    return statSync(`${path}-wal`).size;
  } catch {
    return 0;
  }
}
