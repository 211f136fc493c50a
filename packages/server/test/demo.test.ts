/** The demo council that `npm start` seeds. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from '../src/app.js';
import { DEMO_LOGINS, DEMO_PASSWORD } from '../src/demo/seed_demo.js';
import { ROLES } from '../src/roles.js';
import { Client } from './harness.js';

describe('the demo council', { timeout: 60_000 }, () => {
  const directory = mkdtempSync(join(tmpdir(), 'probity-demo-'));
  const databasePath = join(directory, 'probity.sqlite');
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  async function logIn(url: string, role: string): Promise<Client> {
    const login = DEMO_LOGINS.find((l) => l.role === role)!;
    const client = new Client(url);
    expect(
      (await client.post('/api/session', { email: login.email, password: DEMO_PASSWORD })).status,
    ).toBe(200);
    return client;
  }

  it('has one user per role, a report shared with the cabinet member, and a proposal waiting for the officer', async () => {
    const server = await startServer({ port: 0, databasePath, demo: true, logLevel: 'silent' });
    try {
      expect(server.demoLogins.map((l) => l.role).sort()).toEqual([...ROLES].sort());
      const officer = await logIn(server.url, 'officer');
      const reports = (await officer.get('/api/reports')).body.reports;
      expect(reports).toHaveLength(2);
      expect(reports.map((r: { attention: string | null }) => r.attention)).toContain(
        'decide_proposal',
      );
      const cabinet = await logIn(server.url, 'cabinet_member');
      expect((await cabinet.get('/api/reports')).body.reports).toEqual([
        expect.objectContaining({
          decisionMaker: 'Cabinet',
          status: 'with_member',
          attention: 'review_report',
        }),
      ]);
      const waiting = reports.find(
        (r: { attention: string | null }) => r.attention === 'decide_proposal',
      );
      const [proposal] = (await officer.get(`/api/reports/${waiting.id}/proposals`)).body.proposals;
      expect(proposal.status).toBe('submitted');
      // The chair's two typing slips are 7.5(4) fixes; the figure is for the author to check.
      expect(
        proposal.classification.findings.filter((f: { rule: string }) => f.rule === 'typo-fix'),
      ).toHaveLength(2);
      const verify = await (
        await logIn(server.url, 'democratic_services')
      ).get('/api/audit/verify');
      expect(verify.body.ok).toBe(true);
    } finally {
      await server.close();
    }
  });

  it('is seeded once: a second start on the same file adds nothing', async () => {
    const server = await startServer({ port: 0, databasePath, demo: true, logLevel: 'silent' });
    try {
      expect(server.demoLogins).toEqual([]);
      const officer = await logIn(server.url, 'officer');
      expect((await officer.get('/api/reports')).body.reports).toHaveLength(2);
    } finally {
      await server.close();
    }
  });
});
