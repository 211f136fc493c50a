import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../verify_audit_chain.js';
import type { UserRecord } from '../store.js';
import { openDatabase } from './open_database.js';
import { SqliteStore, fileSyncer } from './sqlite_store.js';

const user = (n: number): UserRecord => ({
  id: `u${n}`,
  email: `u${n}@council.test`,
  name: `User ${n}`,
  role: 'officer',
  passwordHash: 'x',
  createdAt: '2026-11-22T08:00:00.000Z',
});

const event = (n: number) => ({
  at: '2026-11-22T08:00:00.000Z',
  type: 'user_created',
  actorId: null,
  actorRole: null,
  ip: null,
  reportId: null,
  data: { n },
});

describe('SqliteStore', () => {
  let store: SqliteStore;
  beforeEach(() => {
    store = SqliteStore.open(':memory:');
  });
  afterEach(() => store.close());

  it('commits writes that arrive together, each with its audit event, in one chain', async () => {
    await Promise.all(
      Array.from({ length: 50 }, (_, n) =>
        store.write(async (tx) => {
          await tx.users.insert(user(n));
          await tx.audit.append(event(n));
        }),
      ),
    );
    expect(await store.read((tx) => tx.users.count())).toBe(50);
    expect(await verifyAuditChain(store)).toMatchObject({
      ok: true,
      events: 50,
      head: { seq: 50 },
    });
  });

  it('rolls back only the unit that throws, not the others committed with it', async () => {
    const results = await Promise.allSettled([
      store.write(async (tx) => tx.users.insert(user(1))),
      store.write(async (tx) => {
        await tx.users.insert(user(2));
        await tx.audit.append(event(2));
        throw new Error('refused');
      }),
      store.write(async (tx) => {
        await tx.users.insert(user(3));
        await tx.audit.append(event(3));
      }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const ids = (await store.read((tx) => tx.users.list())).map((u) => u.id);
    expect(ids.sort()).toEqual(['u1', 'u3']);
    expect(await verifyAuditChain(store)).toMatchObject({ ok: true, events: 1 });
  });

  it('answers a read after the write it follows has committed', async () => {
    const write = store.write(async (tx) => tx.users.insert(user(7)));
    const read = store.read((tx) => tx.users.byId('u7'));
    await write;
    expect((await read)?.name).toBe('User 7');
  });

  it('fails a unit that breaks a constraint without harming the next one', async () => {
    await store.write(async (tx) => tx.users.insert(user(1)));
    const [duplicate, other] = await Promise.allSettled([
      store.write(async (tx) => tx.users.insert(user(1))),
      store.write(async (tx) => tx.users.insert(user(2))),
    ]);
    expect(duplicate.status).toBe('rejected');
    expect(other.status).toBe('fulfilled');
  });

  it('finishes queued work before closing, and refuses work after', async () => {
    const pending = store.write(async (tx) => tx.users.insert(user(9)));
    await store.close();
    await expect(pending).resolves.toBeUndefined();
    await expect(store.read((tx) => tx.users.count())).rejects.toThrow(/closed/);
  });

  it('treats an expired session as gone, and removes expired sessions on request', async () => {
    await store.write(async (tx) => {
      await tx.users.insert(user(1));
      await tx.sessions.insert({
        idHash: 'old',
        userId: 'u1',
        createdAt: '2026-01-01T00:00:00.000Z',
        expiresAt: '2026-01-01T08:00:00.000Z',
      });
      await tx.sessions.insert({
        idHash: 'new',
        userId: 'u1',
        createdAt: '2026-11-22T08:00:00.000Z',
        expiresAt: '2026-11-22T16:00:00.000Z',
      });
    });
    const now = '2026-11-22T09:00:00.000Z';
    expect(await store.read((tx) => tx.sessions.live('old', now))).toBeUndefined();
    expect((await store.read((tx) => tx.sessions.live('new', now)))?.userId).toBe('u1');
    await store.write((tx) => tx.sessions.deleteExpired(now));
    const left = store.db.prepare('SELECT id_hash FROM sessions').pluck().all();
    expect(left).toEqual(['new']);
  });

  it('refuses, rather than deadlocks on, a unit that asks the store again', async () => {
    await expect(store.write(async () => store.read((tx) => tx.users.count()))).rejects.toThrow(
      /inside a unit of work/,
    );
    // The store carries on.
    expect(await store.read((tx) => tx.users.count())).toBe(0);
  });
});

describe('SqliteStore on a file', () => {
  let directory: string;
  let path: string;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'probity-store-'));
    path = join(directory, 'probity.sqlite');
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  /** A fake fsync that records what it was asked to flush and finishes when told to. */
  function heldSync() {
    const calls: string[] = [];
    let release: (error?: Error) => void = () => undefined;
    const sync = (file: string) => {
      calls.push(file);
      return new Promise<void>((resolve, reject) => {
        release = (error) => (error ? reject(error) : resolve());
      });
    };
    return { calls, sync, release: (error?: Error) => release(error) };
  }

  const settledSoon = async (promise: Promise<unknown>) => {
    let settled = false;
    void promise.then(
      () => (settled = true),
      () => (settled = true),
    );
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
    return settled;
  };

  it('commits at synchronous=NORMAL and acknowledges a write only once its WAL file is flushed', async () => {
    const held = heldSync();
    const store = new SqliteStore(openDatabase(path), held.sync);
    try {
      expect(store.db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
      const write = store.write(async (tx) => tx.users.insert(user(1)));
      const read = store.read((tx) => tx.users.count());
      expect(await settledSoon(write)).toBe(false);
      expect(held.calls).toEqual([`${path}-wal`]);
      // Committed (another connection sees it), but neither acknowledged nor read by the store.
      const other = new Database(path, { readonly: true });
      expect(other.prepare('SELECT count(*) FROM users').pluck().get()).toBe(1);
      other.close();
      expect(await settledSoon(read)).toBe(false);
      held.release();
      await expect(write).resolves.toBeUndefined();
      expect(await read).toBe(1);
    } finally {
      held.release();
      await store.close();
    }
  });

  it('fails every write of a group whose flush fails, and carries on', async () => {
    const held = heldSync();
    const store = new SqliteStore(openDatabase(path), held.sync);
    try {
      const writes = [1, 2].map((n) => store.write(async (tx) => tx.users.insert(user(n))));
      await settledSoon(writes[0]!);
      held.release(new Error('EIO'));
      const results = await Promise.allSettled(writes);
      expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
      const next = store.write(async (tx) => tx.users.insert(user(3)));
      await settledSoon(next);
      held.release();
      await expect(next).resolves.toBeUndefined();
    } finally {
      held.release();
      await store.close();
    }
  });

  it('flushes the WAL for real by default', async () => {
    const store = SqliteStore.open(path);
    try {
      await store.write(async (tx) => tx.users.insert(user(1)));
      expect(await store.read((tx) => tx.users.count())).toBe(1);
    } finally {
      await store.close();
    }
    const syncer = fileSyncer();
    await expect(syncer.sync(path)).resolves.toBeUndefined();
    await expect(syncer.sync(join(directory, 'missing'))).rejects.toThrow(/ENOENT/);
    syncer.close();
  });

  it('holds writes, not reads, while a checkpoint copies the whole WAL', async () => {
    let finish: () => void = () => undefined;
    const quiet = { calls: 0 };
    const checkpoints = {
      needsQuiet: true,
      afterCommit: () => undefined,
      quiet() {
        quiet.calls++;
        return new Promise<undefined>((resolve) => {
          finish = () => {
            checkpoints.needsQuiet = false;
            resolve(undefined);
          };
        });
      },
      close: async () => undefined,
    };
    const store = new SqliteStore(openDatabase(path), undefined, () => checkpoints);
    try {
      const write = store.write(async (tx) => tx.users.insert(user(1)));
      const before = store.read((tx) => tx.users.count());
      expect(await settledSoon(before)).toBe(true);
      expect(quiet.calls).toBe(1);
      // Queued behind the held write, and later than the checkpoint began: still answered.
      expect(await store.read((tx) => tx.users.count())).toBe(0);
      expect(await settledSoon(write)).toBe(false);
      const other = new Database(path, { readonly: true });
      expect(other.prepare('SELECT count(*) FROM users').pluck().get()).toBe(0);
      other.close();
      finish();
      await expect(write).resolves.toBeUndefined();
      expect(await store.read((tx) => tx.users.count())).toBe(1);
      expect(quiet.calls).toBe(1);
    } finally {
      finish();
      await store.close();
    }
  });

  it('leaves an in-memory database to SQLite', async () => {
    const held = heldSync();
    const store = new SqliteStore(openDatabase(':memory:'), held.sync);
    await store.write(async (tx) => tx.users.insert(user(1)));
    expect(held.calls).toEqual([]);
    await store.close();
  });
});
