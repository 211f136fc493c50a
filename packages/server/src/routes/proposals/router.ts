/**
 * Members' proposals, disputes of their findings, and the author's decision. The classification is
 * computed here from the stored base and the proposed body; nothing the client says about verdicts
 * is read (the request schema has no place for it).
 */
import { compactReport } from '@probity/rules';
import { Router } from 'express';
import { conflict, notFound } from '../../api_error.js';
import { authenticate, type Authenticated } from '../../auth/authenticate.js';
import { applyAccepted, classifyProposal } from '../../classification.js';
import { checkDecisions, decideProposal } from '../../commands/decision_commands.js';
import { openDispute } from '../../commands/dispute_commands.js';
import {
  createProposal,
  submitProposal,
  withdrawProposal,
} from '../../commands/proposal_commands.js';
import type { AppContext } from '../../context.js';
import { JsonText } from '../../db/json_text.js';
import { jsonBytes } from '../../proposal_intake/json_bytes.js';
import { sharedBody } from '../../proposal_intake/shared_bodies.js';
import { presentDispute, presentProposal, presentVersion } from '../../presenters/presenters.js';
import { checkReport } from '../../report_body.js';
import { proposedNode, versionNode } from '../../version_nodes.js';
import { proposalFor, reportFor } from '../access.js';
import { validate } from '../validate.js';
import { DecisionBody, DisputeBody, ProposalParams, ReportParams, WithdrawBody } from './schema.js';

const asMember = (auth: Authenticated) => ({
  ...auth.actor,
  user: { id: auth.user.id, role: auth.user.role },
});

/** Where members post proposals; the app reads these bodies with `readJsonBytes`. */
export const PROPOSALS_PATH = '/api/reports/:id/proposals';

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

async function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    return { ok: false, error };
  }
}

/** The express router of these routes, over `context`. */
export function proposalsRouter(context: AppContext): Router {
  const router = Router();

  /** Checks that version `versionId` belongs to report `reportId`; 404 otherwise. */
  async function versionOf(reportId: string, versionId: string): Promise<void> {
    const versions = await context.store.read((tx) => tx.versions.forReport(reportId));
    if (!versions.some((version) => version.id === versionId)) {
      throw notFound('version of this report', versionId);
    }
  }

  router.post(PROPOSALS_PATH, async (req, res) => {
    const auth = await authenticate(context, req);
    const { id } = validate(ReportParams, req.params, 'params');
    // Whether the member may propose is settled before the body is parsed, so only proposals
    // that can be accepted are classified; a refusal is still answered after the body has been
    // checked, as on every route (validate, then authorise).
    const access = await settle(reportFor(context, auth.user, id, 'propose'));
    const report = access.ok ? access.value : undefined;
    const body = jsonBytes(req);
    const prepared = await context.proposalPreparer.prepare({
      bytes: body?.bytes,
      charset: body?.charset ?? 'utf-8',
      base: report && {
        versionId: report.currentVersionId,
        body: await sharedBody(context.store, id, report.currentVersionId),
        rulebook: report.rulebook,
        statutory: report.statutory,
      },
    });
    if (!access.ok) throw access.error;
    if (prepared.kind === 'unclassified') {
      // Not classified: no point judging changes against an old text.
      await versionOf(id, prepared.baseVersionId);
      throw conflict(
        'stale_base',
        `Version ${prepared.baseVersionId} is not the report's current version; reload and propose against ${access.value.currentVersionId}.`,
        { currentVersionId: access.value.currentVersionId },
      );
    }
    const proposal = await createProposal(context, asMember(auth), {
      reportId: id,
      baseVersionId: prepared.baseVersionId,
      proposedBody: new JsonText(prepared.proposedJson),
      classification: prepared.classification,
      note: prepared.note,
    });
    res.status(201).json(presentProposal(proposal));
  });

  router.get('/api/reports/:id/proposals', async (req, res) => {
    const { user } = await authenticate(context, req);
    const { id } = validate(ReportParams, req.params, 'params');
    await reportFor(context, user, id);
    const proposals = await context.store.read((tx) => tx.proposals.forReport(id));
    res.json({ proposals: proposals.map((p) => presentProposal(p)) });
  });

  router.get('/api/proposals/:id', async (req, res) => {
    const { user } = await authenticate(context, req);
    const { id } = validate(ProposalParams, req.params, 'params');
    const { proposal, report } = await proposalFor(context, user, id);
    const { disputes, decisions } = await context.store.read(async (tx) => ({
      disputes: await tx.disputes.forProposal(proposal.id),
      decisions: await tx.decisions.forProposal(proposal.id),
    }));
    // Both bodies from the parsed versions the server keeps (the proposal is stored against its base).
    const base = await versionNode(context.store, report.id, proposal.baseVersionId);
    const proposed = await proposedNode(context.store, proposal);
    res.json(
      presentProposal(proposal, {
        base: base.toJSON(),
        proposed: proposed.toJSON(),
        disputes,
        decisions,
      }),
    );
  });

  router.post('/api/proposals/:id/submit', async (req, res) => {
    const auth = await authenticate(context, req);
    const { id } = validate(ProposalParams, req.params, 'params');
    await proposalFor(context, auth.user, id, 'submit');
    res.json(presentProposal(await submitProposal(context, auth.actor, id)));
  });

  router.post('/api/proposals/:id/withdraw', async (req, res) => {
    const auth = await authenticate(context, req);
    const { id } = validate(ProposalParams, req.params, 'params');
    const input = validate(WithdrawBody, req.body, 'body');
    const { proposal, report } = await proposalFor(context, auth.user, id, 'withdraw');
    const withdrawn = input?.findingIds;
    if (!withdrawn) {
      res.json(presentProposal(await withdrawProposal(context, auth.actor, id)));
      return;
    }
    // Withdrawing some changes: keep the rest as a new draft, classified afresh.
    const unknown = withdrawn.filter(
      (fid) => !proposal.classification.findings.some((f) => f.id === fid),
    );
    if (unknown.length > 0) throw notFound('finding in this proposal', unknown.join(', '));
    const facts = { rulebook: report.rulebook, statutory: report.statutory };
    const base = await versionNode(context.store, report.id, proposal.baseVersionId);
    const kept = proposal.classification.findings
      .map((f) => f.id)
      .filter((fid) => !withdrawn.includes(fid));
    const proposed = await proposedNode(context.store, proposal);
    const remaining = checkReport(applyAccepted(base, proposed, kept, facts), 'body', { base });
    const classification = classifyProposal(base, remaining, facts);
    const replacement = await createProposal(context, asMember(auth), {
      reportId: report.id,
      baseVersionId: proposal.baseVersionId,
      proposedBody: compactReport(base, remaining),
      classification,
      note: proposal.note,
      replaces: proposal.id,
    });
    res.json(presentProposal(replacement));
  });

  router.post('/api/proposals/:id/disputes', async (req, res) => {
    const auth = await authenticate(context, req);
    const { id } = validate(ProposalParams, req.params, 'params');
    const input = validate(DisputeBody, req.body, 'body');
    await proposalFor(context, auth.user, id, 'dispute');
    const dispute = await openDispute(context, asMember(auth), id, input.findingId, input.reason);
    res.status(201).json(presentDispute(dispute));
  });

  router.post('/api/proposals/:id/decision', async (req, res) => {
    const auth = await authenticate(context, req);
    const { id } = validate(ProposalParams, req.params, 'params');
    const input = validate(DecisionBody, req.body, 'body');
    const { proposal, report } = await proposalFor(context, auth.user, id, 'decide');
    if (proposal.status !== 'submitted') {
      throw conflict(
        'proposal_closed',
        `The proposal is ${proposal.status}; only a submitted proposal can be decided.`,
        {
          status: proposal.status,
        },
      );
    }
    const disputes = await context.store.read((tx) => tx.disputes.forProposal(proposal.id));
    const accepted = checkDecisions(proposal.classification, disputes, input.decisions);
    const base = await versionNode(context.store, report.id, proposal.baseVersionId);
    const body = applyAccepted(base, await proposedNode(context.store, proposal), accepted, {
      rulebook: report.rulebook,
      statutory: report.statutory,
    });
    const result = await decideProposal(context, asMember(auth), id, input.decisions, body);
    res.json({
      proposal: presentProposal(result.proposal),
      version: result.version ? presentVersion(result.version) : null,
    });
  });

  return router;
}
