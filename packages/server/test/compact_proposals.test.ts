/**
 * Proposals in compact form, as the editor sends them: the blocks a proposal leaves unchanged
 * named by id. The server reads them against the base version, classifies them exactly as the
 * same proposal written out in full, stores every proposal in that compact form, and gives back
 * the body written out in full wherever a body is read.
 */
import { compactReport, parseReport } from '@probity/rules';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIXED_PROPOSAL, OFFICER_EDIT, reportBody } from './documents.js';
import { sharedReport, startTestServer, type Client, type TestServer } from './harness.js';

const BASE = reportBody(OFFICER_EDIT);
const PROPOSED = reportBody(MIXED_PROPOSAL);
const COMPACT = compactReport(parseReport(BASE), parseReport(PROPOSED));

const findingsOf = (body: { classification: { findings: unknown[] } }) =>
  body.classification.findings.map((f) => {
    const { verdict, clause, rule, change } = f as Record<string, unknown>;
    return { verdict, clause, rule, change };
  });

describe('compact proposals', () => {
  let t: TestServer;
  let officer: Client;
  let member: Client;
  let reportId: string;
  let versionId: string;
  beforeAll(async () => {
    t = await startTestServer();
    officer = await t.as('officer');
    member = await t.as('member');
    ({ reportId, versionId } = await sharedReport(t, BASE));
  });
  afterAll(() => t.close());

  const storedBody = (proposalId: string): string => {
    const db = new Database(t.databasePath, { readonly: true });
    try {
      const row = db.prepare('SELECT proposed_body FROM proposals WHERE id = ?').get(proposalId);
      return (row as { proposed_body: string }).proposed_body;
    } finally {
      db.close();
    }
  };

  let compactId: string;
  it('classifies a compact body as the same proposal written out in full', async () => {
    // The purpose and recommendations sections are unchanged, so they go by id.
    expect(COMPACT.content.slice(0, 2)).toEqual(['s-purpose', 's-recs']);
    const full = await member.post(`/api/reports/${reportId}/proposals`, {
      baseVersionId: versionId,
      body: PROPOSED,
    });
    const compact = await member.post(`/api/reports/${reportId}/proposals`, {
      baseVersionId: versionId,
      body: COMPACT,
    });
    expect(full.status).toBe(201);
    expect(compact.status).toBe(201);
    expect(findingsOf(compact.body)).toEqual(findingsOf(full.body));
    expect(compact.body.classification.verdict).toBe('forbidden');
    compactId = compact.body.id;

    // Both are stored compact, against their base version, whichever way they came.
    expect(JSON.parse(storedBody(full.body.id))).toEqual(COMPACT);
    expect(JSON.parse(storedBody(compactId))).toEqual(COMPACT);
  });

  it('gives the proposed body back written out in full', async () => {
    const res = await member.get(`/api/proposals/${compactId}`);
    expect(res.status).toBe(200);
    expect(res.body.proposed).toEqual(PROPOSED);
    expect(res.body.base).toEqual(BASE);
  });

  it('withdraws part of a compact proposal, keeping the rest compact', async () => {
    const proposal = await member.get(`/api/proposals/${compactId}`);
    const forbidden = proposal.body.classification.findings.find(
      (f: { verdict: string }) => f.verdict === 'forbidden',
    );
    const res = await member.post(`/api/proposals/${compactId}/withdraw`, {
      findingIds: [forbidden.id],
    });
    expect(res.status).toBe(200);
    expect(
      res.body.classification.findings.map((f: { verdict: string }) => f.verdict),
    ).not.toContain('forbidden');
    const kept = await member.get(`/api/proposals/${res.body.id}`);
    // Option 3, whose deletion was withdrawn, is back; the other changes stay.
    expect(kept.body.proposed).toEqual(reportBody({ ...MIXED_PROPOSAL, withOption3: true }));
    expect(storedBody(res.body.id)).toContain('"s-purpose"');
  });

  it('refuses a compact body naming a block the base does not have, with its path', async () => {
    const res = await member.post(`/api/reports/${reportId}/proposals`, {
      baseVersionId: versionId,
      body: { type: 'doc', content: ['s-purpose', 's-missing'] },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_report');
    expect(res.body.error.message).toContain('body.content[1]');
    expect(res.body.error.message).toContain('"s-missing"');
  });

  it('answers a compact body against an old version with 409 stale_base', async () => {
    const saved = await officer.post(`/api/reports/${reportId}/versions`, {
      baseVersionId: versionId,
      body: reportBody({ purpose: 'To decide the opening hours of the branch libraries.' }),
    });
    expect(saved.status).toBe(201);
    const res = await member.post(`/api/reports/${reportId}/proposals`, {
      baseVersionId: versionId,
      body: COMPACT,
    });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({
      code: 'stale_base',
      details: { currentVersionId: saved.body.id },
    });
  });
});
