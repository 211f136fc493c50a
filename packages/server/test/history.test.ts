/** The history statement escapes everything people typed. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newReport, reportBody } from './documents.js';
import { startTestServer, type TestServer } from './harness.js';

describe('history statement', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  it('escapes every value that people typed', async () => {
    const officer = await t.as('officer');
    const member = await t.as('member');
    const title = '<script>alert("title")</script>';
    const report = await officer.post('/api/reports', {
      ...newReport(t.users.member.id),
      title,
      decisionMaker: 'Cabinet & <b>Council</b>',
    });
    await officer.post(`/api/reports/${report.body.id}/share`, {
      versionId: report.body.currentVersion.id,
    });
    const proposed = reportBody({
      background:
        'The <img src=x onerror="alert(1)"> district has eleven branch libraries and one mobile library.',
    });
    const proposal = await member.post(`/api/reports/${report.body.id}/proposals`, {
      baseVersionId: report.body.currentVersion.id,
      body: proposed,
      note: '"><svg onload=alert(2)>',
    });
    expect(proposal.status).toBe(201);

    const res = await (await t.as('democratic')).get(`/api/reports/${report.body.id}/history.html`);
    expect(res.status).toBe(200);
    expect(res.text).not.toContain('<script>alert');
    expect(res.text).not.toContain('<img src=x');
    expect(res.text).not.toContain('<svg onload');
    expect(res.text).not.toContain('<b>Council</b>');
    expect(res.text).toContain('&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;');
    expect(res.text).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(res.text).toContain('Cabinet &amp; &lt;b&gt;Council&lt;/b&gt;');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
  });
});
