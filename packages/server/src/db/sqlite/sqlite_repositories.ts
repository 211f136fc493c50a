/**
 * The repositories over one better-sqlite3 connection. Statements are prepared once per
 * connection; every method runs synchronously and returns a settled promise, to honour the
 * {@link Tx} interface that an asynchronous database would also implement.
 */
import type Database from 'better-sqlite3';
import { GENESIS_HASH, hashEvent } from '../../audit_chain.js';
import { jsonTextOf } from '../json_text.js';
import type { Tx } from '../store.js';
import {
  toAuditEvent,
  toDecision,
  toDispute,
  toProposal,
  toProposalWithBody,
  toReport,
  toSession,
  toUser,
  toVersion,
  toVersionWithBody,
  type Row,
} from './rows.js';

const VERSION_COLUMNS =
  'id, report_id, number, author_id, source, proposal_id, body_hash, created_at';
const PROPOSAL_COLUMNS =
  'id, report_id, base_version_id, member_id, note, status, classification, result_version_id, created_at, updated_at';

/** Builds the repositories for `db`. */
export function sqliteRepositories(db: Database.Database): Tx {
  const one = (sql: string) => {
    const statement = db.prepare(sql);
    return (...params: unknown[]) => statement.get(...params) as Row | undefined;
  };
  const all = (sql: string) => {
    const statement = db.prepare(sql);
    return (...params: unknown[]) => statement.all(...params) as Row[];
  };
  const run = (sql: string) => {
    const statement = db.prepare(sql);
    return (...params: unknown[]) => {
      statement.run(...params);
    };
  };
  const update = (table: string, columns: Record<string, string>) => {
    return (id: string, change: Record<string, unknown>) => {
      const keys = Object.keys(change).filter((key) => change[key] !== undefined);
      if (keys.length === 0) return;
      const sets = keys.map((key) => {
        const column = columns[key];
        if (!column) throw new Error(`${table}: ${key} cannot be updated`);
        return `${column} = @${key}`;
      });
      db.prepare(`UPDATE ${table} SET ${sets.join(', ')} WHERE id = @id`).run({ ...change, id });
    };
  };

  const userById = one('SELECT * FROM users WHERE id = ?');
  const userByEmail = one('SELECT * FROM users WHERE email = ?');
  const usersAll = all('SELECT * FROM users ORDER BY name');
  const usersByRole = all('SELECT * FROM users WHERE role = ? ORDER BY name');
  const userCount = one('SELECT count(*) AS n FROM users');
  const userInsert = run(
    'INSERT INTO users (id, email, name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );

  const sessionInsert = run(
    'INSERT INTO sessions (id_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
  );
  const sessionLive = one('SELECT * FROM sessions WHERE id_hash = ? AND expires_at > ?');
  const sessionDelete = run('DELETE FROM sessions WHERE id_hash = ?');
  const sessionDeleteExpired = run('DELETE FROM sessions WHERE expires_at <= ?');

  const reportInsert = run(`INSERT INTO reports (id, title, decision_maker, author_id, member_id,
    key_decision, statutory, status, rulebook, current_version_id, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const reportById = one('SELECT * FROM reports WHERE id = ?');
  const reportsAll = all('SELECT * FROM reports ORDER BY updated_at DESC, id');
  const reportUpdate = update('reports', {
    status: 'status',
    currentVersionId: 'current_version_id',
    updatedAt: 'updated_at',
  });

  // Bodies may come as UTF-8 bytes (see json_text.ts): CAST stores them as the TEXT they are.
  const versionInsert = run(`INSERT INTO versions (id, report_id, number, author_id, source,
    proposal_id, body, body_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, CAST(? AS TEXT), ?, ?)`);
  const versionById = one('SELECT * FROM versions WHERE id = ?');
  const versionsForReport = all(
    `SELECT ${VERSION_COLUMNS} FROM versions WHERE report_id = ? ORDER BY number`,
  );
  const versionLatest = one('SELECT max(number) AS n FROM versions WHERE report_id = ?');
  const versionPage = all('SELECT * FROM versions WHERE id > ? ORDER BY id LIMIT ?');

  const proposalInsert = run(`INSERT INTO proposals (id, report_id, base_version_id, member_id,
    note, status, proposed_body, classification, result_version_id, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, CAST(? AS TEXT), ?, ?, ?, ?)`);
  const proposalById = one('SELECT * FROM proposals WHERE id = ?');
  const proposalsForReport = all(
    `SELECT ${PROPOSAL_COLUMNS} FROM proposals WHERE report_id = ? ORDER BY created_at, id`,
  );
  const proposalsAll = all(`SELECT ${PROPOSAL_COLUMNS} FROM proposals ORDER BY created_at, id`);
  const proposalUpdate = update('proposals', {
    status: 'status',
    resultVersionId: 'result_version_id',
    updatedAt: 'updated_at',
  });

  const disputeInsert = run(`INSERT INTO disputes (id, proposal_id, report_id, finding_id,
    member_id, reason, status, resolver_role, resolved_by, resolution, created_at, resolved_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const disputeById = one('SELECT * FROM disputes WHERE id = ?');
  const disputesForProposal = all(
    'SELECT * FROM disputes WHERE proposal_id = ? ORDER BY created_at, id',
  );
  const disputesOpen = all("SELECT * FROM disputes WHERE status = 'open' ORDER BY created_at");
  const disputeResolve = update('disputes', {
    status: 'status',
    resolvedBy: 'resolved_by',
    resolution: 'resolution',
    resolvedAt: 'resolved_at',
  });

  const decisionInsert = run(`INSERT INTO decisions (id, proposal_id, finding_id, accept,
    attestation, decided_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const decisionsForProposal = all(
    'SELECT * FROM decisions WHERE proposal_id = ? ORDER BY created_at, id',
  );

  const auditLast = one('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1');
  const auditInsert = run(`INSERT INTO audit_events (seq, at, type, actor_id, actor_role, ip,
    report_id, data, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const auditForReport = all('SELECT * FROM audit_events WHERE report_id = ? ORDER BY seq');
  const auditPage = all('SELECT * FROM audit_events WHERE seq > ? ORDER BY seq LIMIT ?');

  const bool = (value: boolean) => (value ? 1 : 0);

  return {
    users: {
      insert: async (user) =>
        userInsert(user.id, user.email, user.name, user.role, user.passwordHash, user.createdAt),
      byId: async (id) => map(userById(id), toUser),
      byEmail: async (email) => map(userByEmail(email), toUser),
      list: async (role) => (role ? usersByRole(role) : usersAll()).map(toUser),
      count: async () => Number(userCount()?.['n'] ?? 0),
    },
    sessions: {
      insert: async (session) =>
        sessionInsert(session.idHash, session.userId, session.createdAt, session.expiresAt),
      live: async (idHash, now) => map(sessionLive(idHash, now), toSession),
      delete: async (idHash) => sessionDelete(idHash),
      deleteExpired: async (now) => sessionDeleteExpired(now),
    },
    reports: {
      insert: async (report) =>
        reportInsert(
          report.id,
          report.title,
          report.decisionMaker,
          report.authorId,
          report.memberId,
          bool(report.keyDecision),
          bool(report.statutory),
          report.status,
          report.rulebook,
          report.currentVersionId,
          report.createdAt,
          report.updatedAt,
        ),
      byId: async (id) => map(reportById(id), toReport),
      list: async () => reportsAll().map(toReport),
      update: async (id, change) => reportUpdate(id, change),
    },
    versions: {
      insert: async (version) =>
        versionInsert(
          version.id,
          version.reportId,
          version.number,
          version.authorId,
          version.source,
          version.proposalId,
          jsonTextOf(version.body),
          version.bodyHash,
          version.createdAt,
        ),
      byId: async (id) => map(versionById(id), toVersionWithBody),
      forReport: async (reportId) => versionsForReport(reportId).map(toVersion),
      latestNumber: async (reportId) => Number(versionLatest(reportId)?.['n'] ?? 0),
      page: async (afterId, limit) => versionPage(afterId, limit).map(toVersionWithBody),
    },
    proposals: {
      insert: async (proposal) =>
        proposalInsert(
          proposal.id,
          proposal.reportId,
          proposal.baseVersionId,
          proposal.memberId,
          proposal.note,
          proposal.status,
          jsonTextOf(proposal.proposedBody),
          JSON.stringify(proposal.classification),
          proposal.resultVersionId,
          proposal.createdAt,
          proposal.updatedAt,
        ),
      byId: async (id) => map(proposalById(id), toProposalWithBody),
      forReport: async (reportId) => proposalsForReport(reportId).map(toProposal),
      list: async () => proposalsAll().map(toProposal),
      update: async (id, change) => proposalUpdate(id, change),
    },
    disputes: {
      insert: async (d) =>
        disputeInsert(
          d.id,
          d.proposalId,
          d.reportId,
          d.findingId,
          d.memberId,
          d.reason,
          d.status,
          d.resolverRole,
          d.resolvedBy,
          d.resolution,
          d.createdAt,
          d.resolvedAt,
        ),
      byId: async (id) => map(disputeById(id), toDispute),
      forProposal: async (proposalId) => disputesForProposal(proposalId).map(toDispute),
      open: async () => disputesOpen().map(toDispute),
      resolve: async (id, change) => disputeResolve(id, change),
    },
    decisions: {
      insert: async (d) =>
        decisionInsert(
          d.id,
          d.proposalId,
          d.findingId,
          bool(d.accept),
          d.attestation,
          d.decidedBy,
          d.createdAt,
        ),
      forProposal: async (proposalId) => decisionsForProposal(proposalId).map(toDecision),
    },
    audit: {
      append: async (event) => {
        const last = auditLast();
        const seq = last ? Number(last['seq']) + 1 : 1;
        const prevHash = last ? String(last['hash']) : GENESIS_HASH;
        const hash = hashEvent(prevHash, seq, event);
        auditInsert(
          seq,
          event.at,
          event.type,
          event.actorId,
          event.actorRole,
          event.ip,
          event.reportId,
          JSON.stringify(event.data),
          prevHash,
          hash,
        );
        return { ...event, seq, prevHash, hash };
      },
      forReport: async (reportId) => auditForReport(reportId).map(toAuditEvent),
      page: async (afterSeq, limit) => auditPage(afterSeq, limit).map(toAuditEvent),
    },
  };
}

function map<T>(row: Row | undefined, convert: (row: Row) => T): T | undefined {
  return row === undefined ? undefined : convert(row);
}
