/**
 * The repository layer: every read and write the server makes, as an interface that says nothing
 * about SQL. Routes and commands see only this; `sqlite/` implements it on better-sqlite3, and a
 * PostgreSQL adapter would implement the same interface (hence every method returns a promise even
 * though SQLite answers synchronously).
 *
 * Work happens inside a unit of work: `store.write(tx => ...)` runs in one transaction that commits
 * when the callback resolves and rolls back when it throws, so a command's change and its audit
 * event land together or not at all.
 */
import type { ProposalStatus, ReportStatus, ResolverRole, Role, DisputeStatus } from '../roles.js';
import type { StoredClassification } from '../classification.js';

/** A person who can log in, with one role. */
export interface UserRecord {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly passwordHash: string;
  readonly createdAt: string;
}

/** A login session; it ends at `expiresAt` or on logout. */
export interface SessionRecord {
  /** HMAC of the cookie's token; the token itself is never stored. */
  readonly idHash: string;
  readonly userId: string;
  readonly createdAt: string;
  readonly expiresAt: string;
}

/** A report: the facts beside its body, and which version is current. */
export interface ReportRecord {
  readonly id: string;
  readonly title: string;
  readonly decisionMaker: string;
  readonly authorId: string;
  readonly memberId: string;
  readonly keyDecision: boolean;
  readonly statutory: boolean;
  readonly status: ReportStatus;
  readonly rulebook: string;
  readonly currentVersionId: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Who made a version: the author drafting, or the author deciding a member's proposal. */
export type VersionSource = 'author' | 'proposal';

/** An immutable snapshot of a report body, without the body. */
export interface VersionRecord {
  readonly id: string;
  readonly reportId: string;
  readonly number: number;
  readonly authorId: string;
  readonly source: VersionSource;
  readonly proposalId: string | null;
  /** SHA-256 of `body`, recorded in the audit trail so the chain also vouches for the text. */
  readonly bodyHash: string;
  readonly createdAt: string;
}

/** A version with its body. */
export interface VersionWithBody extends VersionRecord {
  /** ProseMirror JSON, already validated by parseReport when it was saved. */
  readonly body: unknown;
}

/** A member's proposed body against a base version, with the server's classification (without the body). */
export interface ProposalRecord {
  readonly id: string;
  readonly reportId: string;
  readonly baseVersionId: string;
  readonly memberId: string;
  readonly note: string;
  readonly status: ProposalStatus;
  readonly classification: StoredClassification;
  readonly resultVersionId: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A proposal with its proposed body. */
export interface ProposalWithBody extends ProposalRecord {
  /**
   * ProseMirror JSON against the proposal's base version, compact (the blocks it leaves unchanged
   * named by id, see the rules' `compactReport`) or written out in full; read it with
   * `proposedNode` (version_nodes.ts). A `JsonText` (json_text.ts) when it came serialised.
   */
  readonly proposedBody: unknown;
}

/** A member's dispute of a forbidden finding, and its resolution. */
export interface DisputeRecord {
  readonly id: string;
  readonly proposalId: string;
  readonly reportId: string;
  readonly findingId: string;
  readonly memberId: string;
  readonly reason: string;
  readonly status: DisputeStatus;
  readonly resolverRole: ResolverRole;
  readonly resolvedBy: string | null;
  readonly resolution: string | null;
  readonly createdAt: string;
  readonly resolvedAt: string | null;
}

/** The author's decision on one finding of a proposal. */
export interface DecisionRecord {
  readonly id: string;
  readonly proposalId: string;
  readonly findingId: string;
  readonly accept: boolean;
  readonly attestation: string | null;
  readonly decidedBy: string;
  readonly createdAt: string;
}

/** An audit event as appended: the store gives it a sequence number and chains its hash. */
export interface NewAuditEvent {
  readonly at: string;
  readonly type: string;
  readonly actorId: string | null;
  readonly actorRole: Role | null;
  readonly ip: string | null;
  readonly reportId: string | null;
  readonly data: Readonly<Record<string, unknown>>;
}

/** An audit event as stored: numbered and hash-chained. */
export interface AuditEventRecord extends NewAuditEvent {
  readonly seq: number;
  readonly prevHash: string;
  readonly hash: string;
}

/** People. */
export interface UserRepository {
  insert(user: UserRecord): Promise<void>;
  byId(id: string): Promise<UserRecord | undefined>;
  byEmail(email: string): Promise<UserRecord | undefined>;
  list(role?: Role): Promise<readonly UserRecord[]>;
  count(): Promise<number>;
}

/** Login sessions. */
export interface SessionRepository {
  insert(session: SessionRecord): Promise<void>;
  /** The live session with this hash, or undefined when it is unknown or expired at `now`. */
  live(idHash: string, now: string): Promise<SessionRecord | undefined>;
  delete(idHash: string): Promise<void>;
  /** Removes sessions that expired at or before `now`. */
  deleteExpired(now: string): Promise<void>;
}

/** Reports. */
export interface ReportRepository {
  insert(report: ReportRecord): Promise<void>;
  byId(id: string): Promise<ReportRecord | undefined>;
  /** Every report, newest first; callers filter by policy. */
  list(): Promise<readonly ReportRecord[]>;
  update(
    id: string,
    change: Partial<Pick<ReportRecord, 'status' | 'currentVersionId' | 'updatedAt'>>,
  ): Promise<void>;
}

/** Versions, append-only. */
export interface VersionRepository {
  insert(version: VersionWithBody): Promise<void>;
  byId(id: string): Promise<VersionWithBody | undefined>;
  /** The report's versions, oldest first, without bodies. */
  forReport(reportId: string): Promise<readonly VersionRecord[]>;
  /** The highest version number of the report, 0 when it has none. */
  latestNumber(reportId: string): Promise<number>;
  /** Every version with its body, in pages ordered by id, for checking bodies against the audit trail. */
  page(afterId: string, limit: number): Promise<readonly VersionWithBody[]>;
}

/** Proposals. */
export interface ProposalRepository {
  insert(proposal: ProposalWithBody): Promise<void>;
  byId(id: string): Promise<ProposalWithBody | undefined>;
  forReport(reportId: string): Promise<readonly ProposalRecord[]>;
  /** Every proposal, oldest first, without bodies (for statistics). */
  list(): Promise<readonly ProposalRecord[]>;
  update(
    id: string,
    change: Partial<Pick<ProposalRecord, 'status' | 'resultVersionId' | 'updatedAt'>>,
  ): Promise<void>;
}

/** Disputes. */
export interface DisputeRepository {
  insert(dispute: DisputeRecord): Promise<void>;
  byId(id: string): Promise<DisputeRecord | undefined>;
  forProposal(proposalId: string): Promise<readonly DisputeRecord[]>;
  open(): Promise<readonly DisputeRecord[]>;
  resolve(
    id: string,
    change: Pick<DisputeRecord, 'status' | 'resolvedBy' | 'resolution' | 'resolvedAt'>,
  ): Promise<void>;
}

/** Decisions on findings. */
export interface DecisionRepository {
  insert(decision: DecisionRecord): Promise<void>;
  forProposal(proposalId: string): Promise<readonly DecisionRecord[]>;
}

/** The audit trail, append-only. */
export interface AuditRepository {
  /** Appends `event` after the last one, chaining its hash; returns it as stored. */
  append(event: NewAuditEvent): Promise<AuditEventRecord>;
  forReport(reportId: string): Promise<readonly AuditEventRecord[]>;
  /** Every event in order, in pages, so verifying a long chain holds one page at a time. */
  page(afterSeq: number, limit: number): Promise<readonly AuditEventRecord[]>;
}

/** The repositories, as seen from inside one unit of work. */
export interface Tx {
  readonly users: UserRepository;
  readonly sessions: SessionRepository;
  readonly reports: ReportRepository;
  readonly versions: VersionRepository;
  readonly proposals: ProposalRepository;
  readonly disputes: DisputeRepository;
  readonly decisions: DecisionRepository;
  readonly audit: AuditRepository;
}

/** A database behind the repositories. */
export interface Store {
  /** Runs `work` against a consistent view; nothing it does is written. */
  read<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  write<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /** Finishes queued work and closes the database. */
  close(): Promise<void>;
}
