/** Request and response shapes of the report routes. */
import { z } from 'zod';
import { REPORT_STATUSES } from '../../roles.js';
import { Id, ReportBodyJson, documented, text } from '../common_schema.js';

export const ReportParams = z.object({ id: Id });
export const VersionParams = z.object({ id: Id, versionId: Id });

export const CreateReportBody = z.object({
  title: text(300),
  decisionMaker: text(200).meta({ description: '"Cabinet", or the name of a committee' }),
  memberId: Id.meta({ description: 'the portfolio holder or Chair (a cabinet_member or chair)' }),
  keyDecision: z.boolean(),
  statutory: z.boolean().meta({ description: 'a statutory officer report under clause 7.7' }),
  rulebook: z.string().trim().min(1).max(100).optional(),
  body: ReportBodyJson,
});

export const SaveVersionBody = z.object({ baseVersionId: Id, body: ReportBodyJson });
export const ShareBody = z.object({ versionId: Id });
export const DiffQuery = z.object({ from: Id, to: Id });

const Person = z.object({ id: z.string(), name: z.string(), role: z.string().nullable() });

export const VersionJson = z
  .object({
    id: z.string(),
    reportId: z.string(),
    number: z.number().int(),
    authorId: z.string(),
    source: z.enum(['author', 'proposal']),
    proposalId: z.string().nullable(),
    bodyHash: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'Version' });

export const ReportSummaryJson = z
  .object({
    id: z.string(),
    title: z.string(),
    decisionMaker: z.string(),
    author: Person,
    member: Person,
    authorId: z.string(),
    memberId: z.string(),
    keyDecision: z.boolean(),
    statutory: z.boolean(),
    status: z.enum(REPORT_STATUSES),
    rulebook: z.string(),
    currentVersionId: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    attention: z.string().nullable(),
  })
  .meta({ id: 'ReportSummary' });

export const ReportJson = ReportSummaryJson.extend({
  currentVersion: z.object({
    id: z.string(),
    number: z.number(),
    createdAt: z.string(),
    authorId: z.string(),
  }),
  body: ReportBodyJson,
}).meta({ id: 'Report' });

const json = (schema: z.ZodType, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const body = (schema: z.ZodType) => ({ body: { content: { 'application/json': { schema } } } });

export const reportRoutes = [
  documented({
    method: 'get',
    path: '/api/reports',
    summary: 'Reports visible to me, with what each needs from me',
    responses: { '200': json(z.object({ reports: z.array(ReportSummaryJson) }), 'Reports') },
  }),
  documented({
    method: 'post',
    path: '/api/reports',
    summary: 'Create a report with its first version (officers)',
    request: body(CreateReportBody),
    responses: { '201': json(ReportJson, 'The report') },
  }),
  documented({
    method: 'get',
    path: '/api/reports/{id}',
    summary: 'A report with its current body',
    request: { params: ReportParams },
    responses: { '200': json(ReportJson, 'The report') },
  }),
  documented({
    method: 'post',
    path: '/api/reports/{id}/versions',
    summary: 'Save a new version (the author)',
    request: { params: ReportParams, ...body(SaveVersionBody) },
    responses: {
      '201': json(VersionJson, 'The version'),
      '409': json(z.object({}), 'Base is not the current version: details.currentVersionId'),
    },
  }),
  documented({
    method: 'get',
    path: '/api/reports/{id}/versions',
    summary: 'The report’s versions (no bodies)',
    request: { params: ReportParams },
    responses: { '200': json(z.object({ versions: z.array(VersionJson) }), 'Versions') },
  }),
  documented({
    method: 'get',
    path: '/api/reports/{id}/versions/{versionId}',
    summary: 'One version with its body',
    request: { params: VersionParams },
    responses: { '200': json(VersionJson.extend({ body: ReportBodyJson }), 'The version') },
  }),
  documented({
    method: 'post',
    path: '/api/reports/{id}/share',
    summary: 'Share the current version with the member (the author)',
    request: { params: ReportParams, ...body(ShareBody) },
    responses: { '200': json(ReportJson, 'The report, status with_member') },
  }),
  documented({
    method: 'post',
    path: '/api/reports/{id}/publish',
    summary: 'Publish the report (the author)',
    request: { params: ReportParams },
    responses: {
      '200': json(ReportJson, 'The report, status published'),
      '409': json(z.object({}), 'A proposal awaits a decision'),
    },
  }),
  documented({
    method: 'get',
    path: '/api/reports/{id}/timeline',
    summary: 'Everything that happened to the report, in order',
    request: { params: ReportParams },
    responses: { '200': json(z.object({ events: z.array(z.unknown()) }), 'Timeline') },
  }),
  documented({
    method: 'get',
    path: '/api/reports/{id}/diff',
    summary: 'The classified difference between two versions, under the report’s rulebook',
    request: { params: ReportParams, query: DiffQuery },
    responses: { '200': json(z.unknown(), 'Classification') },
  }),
];
