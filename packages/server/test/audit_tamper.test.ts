/**
 * Tampering with the audit trail directly in SQLite: the triggers refuse it, and once someone
 * drops a trigger to force a change, both `verify-audit` and `GET /api/audit/verify` name the
 * event that was altered.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newReport } from './documents.js';
import { startTestServer, type TestServer } from './harness.js';

const run = promisify(execFile);
const PACKAGE = fileURLToPath(new URL('..', import.meta.url));

async function verifyAudit(
  db: string,
  ...more: string[]
): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', '--conditions=source', 'src/cli/verify_audit.ts', '--db', db, ...more],
      { cwd: PACKAGE },
    );
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}

describe('tampering with the audit trail', { timeout: 60_000 }, () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
    const officer = await t.as('officer');
    await officer.post('/api/reports', newReport(t.users.member.id));
  });
  afterAll(() => t.close());

  it('is refused by the database while the triggers stand', () => {
    const db = new Database(t.databasePath);
    try {
      expect(() =>
        db.prepare("UPDATE audit_events SET ip = '10.9.9.9' WHERE seq = 3").run(),
      ).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM audit_events WHERE seq = 3').run()).toThrow(
        /append-only/,
      );
      expect(() => db.prepare("UPDATE versions SET body = '{}'").run()).toThrow(/immutable/);
    } finally {
      db.close();
    }
  });

  it('is found by verify-audit and the API once a trigger is dropped and a row edited', async () => {
    expect(await verifyAudit(t.databasePath)).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('OK'),
    });
    const db = new Database(t.databasePath);
    const target = db
      .prepare("SELECT seq FROM audit_events WHERE type = 'report_created'")
      .pluck()
      .get() as number;
    db.exec('DROP TRIGGER audit_events_no_update');
    db.prepare(
      "UPDATE audit_events SET data = json_set(data, '$.title', 'Something else') WHERE seq = ?",
    ).run(target);
    db.close();

    const cli = await verifyAudit(t.databasePath);
    expect(cli.code).toBe(1);
    expect(cli.stdout).toContain(`BROKEN at event ${target}`);
    expect(cli.stdout).toContain('altered');

    const api = await (await t.as('democratic')).get('/api/audit/verify');
    expect(api.body).toMatchObject({
      ok: false,
      firstBroken: {
        seq: target,
        id: String(target),
        reason: expect.stringContaining('report_created'),
      },
    });
  });

  it('finds a version whose text was rewritten in the database, by the event that recorded it', async () => {
    const t2 = await startTestServer();
    try {
      const officer = await t2.as('officer');
      const report = await officer.post('/api/reports', newReport(t2.users.member.id));
      const db = new Database(t2.databasePath);
      const seq = db
        .prepare(
          "SELECT seq FROM audit_events WHERE type = 'version_saved' AND json_extract(data, '$.versionId') = ?",
        )
        .pluck()
        .get(report.body.currentVersion.id) as number;
      db.exec('DROP TRIGGER versions_no_update');
      db.prepare(
        "UPDATE versions SET body = replace(body, 'branch libraries', 'libraries') WHERE id = ?",
      ).run(report.body.currentVersion.id);
      db.close();
      const cli = await verifyAudit(t2.databasePath);
      expect(cli.code).toBe(1);
      expect(cli.stdout).toContain(`BROKEN at event ${seq}`);
      expect(cli.stdout).toContain('no longer matches');
    } finally {
      await t2.close();
    }
  });

  it('shows a trail cut short after its head was noted', async () => {
    const t3 = await startTestServer();
    try {
      const officer = await t3.as('officer');
      await officer.post('/api/reports', newReport(t3.users.member.id));
      await t3.as('democratic'); // the head is now this login
      const noted = /head (\d+:[0-9a-f]{64})/.exec(
        (await verifyAudit(t3.databasePath)).stdout,
      )?.[1];
      expect(noted).toBeDefined();
      expect(await verifyAudit(t3.databasePath, '--head', noted!)).toMatchObject({ code: 0 });
      const db = new Database(t3.databasePath);
      db.exec('DROP TRIGGER audit_events_no_delete');
      db.prepare('DELETE FROM audit_events WHERE seq >= ?').run(Number(noted!.split(':')[0]));
      db.close();
      // The shortened chain is still internally consistent; only the noted head shows the cut.
      expect(await verifyAudit(t3.databasePath)).toMatchObject({ code: 0 });
      const cut = await verifyAudit(t3.databasePath, '--head', noted!);
      expect(cut.code).toBe(1);
      expect(cut.stdout).toContain('cut short');
    } finally {
      await t3.close();
    }
  });
});
