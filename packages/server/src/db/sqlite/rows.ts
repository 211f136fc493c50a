/** Row ↔ record conversions for the SQLite store: snake_case columns, 0/1 booleans, JSON text. */
import type {
  AuditEventRecord,
  DecisionRecord,
  DisputeRecord,
  ProposalRecord,
  ProposalWithBody,
  ReportRecord,
  SessionRecord,
  UserRecord,
  VersionRecord,
  VersionWithBody,
} from '../store.js';

/** A row as better-sqlite3 returns it. */
export type Row = Record<string, unknown>;

const str = (row: Row, key: string): string => String(row[key]);
const optStr = (row: Row, key: string): string | null =>
  row[key] === null || row[key] === undefined ? null : String(row[key]);

/** Each `toX` turns a row of its table into its record. */
export const toUser = (row: Row): UserRecord => ({
  id: str(row, 'id'),
  email: str(row, 'email'),
  name: str(row, 'name'),
  role: str(row, 'role') as UserRecord['role'],
  passwordHash: str(row, 'password_hash'),
  createdAt: str(row, 'created_at'),
});

export const toSession = (row: Row): SessionRecord => ({
  idHash: str(row, 'id_hash'),
  userId: str(row, 'user_id'),
  createdAt: str(row, 'created_at'),
  expiresAt: str(row, 'expires_at'),
});

export const toReport = (row: Row): ReportRecord => ({
  id: str(row, 'id'),
  title: str(row, 'title'),
  decisionMaker: str(row, 'decision_maker'),
  authorId: str(row, 'author_id'),
  memberId: str(row, 'member_id'),
  keyDecision: row['key_decision'] === 1,
  statutory: row['statutory'] === 1,
  status: str(row, 'status') as ReportRecord['status'],
  rulebook: str(row, 'rulebook'),
  currentVersionId: str(row, 'current_version_id'),
  createdAt: str(row, 'created_at'),
  updatedAt: str(row, 'updated_at'),
});

export const toVersion = (row: Row): VersionRecord => ({
  id: str(row, 'id'),
  reportId: str(row, 'report_id'),
  number: Number(row['number']),
  authorId: str(row, 'author_id'),
  source: str(row, 'source') as VersionRecord['source'],
  proposalId: optStr(row, 'proposal_id'),
  bodyHash: str(row, 'body_hash'),
  createdAt: str(row, 'created_at'),
});

export const toVersionWithBody = (row: Row): VersionWithBody => ({
  ...toVersion(row),
  body: JSON.parse(str(row, 'body')) as unknown,
});

export const toProposal = (row: Row): ProposalRecord => ({
  id: str(row, 'id'),
  reportId: str(row, 'report_id'),
  baseVersionId: str(row, 'base_version_id'),
  memberId: str(row, 'member_id'),
  note: str(row, 'note'),
  status: str(row, 'status') as ProposalRecord['status'],
  classification: JSON.parse(str(row, 'classification')) as ProposalRecord['classification'],
  resultVersionId: optStr(row, 'result_version_id'),
  createdAt: str(row, 'created_at'),
  updatedAt: str(row, 'updated_at'),
});

export const toProposalWithBody = (row: Row): ProposalWithBody => ({
  ...toProposal(row),
  proposedBody: JSON.parse(str(row, 'proposed_body')) as unknown,
});

export const toDispute = (row: Row): DisputeRecord => ({
  id: str(row, 'id'),
  proposalId: str(row, 'proposal_id'),
  reportId: str(row, 'report_id'),
  findingId: str(row, 'finding_id'),
  memberId: str(row, 'member_id'),
  reason: str(row, 'reason'),
  status: str(row, 'status') as DisputeRecord['status'],
  resolverRole: str(row, 'resolver_role') as DisputeRecord['resolverRole'],
  resolvedBy: optStr(row, 'resolved_by'),
  resolution: optStr(row, 'resolution'),
  createdAt: str(row, 'created_at'),
  resolvedAt: optStr(row, 'resolved_at'),
});

export const toDecision = (row: Row): DecisionRecord => ({
  id: str(row, 'id'),
  proposalId: str(row, 'proposal_id'),
  findingId: str(row, 'finding_id'),
  accept: row['accept'] === 1,
  attestation: optStr(row, 'attestation'),
  decidedBy: str(row, 'decided_by'),
  createdAt: str(row, 'created_at'),
});

export const toAuditEvent = (row: Row): AuditEventRecord => ({
  seq: Number(row['seq']),
  at: str(row, 'at'),
  type: str(row, 'type'),
  actorId: optStr(row, 'actor_id'),
  actorRole: optStr(row, 'actor_role') as AuditEventRecord['actorRole'],
  ip: optStr(row, 'ip'),
  reportId: optStr(row, 'report_id'),
  data: JSON.parse(str(row, 'data')) as AuditEventRecord['data'],
  prevHash: str(row, 'prev_hash'),
  hash: str(row, 'hash'),
});
