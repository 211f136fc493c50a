/** Bad input, each answered with the right status and a message that says what and where. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUEST_LIMIT_BYTES } from '../src/app.js';
import { newReport, reportBody } from './documents.js';
import { startTestServer, type Client, type TestServer } from './harness.js';

describe('bad input', () => {
  let t: TestServer;
  let officer: Client;
  let reportId: string;
  let versionId: string;
  beforeAll(async () => {
    t = await startTestServer();
    officer = await t.as('officer');
    const report = await officer.post('/api/reports', newReport(t.users.member.id));
    reportId = report.body.id;
    versionId = report.body.currentVersion.id;
  });
  afterAll(() => t.close());

  it('answers malformed JSON with 400 malformed_json', async () => {
    const res = await officer.request('POST', '/api/reports', '{"title": "Libraries",');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      code: 'malformed_json',
      message: expect.stringContaining('not valid JSON'),
    });
  });

  it('names each missing or wrong field', async () => {
    const res = await officer.post('/api/reports', {
      ...newReport(t.users.member.id),
      title: '',
      keyDecision: 'yes',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_input');
    const paths = res.body.error.details.issues.map((issue: { path: string }) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(['body.title', 'body.keyDecision']));
    expect(res.body.error.message).toMatch(/^body\.(title|keyDecision): /);
  });

  it('answers an invalid document with 400 invalid_report naming the path and the value', async () => {
    const body = reportBody() as { content: { content: { type: string }[] }[] };
    body.content[1]!.content[0]!.type = 'opinon';
    const res = await officer.post(`/api/reports/${reportId}/versions`, {
      baseVersionId: versionId,
      body,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_report');
    expect(res.body.error.message).toBe(
      'body.content[1].content[0].type: unknown node type "opinon"',
    );
    expect(res.body.error.details.issues[0]).toEqual({
      path: 'body.content[1].content[0].type',
      message: 'unknown node type "opinon"',
      value: 'opinon',
    });
  });

  it('refuses duplicate block ids, naming both places', async () => {
    const body = reportBody() as { content: { attrs: { id: string } }[] };
    body.content[1]!.attrs.id = body.content[0]!.attrs.id;
    const res = await officer.post(`/api/reports/${reportId}/versions`, {
      baseVersionId: versionId,
      body,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/duplicate id "s-purpose", first used at content\[0\]/);
  });

  it('refuses a body nested without end with 400, not a crash', async () => {
    // Written as text: JSON.stringify itself cannot go this deep.
    const levels = 20_000;
    const lists = Array.from(
      { length: levels },
      (_, i) => `{"type":"bullet_list","attrs":{"id":"l${i}"},"content":[`,
    ).join('');
    const body = `{"type":"doc","content":[{"type":"section","attrs":{"id":"s","kind":"purpose"},"content":[${lists}{"type":"paragraph"}${']}'.repeat(levels)}]}]}`;
    const res = await officer.post(
      `/api/reports/${reportId}/versions`,
      `{"baseVersionId":"${versionId}","body":${body}}`,
    );
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_report');
    expect(res.body.error.message).toContain('levels deep');
  });

  it('answers a body over the size limit with 413 JSON', async () => {
    const huge = JSON.stringify({
      baseVersionId: versionId,
      body: { type: 'doc', content: [], pad: 'x'.repeat(REQUEST_LIMIT_BYTES) },
    });
    const res = await officer.request('POST', `/api/reports/${reportId}/versions`, huge);
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
  });

  it('accepts a report body close to the 5 MB limit', async () => {
    const long = 'The Council will review the library service again in 2028. '.repeat(70_000);
    const body = reportBody({ background: long.trim() });
    expect(JSON.stringify(body).length).toBeGreaterThan(4_000_000);
    const res = await officer.post(`/api/reports/${reportId}/versions`, {
      baseVersionId: versionId,
      body,
    });
    expect(res.status).toBe(201);
    versionId = res.body.id;
  });

  it('answers unknown ids with 404', async () => {
    for (const path of [
      '/api/reports/nope',
      '/api/reports/nope/versions',
      '/api/proposals/nope',
      `/api/reports/${reportId}/versions/nope`,
      `/api/reports/${reportId}/diff?from=nope&to=${versionId}`,
    ]) {
      const res = await officer.get(path);
      expect({ path, status: res.status, code: res.body.error.code }).toEqual({
        path,
        status: 404,
        code: 'not_found',
      });
    }
    const resolve = await (
      await t.as('monitoring')
    ).post('/api/disputes/nope/resolve', { outcome: 'upheld', reason: 'r' });
    expect(resolve.status).toBe(404);
  });

  it('answers a stale base with 409 and the current version id', async () => {
    const res = await officer.post(`/api/reports/${reportId}/versions`, {
      baseVersionId: 'v-old',
      body: reportBody(),
    });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({
      code: 'stale_base',
      details: { currentVersionId: versionId },
    });
    expect(res.body.error.message).toContain(versionId);
  });

  it('refuses a member who is not a cabinet member or chair, and an unknown rulebook', async () => {
    const notMember = await officer.post('/api/reports', newReport(t.users.otherOfficer.id));
    expect(notMember.status).toBe(400);
    expect(notMember.body.error).toMatchObject({
      code: 'invalid_member',
      message: expect.stringContaining('memberId'),
    });
    const rulebook = await officer.post('/api/reports', {
      ...newReport(t.users.member.id),
      rulebook: 'atlantis',
    });
    expect(rulebook.status).toBe(400);
    expect(rulebook.body.error.code).toBe('unknown_rulebook');
  });

  it('never sends a stack trace', async () => {
    const res = await officer.request('POST', '/api/reports', '[[[');
    expect(res.text).not.toMatch(/at .*\.ts:\d+|node_modules/);
  });
});
