/**
 * The authorisation matrix through HTTP: every person against every route. Requests are built so
 * that a person who is allowed gets past authorisation and then meets a harmless refusal of
 * state (a stale base, a closed proposal), so the matrix can run against one shared report
 * without changing it: 404 means "cannot see it", 403 "can see it but may not", anything else
 * "was let through".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIXED_PROPOSAL, newReport, reportBody } from './documents.js';
import { PEOPLE, sharedReport, startTestServer, type Person, type TestServer } from './harness.js';

const everyone = Object.keys(PEOPLE) as Person[];
const viewers: readonly Person[] = ['officer', 'member', 'democratic', 'monitoring', 'hops'];
const exporters: readonly Person[] = ['democratic', 'monitoring'];

/** What each person should get: an explicit status, or the default for their visibility. */
interface Row {
  readonly name: string;
  readonly method: 'GET' | 'POST';
  readonly path: () => string;
  readonly body?: () => unknown;
  /** Who gets past authorisation, and the status they then get. */
  readonly allowed: Partial<Record<Person, number>>;
  /** The status for everyone else who can see the report (403 unless said). */
  readonly denied?: number;
  /** True for routes that are not about one report: refusal is 403 for everyone. */
  readonly global?: boolean;
}

describe('authorisation matrix', () => {
  let t: TestServer;
  let reportId: string;
  let versionId: string;
  let proposalId: string;
  let permittedFinding: string;
  let disputeId: string;

  beforeAll(async () => {
    t = await startTestServer();
    const member = await t.as('member');
    ({ reportId, versionId } = await sharedReport(t));
    const proposal = await member.post(`/api/reports/${reportId}/proposals`, {
      baseVersionId: versionId,
      body: reportBody(MIXED_PROPOSAL),
    });
    proposalId = proposal.body.id;
    const findings = proposal.body.classification.findings as { id: string; verdict: string }[];
    permittedFinding = findings.find((f) => f.verdict === 'permitted')!.id;
    const forbidden = findings.find((f) => f.verdict === 'forbidden')!.id;
    disputeId = (
      await member.post(`/api/proposals/${proposalId}/disputes`, {
        findingId: forbidden,
        reason: 'Not a live option.',
      })
    ).body.id;
    await (
      await t.as('monitoring')
    ).post(`/api/disputes/${disputeId}/resolve`, {
      outcome: 'upheld',
      reason: 'It is a live option.',
    });
  });
  afterAll(() => t.close());

  const rows: readonly Row[] = [
    {
      name: 'list reports',
      method: 'GET',
      path: () => '/api/reports',
      allowed: Object.fromEntries(everyone.map((p) => [p, 200])),
      global: true,
    },
    {
      name: 'create a report',
      method: 'POST',
      path: () => '/api/reports',
      body: () => newReport(t.users.member.id),
      allowed: { officer: 201, otherOfficer: 201 },
      global: true,
    },
    {
      name: 'read a report',
      method: 'GET',
      path: () => `/api/reports/${reportId}`,
      allowed: Object.fromEntries(viewers.map((p) => [p, 200])),
    },
    {
      name: 'list versions',
      method: 'GET',
      path: () => `/api/reports/${reportId}/versions`,
      allowed: Object.fromEntries(viewers.map((p) => [p, 200])),
    },
    {
      name: 'read a version',
      method: 'GET',
      path: () => `/api/reports/${reportId}/versions/${versionId}`,
      allowed: Object.fromEntries(viewers.map((p) => [p, 200])),
    },
    {
      name: 'save a version',
      method: 'POST',
      path: () => `/api/reports/${reportId}/versions`,
      body: () => ({ baseVersionId: 'stale', body: reportBody() }),
      allowed: { officer: 409 },
    },
    {
      name: 'share',
      method: 'POST',
      path: () => `/api/reports/${reportId}/share`,
      body: () => ({ versionId: 'stale' }),
      allowed: { officer: 409 },
    },
    {
      name: 'publish',
      method: 'POST',
      path: () => `/api/reports/${reportId}/publish`,
      allowed: { officer: 200 },
    },
    {
      name: 'propose',
      method: 'POST',
      path: () => `/api/reports/${reportId}/proposals`,
      body: () => ({ baseVersionId: 'stale', body: reportBody() }),
      allowed: { member: 404 },
    },
    {
      name: 'list proposals',
      method: 'GET',
      path: () => `/api/reports/${reportId}/proposals`,
      allowed: Object.fromEntries(viewers.map((p) => [p, 200])),
    },
    {
      name: 'read a proposal',
      method: 'GET',
      path: () => `/api/proposals/${proposalId}`,
      allowed: Object.fromEntries(viewers.map((p) => [p, 200])),
    },
    {
      name: 'submit a proposal',
      method: 'POST',
      path: () => `/api/proposals/${proposalId}/submit`,
      allowed: { member: 422 },
    },
    {
      name: 'dispute a finding',
      method: 'POST',
      path: () => `/api/proposals/${proposalId}/disputes`,
      body: () => ({ findingId: permittedFinding, reason: 'r' }),
      allowed: { member: 422 },
    },
    {
      name: 'decide a proposal',
      method: 'POST',
      path: () => `/api/proposals/${proposalId}/decision`,
      body: () => ({ decisions: [] }),
      allowed: { officer: 409 },
    },
    {
      name: 'withdraw changes',
      method: 'POST',
      path: () => `/api/proposals/${proposalId}/withdraw`,
      body: () => ({ findingIds: ['no-such-finding'] }),
      allowed: { member: 404 },
    },
    {
      name: 'list open disputes',
      method: 'GET',
      path: () => '/api/disputes',
      allowed: { monitoring: 200 },
      global: true,
    },
    {
      name: 'resolve a dispute',
      method: 'POST',
      path: () => `/api/disputes/${disputeId}/resolve`,
      body: () => ({ outcome: 'overturned', reason: 'r' }),
      allowed: { monitoring: 409 },
      global: true,
    },
    {
      name: 'read the timeline',
      method: 'GET',
      path: () => `/api/reports/${reportId}/timeline`,
      allowed: Object.fromEntries(viewers.map((p) => [p, 200])),
    },
    {
      name: 'diff two versions',
      method: 'GET',
      path: () => `/api/reports/${reportId}/diff?from=${versionId}&to=${versionId}`,
      allowed: Object.fromEntries(viewers.map((p) => [p, 200])),
    },
    {
      name: 'export events as JSON',
      method: 'GET',
      path: () => `/api/reports/${reportId}/events.json`,
      allowed: Object.fromEntries(exporters.map((p) => [p, 200])),
    },
    {
      name: 'export events as CSV',
      method: 'GET',
      path: () => `/api/reports/${reportId}/events.csv`,
      allowed: Object.fromEntries(exporters.map((p) => [p, 200])),
    },
    {
      name: 'export the history statement',
      method: 'GET',
      path: () => `/api/reports/${reportId}/history.html`,
      allowed: Object.fromEntries(exporters.map((p) => [p, 200])),
    },
    {
      name: 'verify the audit chain',
      method: 'GET',
      path: () => '/api/audit/verify',
      allowed: { democratic: 200, monitoring: 200, admin: 200 },
      global: true,
    },
    {
      name: 'see statistics',
      method: 'GET',
      path: () => '/api/stats/findings',
      allowed: { democratic: 200, monitoring: 200 },
      global: true,
    },
    {
      name: 'list users',
      method: 'GET',
      path: () => '/api/users',
      allowed: Object.fromEntries(everyone.map((p) => [p, 200])),
      global: true,
    },
    {
      name: 'list rulebooks',
      method: 'GET',
      path: () => '/api/rulebooks',
      allowed: Object.fromEntries(everyone.map((p) => [p, 200])),
      global: true,
    },
  ];

  for (const row of rows) {
    describe(row.name, () => {
      for (const person of everyone) {
        const allowed = row.allowed[person];
        const expected = allowed ?? (row.global || viewers.includes(person) ? 403 : 404);
        // Publishing would close the report for the other rows: the author's publish is tested
        // on its own, last, below.
        if (row.name === 'publish' && allowed) continue;
        it(`answers ${person} with ${expected}`, async () => {
          const client = await t.as(person);
          const res = await client.request(row.method, row.path(), row.body?.());
          expect({ person, status: res.status, body: res.body }).toMatchObject({
            person,
            status: expected,
          });
          if (expected === 404 && !allowed) expect(res.body.error.code).toBe('not_found');
          if (expected === 403) expect(res.body.error.code).toBe('forbidden');
        });
      }
    });
  }

  it('lists a report only for those who can see it', async () => {
    for (const person of everyone) {
      const res = await (await t.as(person)).get('/api/reports');
      const ids = res.body.reports.map((r: { id: string }) => r.id);
      expect({ person, sees: ids.includes(reportId) }).toEqual({
        person,
        sees: viewers.includes(person),
      });
    }
  });

  it('refuses the author publishing while the member’s proposal is pending, and lets it through after', async () => {
    const officer = await t.as('officer');
    const member = await t.as('member');
    const pending = await member.post(`/api/reports/${reportId}/proposals`, {
      baseVersionId: versionId,
      body: reportBody({
        background: 'The district has eleven branch libraries and one mobile library.',
      }),
    });
    expect((await member.post(`/api/proposals/${pending.body.id}/submit`)).status).toBe(200);
    const refused = await officer.post(`/api/reports/${reportId}/publish`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('proposal_pending');
    await officer.post(`/api/proposals/${pending.body.id}/decision`, {
      decisions: pending.body.classification.findings.map((f: { id: string }) => ({
        findingId: f.id,
        accept: false,
      })),
    });
    expect((await officer.post(`/api/reports/${reportId}/publish`)).status).toBe(200);
  });
});
