/**
 * A report's audit events as a timeline a person can read: each event with its actor's name and
 * a one-line summary, beside the event's own data. The summary is plain text; whoever renders it
 * (the editor, the history statement) escapes it.
 */
import type { AuditEventRecord, UserRecord } from '../db/store.js';

/** One entry of a report's timeline. */
export interface TimelineEntry {
  readonly seq: number;
  readonly at: string;
  readonly type: string;
  readonly actor: { readonly id: string; readonly name: string; readonly role: string } | null;
  readonly ip: string | null;
  readonly summary: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly hash: string;
}

/** The timeline entry for `event`. */
export function presentEvent(
  event: AuditEventRecord,
  users: ReadonlyMap<string, UserRecord>,
): TimelineEntry {
  const user = event.actorId ? users.get(event.actorId) : undefined;
  const actor = event.actorId
    ? { id: event.actorId, name: user?.name ?? event.actorId, role: event.actorRole ?? '' }
    : null;
  return {
    seq: event.seq,
    at: event.at,
    type: event.type,
    actor,
    ip: event.ip,
    summary: summarise(event, users),
    data: event.data,
    hash: event.hash,
  };
}

function summarise(event: AuditEventRecord, users: ReadonlyMap<string, UserRecord>): string {
  const data = event.data;
  const text = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : '');
  const count = (key: string) => (Array.isArray(data[key]) ? (data[key] as unknown[]).length : 0);
  const name = (key: string) => users.get(text(key))?.name ?? text(key);
  switch (event.type) {
    case 'report_created':
      return `Report "${text('title')}" created for ${text('decisionMaker')}, member ${name('memberId')}`;
    case 'version_saved':
      return data['source'] === 'proposal'
        ? `Version ${String(data['number'])} made from the member's proposal`
        : `Version ${String(data['number'])} saved by the author`;
    case 'shared':
      return `Shared with ${name('memberId')} for review`;
    case 'proposal_created':
      return `Proposal drafted: ${count('findings')} change(s), overall ${text('verdict')}`;
    case 'proposal_submitted':
      return `Proposal sent to the author: ${count('findings')} change(s), overall ${text('verdict')}`;
    case 'proposal_withdrawn':
      return data['replacedBy'] ? 'Proposal withdrawn and replaced' : 'Proposal withdrawn';
    case 'finding_disputed':
      return `Finding under clause ${text('clause')} disputed: ${text('reason')}`;
    case 'dispute_resolved':
      return `Dispute ${text('outcome')}: ${text('reason')}`;
    case 'attested':
      return `Author attested: "${text('attestation')}" (clause ${text('clause')})`;
    case 'proposal_decided':
      return `Proposal decided: ${count('accepted')} accepted, ${count('rejected')} rejected`;
    case 'published':
      return 'Published';
    case 'exported':
      return `${data['subject'] ? text('subject') : 'History'} exported as ${text('format')}`;
    default:
      return event.type.replace(/_/g, ' ');
  }
}
