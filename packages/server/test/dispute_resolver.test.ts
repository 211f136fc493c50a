/** A council whose protocol refers disputes to the Head of Paid Service, as North East Derbyshire's 4(viii) does. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIXED_PROPOSAL, newReport, reportBody } from './documents.js';
import { startTestServer, type TestServer } from './harness.js';

describe('a council that names the Head of Paid Service as resolver', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ disputeResolver: 'head_of_paid_service' });
  });
  afterAll(() => t.close());

  it('refers disputes to the Head of Paid Service, who alone resolves them', async () => {
    const officer = await t.as('officer');
    const member = await t.as('member');
    const report = await officer.post('/api/reports', newReport(t.users.member.id));
    await officer.post(`/api/reports/${report.body.id}/share`, {
      versionId: report.body.currentVersion.id,
    });
    const proposal = await member.post(`/api/reports/${report.body.id}/proposals`, {
      baseVersionId: report.body.currentVersion.id,
      body: reportBody(MIXED_PROPOSAL),
    });
    const forbidden = proposal.body.classification.findings.find(
      (f: { verdict: string }) => f.verdict === 'forbidden',
    );
    const dispute = await member.post(`/api/proposals/${proposal.body.id}/disputes`, {
      findingId: forbidden.id,
      reason: 'The option was withdrawn.',
    });
    expect(dispute.body.resolverRole).toBe('head_of_paid_service');

    const monitoring = await t.as('monitoring');
    expect((await monitoring.get('/api/disputes')).status).toBe(403);
    expect(
      (
        await monitoring.post(`/api/disputes/${dispute.body.id}/resolve`, {
          outcome: 'upheld',
          reason: 'r',
        })
      ).status,
    ).toBe(403);

    const hops = await t.as('hops');
    expect((await hops.get('/api/reports')).body.reports[0].attention).toBe('resolve_dispute');
    const resolved = await hops.post(`/api/disputes/${dispute.body.id}/resolve`, {
      outcome: 'upheld',
      reason: 'Option 3 is still before Cabinet.',
    });
    expect(resolved.body).toMatchObject({ status: 'upheld', resolvedBy: t.users.hops.id });

    // Upheld: the finding stands, so the proposal still cannot be sent.
    const submit = await member.post(`/api/proposals/${proposal.body.id}/submit`);
    expect(submit.status).toBe(422);
    expect(submit.body.error.details.findingIds).toEqual([forbidden.id]);
  });
});
