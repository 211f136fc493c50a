/** Request and response shapes of the proposal routes. */
import { z } from 'zod';
import { PROPOSAL_STATUSES } from '../../roles.js';
import { Id, ReportBodyJson, documented, text } from '../common_schema.js';
import { VersionJson } from '../reports/schema.js';

export const ReportParams = z.object({ id: Id });
export const ProposalParams = z.object({ id: Id });

/** A proposed body, written out in full or compact (unchanged blocks of the base by id). */
const ProposedBodyJson = ReportBodyJson.meta({
  id: 'ProposedBody',
  description:
    'ProseMirror JSON (report-model.md section 1). Compact form: any item of a content list may be the id (a string) of a block or section of the base version, which it repeats unchanged.',
});

export const CreateProposalBody = z.object({
  baseVersionId: Id,
  body: ProposedBodyJson,
  note: z.string().trim().max(2000).optional(),
});

export const WithdrawBody = z
  .object({
    findingIds: z
      .array(Id)
      .min(1)
      .max(10_000)
      .optional()
      .meta({ description: 'withdraw only these changes: a new draft proposal replaces this one' }),
  })
  .optional();

export const DisputeBody = z.object({ findingId: Id, reason: text(4000) });

export const DecisionBody = z.object({
  decisions: z
    .array(
      z.object({
        findingId: Id,
        accept: z.boolean(),
        attestation: z.string().max(500).optional(),
      }),
    )
    .max(10_000),
});

const Finding = z
  .object({
    id: z.string(),
    verdict: z.enum(['permitted', 'review', 'forbidden']),
    clause: z.string(),
    rule: z.string(),
    reason: z.string(),
    change: z.object({
      kind: z.enum(['insert', 'delete', 'modify', 'move', 'retag']),
      blockId: z.string(),
      nodeType: z.string(),
      section: z.string(),
      before: z.string().optional(),
      after: z.string().optional(),
    }),
    attestation: z
      .string()
      .optional()
      .meta({ description: 'for review findings: the words the author confirms' }),
  })
  .meta({ id: 'Finding' });

export const ClassificationJson = z
  .object({
    verdict: z.enum(['permitted', 'review', 'forbidden']),
    rulebook: z.string(),
    findings: z.array(Finding),
  })
  .meta({ id: 'Classification' });

export const DisputeJson = z
  .object({
    id: z.string(),
    proposalId: z.string(),
    reportId: z.string(),
    findingId: z.string(),
    memberId: z.string(),
    reason: z.string(),
    status: z.enum(['open', 'upheld', 'overturned']),
    resolverRole: z.string(),
    resolvedBy: z.string().nullable(),
    resolution: z.string().nullable(),
    createdAt: z.string(),
    resolvedAt: z.string().nullable(),
  })
  .meta({ id: 'Dispute' });

export const ProposalJson = z
  .object({
    id: z.string(),
    reportId: z.string(),
    baseVersionId: z.string(),
    memberId: z.string(),
    note: z.string(),
    status: z.enum(PROPOSAL_STATUSES),
    classification: ClassificationJson,
    resultVersionId: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Proposal' });

const json = (schema: z.ZodType, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const body = (schema: z.ZodType) => ({ body: { content: { 'application/json': { schema } } } });

export const proposalRoutes = [
  documented({
    method: 'post',
    path: '/api/reports/{id}/proposals',
    summary: 'Propose changes (the report’s member); the server classifies them',
    request: { params: ReportParams, ...body(CreateProposalBody) },
    responses: {
      '201': json(ProposalJson, 'The draft proposal'),
      '409': json(z.object({}), 'Stale base: details.currentVersionId'),
    },
  }),
  documented({
    method: 'get',
    path: '/api/reports/{id}/proposals',
    summary: 'The report’s proposals',
    request: { params: ReportParams },
    responses: { '200': json(z.object({ proposals: z.array(ProposalJson) }), 'Proposals') },
  }),
  documented({
    method: 'get',
    path: '/api/proposals/{id}',
    summary: 'A proposal with both bodies, disputes and decisions',
    request: { params: ProposalParams },
    responses: {
      '200': json(
        ProposalJson.extend({
          base: ReportBodyJson,
          proposed: ReportBodyJson,
          disputes: z.array(DisputeJson),
          decisions: z.array(z.unknown()),
        }),
        'The proposal',
      ),
    },
  }),
  documented({
    method: 'post',
    path: '/api/proposals/{id}/submit',
    summary: 'Send the proposal to the author',
    request: { params: ProposalParams },
    responses: {
      '200': json(ProposalJson, 'Submitted'),
      '422': json(z.object({}), 'forbidden_findings: details.findingIds'),
    },
  }),
  documented({
    method: 'post',
    path: '/api/proposals/{id}/withdraw',
    summary: 'Withdraw the proposal, or only some of its changes',
    request: { params: ProposalParams, ...body(WithdrawBody) },
    responses: {
      '200': json(ProposalJson, 'The withdrawn proposal, or the new draft that replaces it'),
    },
  }),
  documented({
    method: 'post',
    path: '/api/proposals/{id}/disputes',
    summary: 'Dispute a forbidden finding, with reasons',
    request: { params: ProposalParams, ...body(DisputeBody) },
    responses: { '201': json(DisputeJson, 'The open dispute') },
  }),
  documented({
    method: 'post',
    path: '/api/proposals/{id}/decision',
    summary: 'Accept or reject each finding (the author); makes the next version',
    request: { params: ProposalParams, ...body(DecisionBody) },
    responses: {
      '200': json(z.object({ proposal: ProposalJson, version: VersionJson }), 'Decided'),
      '422': json(z.object({}), 'forbidden_accepted, dispute_open or attestation_required'),
    },
  }),
];
