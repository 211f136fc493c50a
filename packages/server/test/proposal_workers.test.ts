/**
 * Proposals parsed and classified in worker threads answer exactly as on the main thread: the
 * same classification, the same refusals with the same messages, in the same order of checks;
 * and the threads stop when the server does.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIXED_PROPOSAL, reportBody } from './documents.js';
import { sharedReport, startTestServer, type Client, type TestServer } from './harness.js';

interface Setup {
  readonly t: TestServer;
  readonly member: Client;
  readonly reportId: string;
  readonly versionId: string;
}

async function setUp(proposalWorkers: number, proposalInlineBytes?: number): Promise<Setup> {
  const t = await startTestServer({ proposalWorkers, proposalInlineBytes });
  const { reportId, versionId } = await sharedReport(t);
  return { t, member: await t.as('member'), reportId, versionId };
}

/** What a server answers to the same request, with the ids that differ between servers named. */
async function answer(s: Setup, body: unknown, as: Client = s.member) {
  const res = await as.request('POST', `/api/reports/${s.reportId}/proposals`, body);
  return {
    status: res.status,
    body: JSON.parse(
      JSON.stringify(res.body)
        .replaceAll(s.versionId, '<version>')
        .replaceAll(s.reportId, '<report>'),
    ) as Record<string, unknown>,
  };
}

describe('proposals in worker threads', () => {
  let pooled: Setup;
  let inline: Setup;
  beforeAll(async () => {
    // Every body to the threads, however small: these tests are of the threads.
    [pooled, inline] = await Promise.all([setUp(2, 0), setUp(0)]);
  });
  afterAll(async () => {
    await Promise.all([pooled.t.close(), inline.t.close()]);
  });

  it('classifies a proposal as the main thread does, and stores its body', async () => {
    const proposal = (s: Setup) => ({
      baseVersionId: s.versionId,
      body: reportBody(MIXED_PROPOSAL),
      note: 'Figures checked',
    });
    const [fromPool, fromMain] = await Promise.all([
      pooled.member.post(`/api/reports/${pooled.reportId}/proposals`, proposal(pooled)),
      inline.member.post(`/api/reports/${inline.reportId}/proposals`, proposal(inline)),
    ]);
    expect(fromPool.status).toBe(201);
    expect(fromPool.body.classification.findings.length).toBeGreaterThan(0);
    expect(fromPool.body.classification).toEqual(fromMain.body.classification);
    expect(fromPool.body.note).toBe('Figures checked');
    const stored = await pooled.member.get(`/api/proposals/${fromPool.body.id}`);
    expect(stored.body.proposed).toEqual(reportBody(MIXED_PROPOSAL));
    const db = new Database(pooled.t.databasePath, { readonly: true });
    try {
      const column = db
        .prepare('SELECT typeof(proposed_body) FROM proposals WHERE id = ?')
        .pluck()
        .get(fromPool.body.id);
      expect(column).toBe('text');
    } finally {
      db.close();
    }
  });

  it('answers every kind of bad request exactly as the main thread does', async () => {
    const invalid = reportBody() as { content: { content: { type: string }[] }[] };
    invalid.content[1]!.content[0]!.type = 'opinon';
    const cases: ((s: Setup) => { body: unknown; as?: Client })[] = [
      () => ({ body: '{"baseVersionId": "x",' }), // malformed JSON
      () => ({ body: '"a string"' }), // JSON, but not an object
      () => ({ body: { body: reportBody() } }), // no baseVersionId
      (s) => ({ body: { baseVersionId: s.versionId, body: invalid } }),
      (s) => ({ body: { baseVersionId: s.versionId, body: { type: 'doc', content: [] } } }),
      () => ({ body: { baseVersionId: 'v-old', body: reportBody() } }), // unknown version
      (s) => ({ body: { baseVersionId: s.versionId, body: invalid }, as: s.t.anonymous() }),
    ];
    for (const make of cases) {
      const send = (s: Setup) => {
        const { body, as } = make(s);
        return answer(s, body, as);
      };
      const [fromPool, fromMain] = await Promise.all([send(pooled), send(inline)]);
      expect(fromPool.status).toBeGreaterThanOrEqual(400);
      expect(fromPool).toEqual(fromMain);
    }
  });

  it('checks the body before refusing a member who may not propose on the report', async () => {
    for (const s of [pooled, inline]) {
      const stranger = await s.t.as('otherMember');
      const bad = await answer(s, '{', stranger);
      expect(bad.status).toBe(400);
      const good = await answer(s, { baseVersionId: s.versionId, body: reportBody() }, stranger);
      expect(good.status).toBe(404);
    }
  });

  it('reads a body in another UTF charset, and refuses one that is not UTF', async () => {
    const json = JSON.stringify({ baseVersionId: pooled.versionId, body: reportBody() });
    const utf16 = await pooled.member.request(
      'POST',
      `/api/reports/${pooled.reportId}/proposals`,
      new Uint8Array(Buffer.from(json, 'utf16le')),
      { 'content-type': 'application/json; charset=utf-16le' },
    );
    expect(utf16.status).toBe(201);
    const latin1 = await pooled.member.request(
      'POST',
      `/api/reports/${pooled.reportId}/proposals`,
      json,
      { 'content-type': 'application/json; charset=latin1' },
    );
    expect(latin1.status).toBe(415);
    expect(latin1.body.error.code).toBe('unsupported_encoding');
  });
});
