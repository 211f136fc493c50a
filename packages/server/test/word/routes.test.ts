/**
 * The Word and PDF routes through HTTP, on the real app: import a .docx and confirm its tags,
 * export a version as .docx and PDF, and round-trip a member's tracked changes into a classified
 * proposal and back out as a .docx with comments.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReport } from '@probity/rules';
import { exportProposalDocx } from '../../src/word/export_proposal_docx.js';
import { newReport, reportBody } from '../documents.js';
import { startTestServer, type Answer, type Client, type TestServer } from '../harness.js';
import { buildDocx, wHeading, wPara } from './build_docx.js';
import { wElements, xmlPart } from './docx_xml.js';
import { words } from './body_text.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Sends `bytes` as the raw request body with the client's session. */
async function upload(
  client: Client,
  path: string,
  bytes: Uint8Array,
  type = DOCX,
): Promise<Answer> {
  const res = await fetch(client.baseUrl + path, {
    method: 'POST',
    headers: {
      'content-type': type,
      cookie: (client as any).cookie,
      'x-csrf-token': client.csrfToken ?? '',
    },
    body: new Blob([Buffer.from(bytes)]),
  });
  const text = await res.text();
  return {
    status: res.status,
    headers: res.headers,
    body: text.startsWith('{') ? JSON.parse(text) : text,
    text,
  };
}

async function download(
  client: Client,
  path: string,
): Promise<{ status: number; type: string | null; bytes: Buffer }> {
  const res = await fetch(client.baseUrl + path, { headers: { cookie: (client as any).cookie } });
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    bytes: Buffer.from(await res.arrayBuffer()),
  };
}

describe('the Word routes', () => {
  let t: TestServer;
  let officer: Client;
  let member: Client;
  let stranger: Client;
  let reportId: string;
  let versionId: string;

  beforeAll(async () => {
    t = await startTestServer();
    officer = await t.as('officer');
    member = await t.as('member');
    stranger = await t.as('otherOfficer');
    const created = await officer.post('/api/reports', newReport(t.users.member.id));
    reportId = created.body.id;
    versionId = created.body.currentVersion.id;
  });
  afterAll(() => t.close());

  describe('POST /api/reports/import', () => {
    it('reads a .docx into a body with tag suggestions and a list of what was dropped', async () => {
      const docx = await buildDocx([
        wHeading('Reasons for the recommendations'),
        wPara('In my professional opinion Option 2 is the best balance.'),
        wHeading('Background'),
        wPara('Visits fell by 12%.'),
      ]);
      const res = await upload(officer, '/api/reports/import', docx);
      expect(res.status).toBe(200);
      expect(parseReport(res.body.body).childCount).toBe(2);
      expect(res.body.suggestions).toEqual([
        expect.objectContaining({
          section: 'reasons',
          tag: { type: 'opinion', officer: 'author' },
        }),
      ]);
      expect(res.body.dropped).toEqual([]);

      const tagged = await officer.post('/api/reports/import/tags', {
        body: res.body.body,
        confirmations: [
          { blockId: res.body.suggestions[0].blockId, tag: res.body.suggestions[0].tag },
        ],
      });
      expect(tagged.status).toBe(200);
      expect(tagged.body.body.content[0].content[1].type).toBe('opinion');
      const saved = await officer.post('/api/reports', {
        ...newReport(t.users.member.id),
        body: tagged.body.body,
      });
      expect(saved.status).toBe(201);
    });

    it('refuses members, strangers to the session, and files that are not Word documents', async () => {
      const docx = await buildDocx([wPara('Text.')]);
      expect((await upload(member, '/api/reports/import', docx)).status).toBe(403);
      expect((await upload(t.anonymous(), '/api/reports/import', docx)).status).toBe(401);
      const garbage = await upload(
        officer,
        '/api/reports/import',
        new TextEncoder().encode('not a zip'),
      );
      expect(garbage.status).toBe(400);
      expect(garbage.body.error.code).toBe('not_docx');
      const wrongType = await upload(officer, '/api/reports/import', docx, 'text/plain');
      expect(wrongType.status).toBe(415);
    });

    it('refuses tags that point at no paragraph, naming the block', async () => {
      const res = await officer.post('/api/reports/import/tags', {
        body: reportBody(),
        confirmations: [{ blockId: 'missing', tag: { type: 'opinion', officer: 'author' } }],
      });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain('"missing"');
    });
  });

  describe('exports of a version', () => {
    it('gives anyone who can see the report the version as a .docx', async () => {
      const res = await download(
        member,
        `/api/reports/${reportId}/versions/${versionId}/docx?trackChanges=true`,
      );
      expect(res.status).toBe(200);
      expect(res.type).toBe(DOCX);
      expect(wElements(xmlPart(res.bytes, 'word/settings.xml'), 'trackRevisions')).toHaveLength(1);
      const text = wElements(xmlPart(res.bytes, 'word/document.xml'), 't')
        .map((t) => t.textContent)
        .join(' ');
      expect(text).toContain('Reduce opening hours at the six smallest branches');
    });

    it('records each export in the audit trail, and no refused one', async () => {
      const exports = async () =>
        (await officer.get(`/api/reports/${reportId}/timeline`)).body.events.filter(
          (event: { type: string }) => event.type === 'exported',
        );
      const before = (await exports()).length;
      await download(stranger, `/api/reports/${reportId}/versions/${versionId}/docx`);
      expect(await exports()).toHaveLength(before);
      await download(member, `/api/reports/${reportId}/versions/${versionId}/docx`);
      const after = await exports();
      expect(after).toHaveLength(before + 1);
      expect(after.at(-1)).toMatchObject({
        summary: 'Version 1 exported as Word',
        actor: { id: t.users.member.id },
      });
    });

    it('answers 404 to someone who cannot see the report', async () => {
      expect(
        (await download(stranger, `/api/reports/${reportId}/versions/${versionId}/docx`)).status,
      ).toBe(404);
      expect(
        (await download(stranger, `/api/reports/${reportId}/versions/${versionId}/pdf`)).status,
      ).toBe(404);
    });

    it('prints the version as a PDF', async () => {
      const res = await download(officer, `/api/reports/${reportId}/versions/${versionId}/pdf`);
      expect(res.status).toBe(200);
      expect(res.type).toBe('application/pdf');
      expect(res.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }, 60_000);
  });

  describe('a member’s tracked changes', () => {
    let proposalId: string;

    it('become a proposal, classified by the server', async () => {
      expect((await officer.post(`/api/reports/${reportId}/share`, { versionId })).status).toBe(
        200,
      );
      const base = parseReport(reportBody());
      const edited = parseReport(
        reportBody({
          withOption3: false,
          purpose: 'To decide the opening hours of the branch libraries.',
        }),
      );
      const docx = await exportProposalDocx(
        base,
        edited,
        { verdict: 'permitted', rulebook: 'x', findings: [] },
        {
          title: 'Libraries',
          member: 'Test member',
          date: '2026-05-12T10:00:00Z',
        },
      );
      const res = await upload(
        member,
        `/api/reports/${reportId}/proposals/docx?baseVersionId=${versionId}`,
        docx,
      );
      expect(res.status).toBe(201);
      expect(res.body.word).toEqual({ authors: ['Test member'], untracked: [], comments: [] });
      expect(res.body.note).toBe('Imported from Word (tracked changes by Test member).');
      expect(res.body.classification.verdict).toBe('forbidden');
      expect(res.body.classification.findings.map((f: any) => f.clause)).toContain('7.6(1)');
      proposalId = res.body.id;
      const shown = await member.get(`/api/proposals/${proposalId}`);
      expect(words(parseReport(shown.body.proposed))).toEqual(words(edited));
    });

    it('are refused from anyone but the report’s member, and against an old version', async () => {
      const docx = await buildDocx([wPara('x')]);
      expect(
        (
          await upload(
            officer,
            `/api/reports/${reportId}/proposals/docx?baseVersionId=${versionId}`,
            docx,
          )
        ).status,
      ).toBe(403);
      const missing = await upload(member, `/api/reports/${reportId}/proposals/docx`, docx);
      expect(missing.status).toBe(400);
      expect(missing.body.error.message).toContain('query.baseVersionId');
      const unrelated = await upload(
        member,
        `/api/reports/${reportId}/proposals/docx?baseVersionId=${versionId}`,
        docx,
      );
      expect(unrelated.status).toBe(422);
      expect(unrelated.body.error.code).toBe('not_from_this_version');
    });

    it('need no version named when the file names its own, and are refused when the two differ', async () => {
      const base = parseReport(reportBody());
      const edited = parseReport(reportBody({ purpose: 'To decide the opening hours.' }));
      const none = { verdict: 'permitted' as const, rulebook: 'x', findings: [] };
      const docx = await exportProposalDocx(base, edited, none, {
        title: 'Libraries',
        member: 'Test member',
        date: '2026-05-12T10:00:00Z',
        baseVersionId: versionId,
      });
      const named = await upload(member, `/api/reports/${reportId}/proposals/docx`, docx);
      expect(named.status).toBe(201);
      expect(named.body.baseVersionId).toBe(versionId);
      const clash = await upload(
        member,
        `/api/reports/${reportId}/proposals/docx?baseVersionId=other`,
        docx,
      );
      expect(clash.status).toBe(422);
      expect(clash.body.error.message).toBe(
        `This file was exported from version ${versionId}, not other.`,
      );
    });

    it('name their version in the .docx a member downloads', async () => {
      const res = await download(
        member,
        `/api/reports/${reportId}/versions/${versionId}/docx?trackChanges=true`,
      );
      const properties = xmlPart(res.bytes, 'docProps/custom.xml');
      expect(
        Array.from(properties.getElementsByTagName('property')).map((p) => [
          p.getAttribute('name'),
          p.textContent,
        ]),
      ).toEqual([['ProbityVersion', versionId]]);
    });

    it('come back out as a .docx with tracked changes and one comment per finding', async () => {
      const shown = await officer.get(`/api/proposals/${proposalId}`);
      const res = await download(officer, `/api/proposals/${proposalId}/docx`);
      expect(res.status).toBe(200);
      const document = xmlPart(res.bytes, 'word/document.xml');
      expect(wElements(document, 'del').length).toBeGreaterThan(0);
      expect(wElements(xmlPart(res.bytes, 'word/comments.xml'), 'comment')).toHaveLength(
        shown.body.classification.findings.length,
      );
      expect((await download(stranger, `/api/proposals/${proposalId}/docx`)).status).toBe(404);
    });
  });
});

describe('uploads without a session', () => {
  it('are refused before their body is read', async () => {
    const t = await startTestServer();
    try {
      // A body far over the upload limit: read first, it would be refused as too large (413).
      const res = await upload(
        t.anonymous(),
        '/api/reports/import',
        new Uint8Array(11 * 1024 * 1024),
      );
      expect(res.status).toBe(401);
      const officer = await t.as('officer');
      const large = await upload(officer, '/api/reports/import', new Uint8Array(11 * 1024 * 1024));
      expect(large.status).toBe(413);
    } finally {
      await t.close();
    }
  });
});
