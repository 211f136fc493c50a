/**
 * Reports and their versions. Each handler: authenticate → validate → authorise (policy, through
 * `reportFor`) → command → presenter.
 */
import { Router } from 'express';
import { badRequest, forbidden, notFound } from '../../api_error.js';
import { authenticate } from '../../auth/authenticate.js';
import { classifyProposal, isKnownRulebook } from '../../classification.js';
import {
  createReport,
  publishReport,
  saveVersion,
  shareReport,
} from '../../commands/report_commands.js';
import type { AppContext } from '../../context.js';
import type { ReportRecord, UserRecord } from '../../db/store.js';
import { canCreateReport, canOnReport } from '../../policies/report_policy.js';
import { attentionFor } from '../../presenters/attention.js';
import {
  presentReport,
  presentReportSummary,
  presentVersion,
} from '../../presenters/presenters.js';
import { presentEvent } from '../../presenters/timeline.js';
import { checkBody } from '../../report_body.js';
import { versionNode } from '../../version_nodes.js';
import { reportFor, usersById } from '../access.js';
import { validate } from '../validate.js';
import {
  CreateReportBody,
  DiffQuery,
  ReportParams,
  SaveVersionBody,
  ShareBody,
  VersionParams,
} from './schema.js';

/** The express router of these routes, over `context`. */
export function reportsRouter(context: AppContext): Router {
  const router = Router();

  /** The full report as the API shows it. */
  async function show(user: UserRecord, report: ReportRecord) {
    const [version, users, proposals, open] = await context.store.read(
      async (tx) =>
        [
          await tx.versions.byId(report.currentVersionId),
          await tx.users.list(),
          await tx.proposals.forReport(report.id),
          await tx.disputes.open(),
        ] as const,
    );
    if (!version) throw new Error(`report ${report.id} has no current version`);
    const attention = attentionFor(user, report, proposals, open, context.disputeResolver);
    return presentReport(
      report,
      new Map(users.map((u) => [u.id, u])),
      version,
      version.body,
      attention,
    );
  }

  router.get('/api/reports', async (req, res) => {
    const { user } = await authenticate(context, req);
    const { reports, proposals, open } = await context.store.read(async (tx) => ({
      reports: await tx.reports.list(),
      proposals: await tx.proposals.list(),
      open: await tx.disputes.open(),
    }));
    const users = await usersById(context);
    const visible = reports.filter((report) => canOnReport(user, 'view', report));
    res.json({
      reports: visible.map((report) =>
        presentReportSummary(
          report,
          users,
          attentionFor(
            user,
            report,
            proposals.filter((p) => p.reportId === report.id),
            open,
            context.disputeResolver,
          ),
        ),
      ),
    });
  });

  router.post('/api/reports', async (req, res) => {
    const auth = await authenticate(context, req);
    const input = validate(CreateReportBody, req.body, 'body');
    const body = checkBody(input.body);
    if (!canCreateReport(auth.user)) throw forbidden('Only officers write reports.');
    const rulebook = input.rulebook ?? context.defaultRulebook;
    if (!isKnownRulebook(rulebook)) {
      throw badRequest(
        'unknown_rulebook',
        `rulebook: no rulebook ${JSON.stringify(rulebook)}; see GET /api/rulebooks`,
      );
    }
    const report = await createReport(
      context,
      { ...auth.actor, user: { id: auth.user.id, role: auth.user.role } },
      {
        title: input.title,
        decisionMaker: input.decisionMaker,
        memberId: input.memberId,
        keyDecision: input.keyDecision,
        statutory: input.statutory,
        rulebook,
        body,
      },
    );
    res.status(201).json(await show(auth.user, report));
  });

  router.get('/api/reports/:id', async (req, res) => {
    const { user } = await authenticate(context, req);
    const { id } = validate(ReportParams, req.params, 'params');
    const report = await reportFor(context, user, id);
    res.json(await show(user, report));
  });

  router.post('/api/reports/:id/versions', async (req, res) => {
    const auth = await authenticate(context, req);
    const { id } = validate(ReportParams, req.params, 'params');
    const input = validate(SaveVersionBody, req.body, 'body');
    const body = checkBody(input.body);
    await reportFor(context, auth.user, id, 'save_version');
    const version = await saveVersion(context, auth.actor, id, input.baseVersionId, body);
    res.status(201).json(presentVersion(version));
  });

  router.get('/api/reports/:id/versions', async (req, res) => {
    const { user } = await authenticate(context, req);
    const { id } = validate(ReportParams, req.params, 'params');
    await reportFor(context, user, id);
    const versions = await context.store.read((tx) => tx.versions.forReport(id));
    res.json({ versions: versions.map(presentVersion) });
  });

  router.get('/api/reports/:id/versions/:versionId', async (req, res) => {
    const { user } = await authenticate(context, req);
    const { id, versionId } = validate(VersionParams, req.params, 'params');
    await reportFor(context, user, id);
    const version = await context.store.read((tx) => tx.versions.byId(versionId));
    if (!version || version.reportId !== id) throw notFound('version of this report', versionId);
    res.json({ ...presentVersion(version), body: version.body });
  });

  router.post('/api/reports/:id/share', async (req, res) => {
    const auth = await authenticate(context, req);
    const { id } = validate(ReportParams, req.params, 'params');
    const input = validate(ShareBody, req.body, 'body');
    await reportFor(context, auth.user, id, 'share');
    const report = await shareReport(context, auth.actor, id, input.versionId);
    res.json(await show(auth.user, report));
  });

  router.post('/api/reports/:id/publish', async (req, res) => {
    const auth = await authenticate(context, req);
    const { id } = validate(ReportParams, req.params, 'params');
    await reportFor(context, auth.user, id, 'publish');
    const report = await publishReport(context, auth.actor, id);
    res.json(await show(auth.user, report));
  });

  router.get('/api/reports/:id/timeline', async (req, res) => {
    const { user } = await authenticate(context, req);
    const { id } = validate(ReportParams, req.params, 'params');
    await reportFor(context, user, id);
    const events = await context.store.read((tx) => tx.audit.forReport(id));
    const users = await usersById(context);
    res.json({ events: events.map((event) => presentEvent(event, users)) });
  });

  router.get('/api/reports/:id/diff', async (req, res) => {
    const { user } = await authenticate(context, req);
    const { id } = validate(ReportParams, req.params, 'params');
    const query = validate(DiffQuery, req.query, 'query');
    const report = await reportFor(context, user, id);
    const from = await versionNode(context.store, id, query.from);
    const to = await versionNode(context.store, id, query.to);
    res.json(
      classifyProposal(from, to, {
        rulebook: report.rulebook,
        statutory: report.statutory,
      }),
    );
  });

  return router;
}
