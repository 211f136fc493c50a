/**
 * The audit trail's hash chain. Each event's hash is SHA-256 over the previous event's hash, a
 * newline, and the canonical JSON of the event's own fields (sequence number, time, type, actor,
 * role, IP, report and data). Changing any stored field of any event, removing an event or
 * inserting one changes that event's hash, and so breaks the link from every later event:
 * {@link ChainVerifier} walks the events in order and names the first one that does not hold.
 *
 * The chain is computed here, outside the database, so every store chains alike.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical_json.js';
import type { AuditEventRecord, NewAuditEvent } from './db/store.js';

/** The `prevHash` of the first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** The hash of `event`, stored as number `seq` after an event whose hash is `prevHash`. */
export function hashEvent(prevHash: string, seq: number, event: NewAuditEvent): string {
  const fields = {
    seq,
    at: event.at,
    type: event.type,
    actorId: event.actorId,
    actorRole: event.actorRole,
    ip: event.ip,
    reportId: event.reportId,
    data: event.data,
  };
  return createHash('sha256')
    .update(`${prevHash}\n${canonicalJson(fields)}`)
    .digest('hex');
}

/** The first link that does not hold, and why. */
export interface BrokenLink {
  readonly seq: number;
  readonly reason: string;
}

/** The outcome of checking a whole chain. */
export interface ChainReport {
  readonly ok: boolean;
  /** How many events were checked. */
  readonly events: number;
  readonly firstBroken?: BrokenLink;
  /**
   * The last event checked and its hash. A chain cannot show that events were cut off its end,
   * so whoever verifies it should note the head somewhere else (the minutes, a ticket): a later
   * head that does not descend from it shows the trail was rewritten.
   */
  readonly head?: { readonly seq: number; readonly hash: string };
}

/**
 * Checks events fed to it in sequence order, one page at a time, and remembers the first break.
 * A break is a gap in the sequence, a `prevHash` that is not the previous event's hash, or a hash
 * that does not match the event's contents.
 */
export class ChainVerifier {
  private previousHash = GENESIS_HASH;
  private previousSeq = 0;
  private count = 0;
  private broken: BrokenLink | undefined;

  /** Feeds the next events; returns false once a break is found (later events are not needed). */
  check(events: readonly AuditEventRecord[]): boolean {
    for (const event of events) {
      if (this.broken) return false;
      this.count++;
      this.broken = this.checkOne(event);
      this.previousHash = event.hash;
      this.previousSeq = event.seq;
    }
    return !this.broken;
  }

  private checkOne(event: AuditEventRecord): BrokenLink | undefined {
    if (event.seq !== this.previousSeq + 1) {
      return {
        seq: event.seq,
        reason: `event ${event.seq} follows event ${this.previousSeq}: events are missing in between`,
      };
    }
    if (event.prevHash !== this.previousHash) {
      return {
        seq: event.seq,
        reason: `event ${event.seq} does not link to the hash of the event before it`,
      };
    }
    if (hashEvent(event.prevHash, event.seq, event) !== event.hash) {
      return {
        seq: event.seq,
        reason: `event ${event.seq} (${event.type}) has been altered: its contents no longer match its hash`,
      };
    }
    return undefined;
  }

  /** The verdict on everything checked so far. */
  get report(): ChainReport {
    if (this.broken) return { ok: false, events: this.count, firstBroken: this.broken };
    return this.count === 0
      ? { ok: true, events: 0 }
      : { ok: true, events: this.count, head: { seq: this.previousSeq, hash: this.previousHash } };
  }
}
