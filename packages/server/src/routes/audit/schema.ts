/** Request and response shapes of the audit, history and statistics routes. */
import { z } from 'zod';
import { Id, documented } from '../common_schema.js';

export const ReportParams = z.object({ id: Id });

/** A head noted earlier, as `SEQ:HASH`. */
export const VerifyQuery = z.object({
  head: z
    .string()
    .regex(/^\d+:[0-9a-f]{64}$/, 'must be SEQ:HASH as an earlier verification gave it')
    .transform((value) => {
      const [seq = '0', hash = ''] = value.split(':');
      return { seq: Number(seq), hash };
    })
    .optional(),
});

export const VerifyJson = z
  .object({
    ok: z.boolean(),
    events: z.number().int(),
    firstBroken: z.object({ seq: z.number().int(), id: z.string(), reason: z.string() }).optional(),
    head: z.object({ seq: z.number().int(), hash: z.string() }).optional(),
  })
  .meta({ id: 'AuditVerification' });

const Count = z.object({
  key: z.string(),
  label: z.string(),
  permitted: z.number(),
  review: z.number(),
  forbidden: z.number(),
  total: z.number(),
});

export const StatsJson = z
  .object({ byClause: z.array(Count), byMember: z.array(Count), byMonth: z.array(Count) })
  .meta({ id: 'FindingStatistics' });

const json = (schema: z.ZodType, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

export const auditRoutes = [
  documented({
    method: 'get',
    path: '/api/audit/verify',
    summary:
      'Check the whole hash chain, every version’s text, and optionally a head noted earlier (democratic services, Monitoring Officer, admin)',
    request: { query: z.object({ head: z.string().optional() }) },
    responses: { '200': json(VerifyJson, 'The verdict on the chain') },
  }),
  documented({
    method: 'get',
    path: '/api/stats/findings',
    summary:
      'Findings counted by clause, member and month (democratic services, Monitoring Officer)',
    responses: { '200': json(StatsJson, 'Counts') },
  }),
  documented({
    method: 'get',
    path: '/api/reports/{id}/events.json',
    summary: 'The report’s audit events as JSON (democratic services, Monitoring Officer)',
    request: { params: ReportParams },
    responses: {
      '200': json(z.object({ reportId: z.string(), events: z.array(z.unknown()) }), 'Events'),
    },
  }),
  documented({
    method: 'get',
    path: '/api/reports/{id}/events.csv',
    summary: 'The report’s audit events as CSV',
    request: { params: ReportParams },
    responses: { '200': { description: 'CSV', content: { 'text/csv': { schema: z.string() } } } },
  }),
  documented({
    method: 'get',
    path: '/api/reports/{id}/history.html',
    summary: 'Printable history statement for scrutiny or call-in',
    request: { params: ReportParams },
    responses: { '200': { description: 'HTML', content: { 'text/html': { schema: z.string() } } } },
  }),
];
