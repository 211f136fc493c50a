/**
 * Crash safety: the server runs as a child process while members submit proposals; it is killed
 * with SIGKILL mid-stream and restarted on the same file. Every write the server acknowledged
 * must still be there, every proposal must have its audit event (same transaction), and the
 * audit chain must verify.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo/seed_demo.js';
import { Client } from './harness.js';

const PACKAGE = fileURLToPath(new URL('..', import.meta.url));

interface Child {
  readonly process: ChildProcess;
  readonly url: string;
}

function startChild(databasePath: string): Promise<Child> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=source', 'src/main.ts', '--demo'],
    {
      cwd: PACKAGE,
      env: {
        ...process.env,
        PORT: '0',
        DATABASE_PATH: databasePath,
        LOG_LEVEL: 'warn',
        SESSION_SECRET: 'a'.repeat(40),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 30_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Probity is running at (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ process: child, url: match[1]! });
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) =>
      reject(new Error(`server exited (${code}) before starting: ${output}`)),
    );
  });
}

async function logIn(url: string, email: string): Promise<Client> {
  const client = new Client(url);
  const res = await client.post('/api/session', { email, password: DEMO_PASSWORD });
  if (res.status !== 200) throw new Error(`login ${email}: ${res.status}`);
  return client;
}

describe('a crash while proposals are being submitted', () => {
  const directory = mkdtempSync(join(tmpdir(), 'probity-crash-'));
  const databasePath = join(directory, 'probity.sqlite');
  let child: ChildProcess | undefined;
  afterAll(() => {
    child?.kill('SIGKILL');
    rmSync(directory, { recursive: true, force: true });
  });

  it('keeps every acknowledged write and an intact audit chain after kill -9 and restart', async () => {
    const first = await startChild(databasePath);
    child = first.process;
    const member = await logIn(first.url, 'cabinet@probity.test');
    const [report] = (await member.get('/api/reports')).body.reports as {
      id: string;
      currentVersionId: string;
    }[];
    const base = (await member.get(`/api/reports/${report!.id}`)).body.body;
    const proposed = structuredClone(base);
    // A re-worded background paragraph: a permitted change, so each proposal is a real one.
    const background = proposed.content.find(
      (s: { attrs: { kind: string } }) => s.attrs.kind === 'background',
    );
    background.content[1].content[0].text =
      'The Council looks after 46 parks and open spaces, 312 hectares in all.';

    const acknowledged: string[] = [];
    let stop = false;
    const worker = async () => {
      while (!stop) {
        try {
          const res = await member.post(`/api/reports/${report!.id}/proposals`, {
            baseVersionId: report!.currentVersionId,
            body: proposed,
          });
          if (res.status === 201) acknowledged.push(res.body.id);
        } catch {
          return; // the connection died with the server
        }
      }
    };
    const workers = Array.from({ length: 8 }, worker);
    while (acknowledged.length < 40) await new Promise((resolve) => setTimeout(resolve, 10));
    const exited = new Promise((resolve) => first.process.once('exit', resolve));
    first.process.kill('SIGKILL');
    stop = true;
    await Promise.all(workers);
    await exited;

    const second = await startChild(databasePath);
    child = second.process;
    const again = await logIn(second.url, 'cabinet@probity.test');
    for (const id of acknowledged) {
      expect((await again.get(`/api/proposals/${id}`)).status).toBe(200);
    }
    const verify = await (
      await logIn(second.url, 'democratic@probity.test')
    ).get('/api/audit/verify');
    expect(verify.body).toMatchObject({ ok: true });

    const db = new Database(databasePath, { readonly: true });
    try {
      const proposals = db.prepare('SELECT count(*) FROM proposals').pluck().get() as number;
      const events = db
        .prepare("SELECT count(*) FROM audit_events WHERE type = 'proposal_created'")
        .pluck()
        .get() as number;
      expect(proposals).toBeGreaterThanOrEqual(acknowledged.length);
      expect(events).toBe(proposals);
    } finally {
      db.close();
    }
    // And a graceful stop: SIGTERM drains and closes the database, exiting 0.
    const stopped = new Promise((resolve) => second.process.once('exit', (code) => resolve(code)));
    second.process.kill('SIGTERM');
    expect(await stopped).toBe(0);
    child = undefined;
  }, 90_000);
});
