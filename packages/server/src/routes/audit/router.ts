/**
 * The audit trail and history for democratic services and the Monitoring Officer: verifying the
 * chain, statistics across reports, and each report's events as JSON, CSV and a printable
 * history statement. Every export is itself recorded in the audit trail.
 */
import { Router, type Response } from 'express';
import { forbidden } from '../../api_error.js';
import { auditEvent } from '../../audit_context.js';
import { authenticate, type Authenticated } from '../../auth/authenticate.js';
import type { AppContext } from '../../context.js';
import type { ReportRecord } from '../../db/store.js';
import { eventsCsv } from '../../exports/events_csv.js';
import { historyHtml } from '../../exports/history_html.js';
import { countFindings } from '../../finding_statistics.js';
import { canVerifyAudit, canViewStatistics } from '../../policies/audit_policy.js';
import { presentEvent } from '../../presenters/timeline.js';
import { verifyAuditChain } from '../../verify_audit_chain.js';
import { reportFor, usersById } from '../access.js';
import { validate } from '../validate.js';
import { ReportParams, VerifyQuery } from './schema.js';

/** The express router of these routes, over `context`. */
export function auditRouter(context: AppContext): Router {
  const router = Router();

  router.get('/api/audit/verify', async (req, res) => {
    const { user } = await authenticate(context, req);
    if (!canVerifyAudit(user))
      throw forbidden(
        'Only democratic services, the Monitoring Officer and administrators verify the audit trail.',
      );
    const query = validate(VerifyQuery, req.query, 'query');
    const report = await verifyAuditChain(context.store, query.head);
    res.json(
      report.firstBroken
        ? { ...report, firstBroken: { ...report.firstBroken, id: String(report.firstBroken.seq) } }
        : report,
    );
  });

  router.get('/api/stats/findings', async (req, res) => {
    const { user } = await authenticate(context, req);
    if (!canViewStatistics(user))
      throw forbidden(
        'Only democratic services and the Monitoring Officer see statistics across reports.',
      );
    const proposals = await context.store.read((tx) => tx.proposals.list());
    res.json(countFindings(proposals, await usersById(context)));
  });

  /** Loads the report for export and records the export in the audit trail. */
  async function exporting(
    auth: Authenticated,
    reportId: string,
    format: string,
  ): Promise<ReportRecord> {
    const report = await reportFor(context, auth.user, reportId, 'export');
    const now = context.now();
    await context.store.write(async (tx) => {
      await tx.audit.append(auditEvent(auth.actor, 'exported', report.id, { format }, now));
    });
    return report;
  }

  async function timeline(reportId: string) {
    const [events, users] = [
      await context.store.read((tx) => tx.audit.forReport(reportId)),
      await usersById(context),
    ];
    return { entries: events.map((event) => presentEvent(event, users)), users };
  }

  const attachment = (res: Response, report: ReportRecord, extension: string) =>
    res.attachment(`probity-${report.id}-events.${extension}`);

  router.get('/api/reports/:id/events.json', async (req, res) => {
    const auth = await authenticate(context, req);
    const { id } = validate(ReportParams, req.params, 'params');
    const report = await exporting(auth, id, 'json');
    const { entries } = await timeline(report.id);
    attachment(res, report, 'json').json({
      reportId: report.id,
      title: report.title,
      events: entries,
    });
  });

  router.get('/api/reports/:id/events.csv', async (req, res) => {
    const auth = await authenticate(context, req);
    const { id } = validate(ReportParams, req.params, 'params');
    const report = await exporting(auth, id, 'csv');
    const { entries } = await timeline(report.id);
    attachment(res, report, 'csv').type('text/csv; charset=utf-8').send(eventsCsv(entries));
  });

  router.get('/api/reports/:id/history.html', async (req, res) => {
    const auth = await authenticate(context, req);
    const { id } = validate(ReportParams, req.params, 'params');
    const report = await exporting(auth, id, 'html');
    const { entries, users } = await timeline(report.id);
    const { versions, proposals } = await context.store.read(async (tx) => {
      const proposals = await tx.proposals.forReport(report.id);
      return {
        versions: await tx.versions.forReport(report.id),
        proposals: await Promise.all(
          proposals.map(async (proposal) => ({
            proposal,
            disputes: await tx.disputes.forProposal(proposal.id),
            decisions: await tx.decisions.forProposal(proposal.id),
          })),
        ),
      };
    });
    const chain = await verifyAuditChain(context.store);
    res.type('text/html; charset=utf-8').send(
      historyHtml({
        report,
        users,
        versions,
        proposals,
        events: entries,
        chain,
        generatedAt: context.now(),
        generatedBy: auth.user,
      }),
    );
  });

  return router;
}
