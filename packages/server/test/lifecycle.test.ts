/**
 * The whole life of a report through HTTP: create, draft, share, propose (permitted, review and
 * forbidden changes), dispute and resolve, decide with attestation, publish, export, and verify
 * the audit chain.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIXED_PROPOSAL, OFFICER_EDIT, newReport, reportBody } from './documents.js';
import { startTestServer, type Client, type TestServer } from './harness.js';

describe('the life of a report', () => {
  let t: TestServer;
  let officer: Client;
  let member: Client;
  let monitoring: Client;
  let democratic: Client;
  beforeAll(async () => {
    t = await startTestServer();
    officer = await t.as('officer');
    member = await t.as('member');
    monitoring = await t.as('monitoring');
    democratic = await t.as('democratic');
  });
  afterAll(() => t.close());

  let reportId: string;
  let v1: string;
  let v2: string;
  let proposalId: string;
  let findings: { id: string; verdict: string; clause: string; attestation?: string }[];

  const byVerdict = (verdict: string) => findings.find((f) => f.verdict === verdict)!;

  it('lets the officer create a report, which saves its first version', async () => {
    const res = await officer.post('/api/reports', newReport(t.users.member.id));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      title: 'Library opening hours 2026/27',
      status: 'draft',
      rulebook: 'north-east-derbyshire',
      author: { id: t.users.officer.id },
      member: { id: t.users.member.id },
      currentVersion: { number: 1, authorId: t.users.officer.id },
    });
    expect(res.body.body).toEqual(reportBody());
    reportId = res.body.id;
    v1 = res.body.currentVersion.id;
  });

  it('keeps a draft from the member until it is shared', async () => {
    const res = await member.post(`/api/reports/${reportId}/proposals`, {
      baseVersionId: v1,
      body: reportBody(MIXED_PROPOSAL),
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('not_with_member');
  });

  it('saves the author’s own edit as version 2, recorded as theirs and not classified', async () => {
    const res = await officer.post(`/api/reports/${reportId}/versions`, {
      baseVersionId: v1,
      body: reportBody(OFFICER_EDIT),
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      number: 2,
      authorId: t.users.officer.id,
      source: 'author',
      proposalId: null,
    });
    v2 = res.body.id;
    expect((await officer.get(`/api/reports/${reportId}/proposals`)).body.proposals).toEqual([]);
  });

  it('refuses a version saved against a stale base, naming the current one', async () => {
    const res = await officer.post(`/api/reports/${reportId}/versions`, {
      baseVersionId: v1,
      body: reportBody(),
    });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'stale_base', details: { currentVersionId: v2 } });
  });

  it('shares the report with its member', async () => {
    const res = await officer.post(`/api/reports/${reportId}/share`, { versionId: v2 });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('with_member');
    const listed = await member.get('/api/reports');
    expect(listed.body.reports).toEqual([
      expect.objectContaining({ id: reportId, attention: 'review_report' }),
    ]);
  });

  it('refuses a proposal against a stale base with 409 and the current version id', async () => {
    const res = await member.post(`/api/reports/${reportId}/proposals`, {
      baseVersionId: v1,
      body: reportBody(MIXED_PROPOSAL),
    });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'stale_base', details: { currentVersionId: v2 } });
  });

  it('classifies a proposal on the server, ignoring any verdict the client sends', async () => {
    const res = await member.post(`/api/reports/${reportId}/proposals`, {
      baseVersionId: v2,
      body: reportBody(MIXED_PROPOSAL),
      note: 'Tidying up, and the budget figure is out of date.',
      classification: { verdict: 'permitted', findings: [] },
      verdict: 'permitted',
    });
    expect(res.status).toBe(201);
    expect(res.body.status).toBe('draft');
    expect(res.body.classification.verdict).toBe('forbidden');
    findings = res.body.classification.findings;
    expect(findings.map((f) => f.verdict).sort()).toEqual(['forbidden', 'permitted', 'review']);
    expect(byVerdict('forbidden').clause).toBe('7.6(1)');
    expect(byVerdict('review').clause).toBe('7.5(5)');
    expect(byVerdict('permitted').clause).toBe('7.5(4)');
    expect(byVerdict('review').attestation).toEqual(expect.any(String));
    expect(byVerdict('permitted').attestation).toBeUndefined();
    proposalId = res.body.id;
  });

  it('will not send a proposal with a forbidden finding to the officer', async () => {
    const res = await member.post(`/api/proposals/${proposalId}/submit`);
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({
      code: 'forbidden_findings',
      details: { findingIds: [byVerdict('forbidden').id] },
    });
  });

  let disputeId: string;
  it('lets the member dispute the forbidden finding, referring it to the Monitoring Officer', async () => {
    const permitted = await member.post(`/api/proposals/${proposalId}/disputes`, {
      findingId: byVerdict('permitted').id,
      reason: 'x',
    });
    expect(permitted.status).toBe(422);
    const res = await member.post(`/api/proposals/${proposalId}/disputes`, {
      findingId: byVerdict('forbidden').id,
      reason:
        'Option 3 was withdrawn by the Leader at the last meeting, so it is no longer a live option.',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'open',
      resolverRole: 'monitoring_officer',
      findingId: byVerdict('forbidden').id,
    });
    disputeId = res.body.id;
    expect((await monitoring.get('/api/disputes')).body.disputes).toEqual([
      expect.objectContaining({ id: disputeId }),
    ]);
  });

  it('sends the disputed proposal to the officer', async () => {
    const res = await member.post(`/api/proposals/${proposalId}/submit`);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('submitted');
    const listed = await officer.get('/api/reports');
    expect(listed.body.reports[0].attention).toBe('decide_proposal');
  });

  it('does not let the officer accept a finding whose dispute is still open', async () => {
    const res = await officer.post(`/api/proposals/${proposalId}/decision`, {
      decisions: findings.map((f) => ({
        findingId: f.id,
        accept: true,
        attestation: f.attestation,
      })),
    });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('dispute_open');
  });

  it('lets only the Monitoring Officer resolve the dispute, with reasons', async () => {
    const hops = await t.as('hops');
    expect(
      (
        await hops.post(`/api/disputes/${disputeId}/resolve`, {
          outcome: 'overturned',
          reason: 'x',
        })
      ).status,
    ).toBe(403);
    const res = await monitoring.post(`/api/disputes/${disputeId}/resolve`, {
      outcome: 'overturned',
      reason:
        'The Leader withdrew Option 3 at Cabinet on 3 March; removing it no longer excludes a live option.',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'overturned', resolvedBy: t.users.monitoring.id });
    const again = await monitoring.post(`/api/disputes/${disputeId}/resolve`, {
      outcome: 'upheld',
      reason: 'changed my mind',
    });
    expect(again.status).toBe(409);
  });

  it('asks for the author’s attestation, in the rulebook’s words, before a review finding is accepted', async () => {
    const review = byVerdict('review');
    const without = await officer.post(`/api/proposals/${proposalId}/decision`, {
      decisions: findings.map((f) => ({ findingId: f.id, accept: true })),
    });
    expect(without.status).toBe(422);
    expect(without.body.error).toMatchObject({
      code: 'attestation_required',
      details: { findingId: review.id, attestation: review.attestation },
    });
    const incomplete = await officer.post(`/api/proposals/${proposalId}/decision`, {
      decisions: [{ findingId: review.id, accept: false }],
    });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.error.code).toBe('decisions_incomplete');
  });

  let v3: string;
  it('applies the accepted changes to make version 3, and clears the report', async () => {
    const res = await officer.post(`/api/proposals/${proposalId}/decision`, {
      decisions: findings.map((f) => ({
        findingId: f.id,
        accept: f.verdict !== 'review',
        attestation: undefined,
      })),
    });
    expect(res.status).toBe(200);
    expect(res.body.proposal).toMatchObject({ status: 'decided' });
    expect(res.body.version).toMatchObject({
      number: 3,
      source: 'proposal',
      proposalId,
      authorId: t.users.officer.id,
    });
    v3 = res.body.version.id;
    const report = await officer.get(`/api/reports/${reportId}`);
    expect(report.body.status).toBe('cleared');
    // The typo fix and the (overturned) deletion are in; the rejected budget change is not.
    expect(report.body.body).toEqual(
      reportBody({ ...OFFICER_EDIT, background: MIXED_PROPOSAL.background, withOption3: false }),
    );
    const detail = await officer.get(`/api/proposals/${proposalId}`);
    expect(detail.body.decisions).toHaveLength(3);
    expect(detail.body.disputes[0]).toMatchObject({ status: 'overturned' });
  });

  it('records an attestation when the author accepts a review finding', async () => {
    await officer.post(`/api/reports/${reportId}/share`, { versionId: v3 });
    const proposed = reportBody({
      ...OFFICER_EDIT,
      background: MIXED_PROPOSAL.background,
      withOption3: false,
      budget: MIXED_PROPOSAL.budget,
    });
    const created = await member.post(`/api/reports/${reportId}/proposals`, {
      baseVersionId: v3,
      body: proposed,
    });
    expect(created.body.classification.verdict).toBe('review');
    const [review] = created.body.classification.findings;
    expect((await member.post(`/api/proposals/${created.body.id}/submit`)).status).toBe(200);
    const res = await officer.post(`/api/proposals/${created.body.id}/decision`, {
      decisions: [{ findingId: review.id, accept: true, attestation: review.attestation }],
    });
    expect(res.status).toBe(200);
    expect((await officer.get(`/api/reports/${reportId}`)).body.body).toEqual(proposed);
  });

  it('lets the member withdraw only the forbidden change, keeping the rest as a new draft', async () => {
    const current = (await officer.get(`/api/reports/${reportId}`)).body;
    await officer.post(`/api/reports/${reportId}/share`, { versionId: current.currentVersion.id });
    const now = {
      ...OFFICER_EDIT,
      background: MIXED_PROPOSAL.background,
      withOption3: false,
      budget: MIXED_PROPOSAL.budget,
    };
    expect(current.body).toEqual(reportBody(now));
    // Deletes the officer's opinion (forbidden) and re-words the background (permitted).
    const proposed = reportBody({
      ...now,
      withOpinion: false,
      background:
        'The district has eleven branch libraries and a mobile library that visits rural villages.',
    });
    const created = await member.post(`/api/reports/${reportId}/proposals`, {
      baseVersionId: current.currentVersion.id,
      body: proposed,
      note: 'n',
    });
    expect(created.body.classification.verdict).toBe('forbidden');
    const forbidden = created.body.classification.findings
      .filter((f: any) => f.verdict === 'forbidden')
      .map((f: any) => f.id);
    const res = await member.post(`/api/proposals/${created.body.id}/withdraw`, {
      findingIds: forbidden,
    });
    expect(res.status).toBe(200);
    expect(res.body.id).not.toBe(created.body.id);
    expect(res.body.status).toBe('draft');
    expect(res.body.classification.verdict).toBe('permitted');
    expect(res.body.classification.findings).toHaveLength(1);
    const old = await member.get(`/api/proposals/${created.body.id}`);
    expect(old.body.status).toBe('withdrawn');
    const replacement = await member.get(`/api/proposals/${res.body.id}`);
    expect(replacement.body.proposed).toEqual(
      reportBody({
        ...now,
        background:
          'The district has eleven branch libraries and a mobile library that visits rural villages.',
      }),
    );
    expect((await member.post(`/api/proposals/${res.body.id}/withdraw`)).body.status).toBe(
      'withdrawn',
    );
  });

  it('publishes the report, after which it no longer changes', async () => {
    const res = await officer.post(`/api/reports/${reportId}/publish`);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('published');
    const current = res.body.currentVersion.id;
    const after = await officer.post(`/api/reports/${reportId}/versions`, {
      baseVersionId: current,
      body: reportBody(),
    });
    expect(after.status).toBe(409);
    expect(after.body.error.code).toBe('report_published');
  });

  it('shows the timeline and classifies the difference between any two versions', async () => {
    const timeline = await democratic.get(`/api/reports/${reportId}/timeline`);
    const types = timeline.body.events.map((e: any) => e.type);
    for (const type of [
      'report_created',
      'version_saved',
      'shared',
      'proposal_created',
      'finding_disputed',
      'proposal_submitted',
      'dispute_resolved',
      'attested',
      'proposal_decided',
      'proposal_withdrawn',
      'published',
    ]) {
      expect(types).toContain(type);
    }
    expect(timeline.body.events[0]).toMatchObject({
      actor: { id: t.users.officer.id, role: 'officer' },
      ip: expect.any(String),
    });
    const diff = await democratic.get(`/api/reports/${reportId}/diff?from=${v1}&to=${v3}`);
    expect(diff.status).toBe(200);
    expect(diff.body.rulebook).toBe('north-east-derbyshire');
    expect(diff.body.findings.length).toBeGreaterThan(0);
  });

  it('exports the events as JSON and CSV and a printable history statement, each recorded', async () => {
    const json = await democratic.get(`/api/reports/${reportId}/events.json`);
    expect(json.status).toBe(200);
    expect(json.body.events.length).toBeGreaterThan(10);
    const csv = await democratic.get(`/api/reports/${reportId}/events.csv`);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(csv.text.split('\r\n')[0]).toBe(
      'seq,at,type,actor_id,actor_name,actor_role,ip,summary,data,hash',
    );
    const html = await democratic.get(`/api/reports/${reportId}/history.html`);
    expect(html.headers.get('content-type')).toMatch(/text\/html/);
    expect(html.text).toContain('History statement: Library opening hours 2026/27');
    expect(html.text).toContain('7.6(1)');
    expect(html.text).toMatch(/verified: all \d+ events/);
    const timeline = await democratic.get(`/api/reports/${reportId}/timeline`);
    const exported = timeline.body.events
      .filter((e: any) => e.type === 'exported')
      .map((e: any) => e.data.format);
    expect(exported).toEqual(['json', 'csv', 'html']);
  });

  it('counts findings by clause, member and month', async () => {
    const res = await democratic.get('/api/stats/findings');
    expect(res.status).toBe(200);
    expect(res.body.byClause).toEqual(
      expect.arrayContaining([expect.objectContaining({ label: '7.6(1)', forbidden: 1 })]),
    );
    expect(res.body.byMember).toEqual([
      expect.objectContaining({ key: t.users.member.id, label: 'Test member' }),
    ]);
    expect(res.body.byMonth[0].key).toMatch(/^\d{4}-\d{2}$/);
  });

  it('verifies the audit chain', async () => {
    const res = await democratic.get('/api/audit/verify');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ok: true });
    expect(res.body.events).toBeGreaterThan(20);
    const { seq, hash } = res.body.head;
    expect((await democratic.get(`/api/audit/verify?head=${seq}:${hash}`)).body.ok).toBe(true);
    const rebuilt = await democratic.get(`/api/audit/verify?head=${seq}:${'0'.repeat(64)}`);
    expect(rebuilt.body).toMatchObject({
      ok: false,
      firstBroken: { seq, reason: expect.stringContaining('rebuilt') },
    });
    expect((await democratic.get('/api/audit/verify?head=nonsense')).status).toBe(400);
  });

  it('lets the author reject a proposal made stale by their own edit, so it cannot block publication', async () => {
    const report = await officer.post('/api/reports', newReport(t.users.member.id));
    const first = report.body.currentVersion.id;
    await officer.post(`/api/reports/${report.body.id}/share`, { versionId: first });
    const proposal = await member.post(`/api/reports/${report.body.id}/proposals`, {
      baseVersionId: first,
      body: reportBody(MIXED_PROPOSAL),
    });
    expect(
      (
        await member.post(`/api/proposals/${proposal.body.id}/disputes`, {
          findingId: proposal.body.classification.findings.find(
            (f: any) => f.verdict === 'forbidden',
          ).id,
          reason: 'r',
        })
      ).status,
    ).toBe(201);
    expect((await member.post(`/api/proposals/${proposal.body.id}/submit`)).status).toBe(200);
    const edited = await officer.post(`/api/reports/${report.body.id}/versions`, {
      baseVersionId: first,
      body: reportBody(OFFICER_EDIT),
    });
    const findingIds: string[] = proposal.body.classification.findings.map((f: any) => f.id);
    const accept = await officer.post(`/api/proposals/${proposal.body.id}/decision`, {
      decisions: findingIds.map((findingId, i) => ({
        findingId,
        accept: i === 0,
        attestation: proposal.body.classification.findings[0].attestation,
      })),
    });
    expect(accept.status).toBe(409);
    expect(accept.body.error).toMatchObject({
      code: 'stale_base',
      details: { currentVersionId: edited.body.id },
    });
    const reject = await officer.post(`/api/proposals/${proposal.body.id}/decision`, {
      decisions: findingIds.map((findingId) => ({ findingId, accept: false })),
    });
    expect(reject.status).toBe(200);
    expect(reject.body).toMatchObject({
      proposal: { status: 'decided', resultVersionId: null },
      version: null,
    });
    expect((await officer.get(`/api/reports/${report.body.id}`)).body.currentVersion.id).toBe(
      edited.body.id,
    );
    expect((await officer.post(`/api/reports/${report.body.id}/publish`)).status).toBe(200);
  });
});
