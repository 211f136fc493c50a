/**
 * Word in and out, and PDF for publication. Each handler: authenticate → validate (the upload's
 * type and size, then its contents) → authorise (through `reportFor` / `proposalFor` and the report
 * policy) → command → presenter. Importing a report saves nothing: the officer confirms the
 * suggested tags and creates the report through `POST /api/reports` as usual. Importing a member's
 * tracked changes creates a proposal, classified here like any other.
 */
import { compactReport } from '@probity/rules';
import express, { Router, type Request, type RequestHandler, type Response } from 'express';
import { ApiError, badRequest, conflict, forbidden, notFound } from '../../api_error.js';
import { auditEvent } from '../../audit_context.js';
import { authenticate, type Authenticated } from '../../auth/authenticate.js';
import { classifyProposal } from '../../classification.js';
import { createProposal } from '../../commands/proposal_commands.js';
import type { AppContext } from '../../context.js';
import { canCreateReport } from '../../policies/report_policy.js';
import { presentProposal } from '../../presenters/presenters.js';
import { checkBody, checkReport, storedBody } from '../../report_body.js';
import { proposedNode, versionNode } from '../../version_nodes.js';
import { exportProposalDocx } from '../../word/export_proposal_docx.js';
import { exportVersionDocx } from '../../word/export_version_docx.js';
import { importDocx } from '../../word/import_docx.js';
import { importTrackedDocx } from '../../word/import_tracked_docx.js';
import { printPdf } from '../../word/print_pdf.js';
import { renderPrintableHtml } from '../../word/printable_html.js';
import { applyTags } from '../../word/tag_suggestions.js';
import { WordError } from '../../word/word_error.js';
import { docxVersion } from '../../word/docx_parts.js';
import { proposalFor, reportFor, usersById } from '../access.js';
import { validate } from '../validate.js';
import {
  ApplyTagsBody,
  DOCX_TYPE,
  ProposalParams,
  ReportParams,
  TrackedImportQuery,
  VersionDocxQuery,
  VersionParams,
  WORD_UPLOAD_LIMIT_BYTES,
} from './schema.js';

/** PDFs printed at once; each is a Chromium of its own, and the machine is small. */
const MAX_CONCURRENT_PRINTS = 2;

/** The Word and PDF routes of `API.md`. */
export function wordRouter(context: AppContext): Router {
  const router = Router();
  const raw = express.raw({
    type: [DOCX_TYPE, 'application/octet-stream'],
    limit: WORD_UPLOAD_LIMIT_BYTES,
  });
  let printing = 0;

  async function version(reportId: string, versionId: string) {
    const found = await context.store.read((tx) => tx.versions.byId(versionId));
    if (!found || found.reportId !== reportId) throw notFound('version of this report', versionId);
    return found;
  }

  /** Every export is a state change of the record: it is audited once the file is ready. */
  async function recordExport(
    auth: Authenticated,
    reportId: string,
    data: Readonly<Record<string, string>>,
  ): Promise<void> {
    const now = context.now();
    await context.store.write(async (tx) => {
      await tx.audit.append(auditEvent(auth.actor, 'exported', reportId, data, now));
    });
  }

  // Uploads are read only once the session (and its CSRF token) is known good.
  const signedIn: RequestHandler = async (req, res, next) => {
    res.locals['auth'] = await authenticate(context, req);
    next();
  };
  const authOf = (res: Response): Authenticated => res.locals['auth'] as Authenticated;

  router.post('/api/reports/import', signedIn, raw, async (req, res) => {
    const auth = authOf(res);
    const upload = uploaded(req);
    if (!canCreateReport(auth.user)) throw forbidden('Only officers import reports.');
    const imported = await word(() => importDocx(upload));
    res.json({
      ...(imported.title === undefined ? {} : { title: imported.title }),
      body: imported.body.toJSON(),
      suggestions: imported.suggestions,
      dropped: imported.dropped,
    });
  });

  router.post('/api/reports/import/tags', async (req, res) => {
    const auth = await authenticate(context, req);
    const input = validate(ApplyTagsBody, req.body, 'body');
    const body = checkBody(input.body);
    if (!canCreateReport(auth.user)) throw forbidden('Only officers import reports.');
    const tagged = await word(() => Promise.resolve(applyTags(body.node, input.confirmations)));
    res.json({ body: tagged.toJSON() });
  });

  router.get('/api/reports/:id/versions/:versionId/docx', async (req, res) => {
    const auth = await authenticate(context, req);
    const { user } = auth;
    const { id, versionId } = validate(VersionParams, req.params, 'params');
    const query = validate(VersionDocxQuery, req.query, 'query');
    const report = await reportFor(context, user, id);
    const found = await version(id, versionId);
    const docx = await exportVersionDocx(storedBody(found.body), {
      title: report.title,
      description: `Version ${found.number}, ${found.createdAt}`,
      trackChanges: query.trackChanges === 'true',
      versionId: found.id,
    });
    await recordExport(auth, report.id, { format: 'Word', subject: `Version ${found.number}` });
    send(res, docx, DOCX_TYPE, `${slug(report.title)}-v${found.number}.docx`);
  });

  router.get('/api/reports/:id/versions/:versionId/pdf', async (req, res) => {
    const auth = await authenticate(context, req);
    const { user } = auth;
    const { id, versionId } = validate(VersionParams, req.params, 'params');
    const report = await reportFor(context, user, id);
    const found = await version(id, versionId);
    if (printing >= MAX_CONCURRENT_PRINTS) {
      throw new ApiError(429, 'busy', 'Other PDFs are being printed; try again in a few seconds.');
    }
    printing++;
    try {
      const html = renderPrintableHtml(storedBody(found.body), {
        title: report.title,
        lines: [report.decisionMaker, `Version ${found.number}, ${found.createdAt.slice(0, 10)}`],
      });
      const pdf = await printPdf(html);
      await recordExport(auth, report.id, { format: 'PDF', subject: `Version ${found.number}` });
      send(res, pdf, 'application/pdf', `${slug(report.title)}-v${found.number}.pdf`);
    } finally {
      printing--;
    }
  });

  router.get('/api/proposals/:id/docx', async (req, res) => {
    const auth = await authenticate(context, req);
    const { user } = auth;
    const { id } = validate(ProposalParams, req.params, 'params');
    const { proposal, report } = await proposalFor(context, user, id);
    const base = await version(report.id, proposal.baseVersionId);
    const member = (await usersById(context)).get(proposal.memberId);
    const docx = await exportProposalDocx(
      await versionNode(context.store, report.id, base.id),
      await proposedNode(context.store, proposal),
      proposal.classification,
      {
        title: report.title,
        member: member?.name ?? 'Member',
        date: proposal.createdAt,
        description: `Proposed changes to version ${base.number}`,
        baseVersionId: base.id,
      },
    );
    await recordExport(auth, report.id, {
      format: 'Word with tracked changes',
      subject: `Proposal of ${proposal.createdAt.slice(0, 10)}`,
      proposalId: proposal.id,
    });
    send(res, docx, DOCX_TYPE, `${slug(report.title)}-proposal.docx`);
  });

  router.post('/api/reports/:id/proposals/docx', signedIn, raw, async (req, res) => {
    const auth = authOf(res);
    const { id } = validate(ReportParams, req.params, 'params');
    const query = validate(TrackedImportQuery, req.query, 'query');
    const upload = uploaded(req);
    const report = await reportFor(context, auth.user, id, 'propose');
    const named = await word(() => Promise.resolve(docxVersion(upload)));
    if (query.baseVersionId && named && named !== query.baseVersionId) {
      throw new ApiError(
        422,
        'not_from_this_version',
        `This file was exported from version ${named}, not ${query.baseVersionId}.`,
      );
    }
    const baseVersionId = query.baseVersionId ?? named;
    if (!baseVersionId) {
      throw badRequest(
        'version_unknown',
        'query.baseVersionId: the file does not say which version it was exported from; name it.',
      );
    }
    const base = await version(id, baseVersionId);
    if (report.currentVersionId !== base.id) {
      throw conflict(
        'stale_base',
        `Version ${base.id} is not the report's current version; export ${report.currentVersionId} to Word and propose against it.`,
        { currentVersionId: report.currentVersionId },
      );
    }
    const baseBody = await versionNode(context.store, id, base.id);
    const tracked = await word(() => Promise.resolve(importTrackedDocx(upload, baseBody)));
    const proposed = checkReport(tracked.proposed.toJSON(), 'body', { base: baseBody });
    const classification = classifyProposal(baseBody, proposed, {
      rulebook: report.rulebook,
      statutory: report.statutory,
    });
    const by =
      tracked.authors.length > 0 ? ` (tracked changes by ${tracked.authors.join(', ')})` : '';
    const said = tracked.comments
      .map((comment) => ` ${comment.author}: “${comment.text}”`)
      .join('');
    const note = `Imported from Word${by}.${said ? ` Comments in the file:${said}` : ''}`.slice(
      0,
      2000,
    );
    const proposal = await createProposal(
      context,
      { ...auth.actor, user: { id: auth.user.id, role: auth.user.role } },
      {
        reportId: id,
        baseVersionId: base.id,
        proposedBody: compactReport(baseBody, proposed),
        classification,
        note: query.note ?? note,
      },
    );
    res.status(201).json({
      ...presentProposal(proposal),
      word: { authors: tracked.authors, untracked: tracked.untracked, comments: tracked.comments },
    });
  });

  return router;
}

/** The uploaded `.docx` bytes; 415 when the request did not carry one. */
function uploaded(req: Request): Uint8Array {
  if (!Buffer.isBuffer(req.body) || req.body.length === 0) {
    throw new ApiError(
      415,
      'unsupported_media_type',
      `Send the .docx itself as the request body, with content-type ${DOCX_TYPE}.`,
    );
  }
  return req.body;
}

/** Runs a Word operation, turning its refusals into API errors. */
async function word<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof WordError)) throw error;
    switch (error.code) {
      case 'too_large':
        throw new ApiError(413, error.code, error.message);
      case 'empty_document':
      case 'not_from_this_version':
        throw new ApiError(422, error.code, error.message);
      case 'not_docx':
      case 'invalid_body':
        throw badRequest(error.code, error.message);
    }
  }
}

/** A file download that is never cached and never rendered inline. */
function send(res: Response, bytes: Uint8Array, type: string, filename: string): void {
  res
    .status(200)
    .set({
      'content-type': type,
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'no-store',
    })
    .send(Buffer.from(bytes));
}

/** A filename-safe version of `title`: ASCII letters, digits and hyphens. */
function slug(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .slice(0, 60);
  return words === '' ? 'report' : words;
}
