/** Request and response shapes of the Word and PDF routes. */
import { z } from 'zod';
import { OFFICER_ROLES, SECTION_KINDS, STATEMENT_KINDS } from '@probity/rules';
import { Id, ReportBodyJson, documented } from '../common_schema.js';
import { ProposalJson } from '../proposals/schema.js';
import { ReportParams, VersionParams } from '../reports/schema.js';

/** The media type of a `.docx`. */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** The largest `.docx` accepted, in bytes. */
export const WORD_UPLOAD_LIMIT_BYTES = 10 * 1024 * 1024;

/** Path parameters shared with the report routes. */
export { ReportParams, VersionParams };
/** `:id` of a proposal. */
export const ProposalParams = z.object({ id: Id });

/** Query of a version's `.docx`. */
export const VersionDocxQuery = z.object({
  trackChanges: z
    .enum(['true', 'false'])
    .optional()
    .meta({ description: 'turn Word’s Track Changes on in the file (for a member to mark up)' }),
});

/** Query of a member's tracked-changes upload: the version it was exported from. */
export const TrackedImportQuery = z.object({
  baseVersionId: Id.optional().meta({
    description:
      'the version the .docx was exported from; by default the version the file names (Probity writes it into every .docx it exports)',
  }),
  note: z.string().trim().max(2000).optional(),
});

const ProposedTagJson = z.discriminatedUnion('type', [
  z.object({ type: z.literal('opinion'), officer: z.enum(OFFICER_ROLES) }),
  z.object({
    type: z.literal('statement'),
    kind: z.enum(STATEMENT_KINDS),
    officer: z.enum(OFFICER_ROLES),
  }),
  z.object({ type: z.literal('consultation'), source: z.string().trim().max(500) }),
]);

/** The imported body and the tags the officer confirmed. */
export const ApplyTagsBody = z.object({
  body: ReportBodyJson,
  confirmations: z.array(z.object({ blockId: Id, tag: ProposedTagJson })).max(10_000),
});

const TagSuggestionJson = z.object({
  blockId: z.string(),
  section: z.enum(SECTION_KINDS),
  text: z.string(),
  tag: ProposedTagJson,
  cue: z.string().meta({ description: 'the words that made the paragraph read as protected' }),
  reason: z.string(),
});

const DroppedItemJson = z.object({
  kind: z.enum([
    'image',
    'comment',
    'text_box',
    'header_footer',
    'chart',
    'embedded_object',
    'footnote',
  ]),
  where: z.string(),
  detail: z.string(),
});

/** What reading a `.docx` gives back. */
export const ImportedReportJson = z
  .object({
    title: z.string().optional(),
    body: ReportBodyJson,
    suggestions: z.array(TagSuggestionJson),
    dropped: z.array(DroppedItemJson),
  })
  .meta({ id: 'ImportedReport' });

const json = (schema: z.ZodType, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const file = (type: string, description: string) => ({
  description,
  content: { [type]: { schema: z.string().meta({ format: 'binary' }) } },
});
const upload = {
  body: { content: { [DOCX_TYPE]: { schema: z.string().meta({ format: 'binary' }) } } },
};

/** The OpenAPI description of the routes. */
export const wordRoutes = [
  documented({
    method: 'post',
    path: '/api/reports/import',
    summary:
      'Read a .docx as a report body, with tags to confirm and what was dropped (officers; saves nothing)',
    request: upload,
    responses: {
      '200': json(ImportedReportJson, 'The body, suggested tags and dropped items'),
      '413': json(z.object({}), 'The file is larger than 10 MB, or unpacks too large'),
      '415': json(z.object({}), 'Not sent as a .docx'),
      '422': json(z.object({}), 'The document has no text'),
    },
  }),
  documented({
    method: 'post',
    path: '/api/reports/import/tags',
    summary: 'Apply the tags the officer confirmed to an imported body (officers; saves nothing)',
    request: { body: { content: { 'application/json': { schema: ApplyTagsBody } } } },
    responses: { '200': json(z.object({ body: ReportBodyJson }), 'The tagged body') },
  }),
  documented({
    method: 'get',
    path: '/api/reports/{id}/versions/{versionId}/docx',
    summary: 'A version as a .docx',
    request: { params: VersionParams, query: VersionDocxQuery },
    responses: { '200': file(DOCX_TYPE, 'The .docx') },
  }),
  documented({
    method: 'get',
    path: '/api/reports/{id}/versions/{versionId}/pdf',
    summary: 'A version as a PDF for publication, printed by Chromium',
    request: { params: VersionParams },
    responses: {
      '200': file('application/pdf', 'The PDF'),
      '429': json(z.object({}), 'Too many PDFs being printed; try again shortly'),
    },
  }),
  documented({
    method: 'get',
    path: '/api/proposals/{id}/docx',
    summary: 'A proposal as a .docx: its changes as Word tracked changes, its findings as comments',
    request: { params: ProposalParams },
    responses: { '200': file(DOCX_TYPE, 'The .docx') },
  }),
  documented({
    method: 'post',
    path: '/api/reports/{id}/proposals/docx',
    summary:
      'Propose the tracked changes made in Word to a .docx of a version (the report’s member)',
    request: { params: ReportParams, query: TrackedImportQuery, ...upload },
    responses: {
      '201': json(
        ProposalJson,
        'The draft proposal, classified; `word.untracked` lists blocks edited with Track Changes off',
      ),
      '409': json(z.object({}), 'Base is not the current version: details.currentVersionId'),
      '422': json(z.object({}), 'The document was not exported from that version'),
    },
  }),
];
