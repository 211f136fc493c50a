/**
 * The use cases of a report's author: create a report, save a version, share it with the member,
 * publish it. Each runs in one transaction and appends its audit event inside it. Authorisation has
 * already happened (policies); these re-check the state that may have moved since the caller read it.
 */
import { randomUUID } from 'node:crypto';
import { badRequest, conflict, notFound } from '../api_error.js';
import { auditEvent, type Actor } from '../audit_context.js';
import type { AppContext } from '../context.js';
import type { ReportRecord, Tx, VersionRecord } from '../db/store.js';
import { MEMBER_ROLES } from '../roles.js';
import { bodyHash, type CheckedBody } from '../report_body.js';

/** What an officer gives to open a report. */
export interface NewReport {
  readonly title: string;
  readonly decisionMaker: string;
  readonly memberId: string;
  readonly keyDecision: boolean;
  readonly statutory: boolean;
  readonly rulebook: string;
  readonly body: CheckedBody;
}

/** Creates the report and its first version; the author is `actor`. */
export async function createReport(
  context: AppContext,
  actor: Actor & { user: NonNullable<Actor['user']> },
  input: NewReport,
): Promise<ReportRecord> {
  const now = context.now();
  const id = randomUUID();
  const versionId = randomUUID();
  return context.store.write(async (tx) => {
    const member = await tx.users.byId(input.memberId);
    if (!member || !MEMBER_ROLES.includes(member.role)) {
      throw badRequest(
        'invalid_member',
        `memberId: ${JSON.stringify(input.memberId)} is not a cabinet member or chair`,
      );
    }
    const report: ReportRecord = {
      id,
      title: input.title,
      decisionMaker: input.decisionMaker,
      authorId: actor.user.id,
      memberId: member.id,
      keyDecision: input.keyDecision,
      statutory: input.statutory,
      status: 'draft',
      rulebook: input.rulebook,
      currentVersionId: versionId,
      createdAt: now,
      updatedAt: now,
    };
    await tx.reports.insert(report);
    await tx.audit.append(
      auditEvent(
        actor,
        'report_created',
        id,
        {
          title: report.title,
          decisionMaker: report.decisionMaker,
          authorId: report.authorId,
          memberId: report.memberId,
          keyDecision: report.keyDecision,
          statutory: report.statutory,
          rulebook: report.rulebook,
        },
        now,
      ),
    );
    await insertVersion(tx, actor, report.id, versionId, input.body.json, null, now);
    return report;
  });
}

/**
 * Saves `body` as the report's next version, by its author drafting. Refuses with 409
 * `stale_base` (and the current version id) when `baseVersionId` is no longer the current version,
 * and with 409 `report_published` once the report is published.
 */
export async function saveVersion(
  context: AppContext,
  actor: Actor,
  reportId: string,
  baseVersionId: string,
  body: CheckedBody,
): Promise<VersionRecord> {
  const now = context.now();
  return context.store.write(async (tx) => {
    const report = await currentReport(tx, reportId, baseVersionId);
    const version = await insertVersion(tx, actor, report.id, randomUUID(), body.json, null, now);
    await tx.reports.update(report.id, { currentVersionId: version.id, updatedAt: now });
    return version;
  });
}

/** Shares the current version with the report's member for review (status `with_member`). */
export async function shareReport(
  context: AppContext,
  actor: Actor,
  reportId: string,
  versionId: string,
): Promise<ReportRecord> {
  const now = context.now();
  return context.store.write(async (tx) => {
    const report = await currentReport(tx, reportId, versionId);
    await tx.reports.update(report.id, { status: 'with_member', updatedAt: now });
    await tx.audit.append(
      auditEvent(actor, 'shared', report.id, { versionId, memberId: report.memberId }, now),
    );
    return { ...report, status: 'with_member', updatedAt: now };
  });
}

/**
 * Publishes the report's current version. Refused with 409 `proposal_pending` while a member's
 * proposal waits for the author's decision.
 */
export async function publishReport(
  context: AppContext,
  actor: Actor,
  reportId: string,
): Promise<ReportRecord> {
  const now = context.now();
  return context.store.write(async (tx) => {
    const report = await currentReport(tx, reportId);
    const pending = (await tx.proposals.forReport(report.id)).filter(
      (proposal) => proposal.status === 'submitted',
    );
    if (pending.length > 0) {
      throw conflict(
        'proposal_pending',
        `Decide the member's proposal ${pending.map((p) => p.id).join(', ')} before publishing.`,
        { proposalIds: pending.map((p) => p.id) },
      );
    }
    await tx.reports.update(report.id, { status: 'published', updatedAt: now });
    await tx.audit.append(
      auditEvent(actor, 'published', report.id, { versionId: report.currentVersionId }, now),
    );
    return { ...report, status: 'published', updatedAt: now };
  });
}

/**
 * The report, checked to be still open for change and, when `baseVersionId` is given, still at
 * that version. Used inside a transaction so the check and the change cannot be separated.
 */
export async function currentReport(
  tx: Tx,
  reportId: string,
  baseVersionId?: string,
): Promise<ReportRecord> {
  const report = await tx.reports.byId(reportId);
  if (!report) throw notFound('report', reportId);
  if (report.status === 'published') {
    throw conflict('report_published', 'The report is published and can no longer change.');
  }
  if (baseVersionId !== undefined && report.currentVersionId !== baseVersionId) {
    throw conflict(
      'stale_base',
      `Version ${baseVersionId} is not the report's current version; reload and work from ${report.currentVersionId}.`,
      { currentVersionId: report.currentVersionId },
    );
  }
  return report;
}

/** Appends version `id` of the report with its audit event; the caller moves the report to it. */
export async function insertVersion(
  tx: Tx,
  actor: Actor,
  reportId: string,
  id: string,
  body: unknown,
  proposalId: string | null,
  now: string,
): Promise<VersionRecord> {
  if (!actor.user) throw new Error('a version needs an author');
  const version: VersionRecord = {
    id,
    reportId,
    number: (await tx.versions.latestNumber(reportId)) + 1,
    authorId: actor.user.id,
    source: proposalId ? 'proposal' : 'author',
    proposalId,
    bodyHash: bodyHash(body),
    createdAt: now,
  };
  await tx.versions.insert({ ...version, body });
  await tx.audit.append(
    auditEvent(
      actor,
      'version_saved',
      reportId,
      {
        versionId: version.id,
        number: version.number,
        source: version.source,
        proposalId,
        bodyHash: version.bodyHash,
      },
      now,
    ),
  );
  return version;
}
