import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../verify_audit_chain.js';
import type { UserRecord } from '../store.js';
import { SqliteStore } from './sqlite_store.js';

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
