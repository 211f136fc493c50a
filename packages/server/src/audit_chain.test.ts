import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChainVerifier, GENESIS_HASH, hashEvent } from './audit_chain.js';
import type { AuditEventRecord, NewAuditEvent } from './db/store.js';

function chain(count: number): AuditEventRecord[] {
  const events: AuditEventRecord[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq++) {
    const event: NewAuditEvent = {
      at: `2026-11-22T08:00:0${seq}.000Z`,
      type: 'version_saved',
      actorId: 'u1',
      actorRole: 'officer',
      ip: '127.0.0.1',
      reportId: 'r1',
      data: { number: seq },
    };
    const hash = hashEvent(prevHash, seq, event);
    events.push({ ...event, seq, prevHash, hash });
    prevHash = hash;
  }
  return events;
}

function verify(events: readonly AuditEventRecord[]) {
  const verifier = new ChainVerifier();
  verifier.check(events);
  return verifier.report;
}

describe('ChainVerifier', () => {
  it('accepts an intact chain, however it is paged', () => {
    const events = chain(5);
    expect(verify(events)).toEqual({
      ok: true,
      events: 5,
      head: { seq: 5, hash: events[4]!.hash },
    });
    const paged = new ChainVerifier();
    paged.check(events.slice(0, 2));
    paged.check(events.slice(2));
    expect(paged.report).toEqual(verify(events));
  });

  it('names an event whose data was altered', () => {
    const events = chain(4);
    events[2] = { ...events[2]!, data: { number: 99 } };
    expect(verify(events).firstBroken).toEqual({
      seq: 3,
      reason: expect.stringContaining('altered'),
    });
  });

  it('names an event whose actor, time or IP was altered', () => {
    for (const change of [
      { actorId: 'u2' },
      { at: '2020-01-01T00:00:00.000Z' },
      { ip: '10.0.0.1' },
    ]) {
      const events = chain(3);
      events[1] = { ...events[1]!, ...change };
      expect(verify(events).firstBroken?.seq).toBe(2);
    }
  });

  it('names the event after a removed one', () => {
    const events = chain(4);
    events.splice(1, 1);
    expect(verify(events).firstBroken).toEqual({
      seq: 3,
      reason: expect.stringContaining('missing'),
    });
  });

  it('notices a rehashed event because the next one no longer links to it', () => {
    const events = chain(4);
    const forged = { ...events[1]!, data: { number: 42 } };
    events[1] = { ...forged, hash: hashEvent(forged.prevHash, forged.seq, forged) };
    expect(verify(events).firstBroken).toEqual({
      seq: 3,
      reason: expect.stringContaining('does not link'),
    });
  });

  it('hashes the same event the same way whatever the order of its data keys', () => {
    const base = chain(1)[0]!;
    expect(hashEvent(GENESIS_HASH, 1, { ...base, data: { a: 1, b: 2 } })).toBe(
      hashEvent(GENESIS_HASH, 1, { ...base, data: { b: 2, a: 1 } }),
    );
  });
});

describe('ChainVerifier, for any chain and any tampering', () => {
  const fields = [
    'at',
    'type',
    'actorId',
    'actorRole',
    'ip',
    'reportId',
    'data',
    'prevHash',
    'hash',
    'seq',
  ] as const;

  it('names the altered event when any field of any event changes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 25 }),
        fc.nat(),
        fc.constantFrom(...fields),
        (length, pick, field) => {
          const events = chain(length);
          const index = pick % length;
          const original = events[index]!;
          const altered: Record<string, unknown> = { ...original };
          altered[field] =
            field === 'seq'
              ? original.seq + 100
              : field === 'data'
                ? { number: -1 }
                : `${String(original[field])}x`;
          events[index] = altered as unknown as AuditEventRecord;
          const report = verify(events);
          expect(report.ok).toBe(false);
          const expected = field === 'seq' ? original.seq + 100 : original.seq;
          expect(report.firstBroken?.seq).toBe(expected);
        },
      ),
    );
  });

  it('names the event after one that was removed, anywhere but the end', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 25 }), fc.nat(), (length, pick) => {
        const events = chain(length);
        const index = pick % (length - 1);
        events.splice(index, 1);
        expect(verify(events).firstBroken?.seq).toBe(index + 2);
      }),
    );
  });
});
