/** The administrator's commands, run as a person would run them. */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from '../src/app.js';
import { Client } from './harness.js';

const run = promisify(execFile);
const PACKAGE = fileURLToPath(new URL('..', import.meta.url));

async function createUser(args: readonly string[], password?: string) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', '--conditions=source', 'src/cli/create_user.ts', ...args],
      {
        cwd: PACKAGE,
        env: { ...process.env, ...(password ? { PROBITY_PASSWORD: password } : {}) },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('create-user', { timeout: 60_000 }, () => {
  const directory = mkdtempSync(join(tmpdir(), 'probity-cli-'));
  const db = join(directory, 'probity.sqlite');
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('creates a user who can then log in', async () => {
    const created = await createUser(
      [
        '--email',
        'Clerk@Council.test',
        '--name',
        'Dana Clerk',
        '--role',
        'democratic_services',
        '--db',
        db,
      ],
      'a long enough password',
    );
    expect(created).toMatchObject({
      code: 0,
      stdout: expect.stringContaining(
        'created democratic_services Dana Clerk <clerk@council.test>',
      ),
    });
    const server = await startServer({ port: 0, databasePath: db, logLevel: 'silent' });
    try {
      const client = new Client(server.url);
      const res = await client.post('/api/session', {
        email: 'clerk@council.test',
        password: 'a long enough password',
      });
      expect(res.status).toBe(200);
      expect(res.body.user.role).toBe('democratic_services');
    } finally {
      await server.close();
    }
  });

  it('refuses a taken email, a bad role and a short password, saying why', async () => {
    const taken = await createUser(
      ['--email', 'clerk@council.test', '--name', 'Again', '--role', 'admin', '--db', db],
      'a long enough password',
    );
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain('already exists');
    const role = await createUser(
      ['--email', 'x@council.test', '--name', 'X', '--role', 'king', '--db', db],
      'a long enough password',
    );
    expect(role.code).toBe(2);
    expect(role.stderr).toContain('--role: must be one of');
    const short = await createUser(
      ['--email', 'y@council.test', '--name', 'Y', '--role', 'admin', '--db', db],
      'short',
    );
    expect(short.code).toBe(2);
    expect(short.stderr).toContain('at least 12 characters');
  });
});

describe('the start command', { timeout: 60_000 }, () => {
  it('refuses to start on bad settings, naming each one', async () => {
    const failed = await run(
      process.execPath,
      ['--import', 'tsx', '--conditions=source', 'src/main.ts'],
      {
        cwd: PACKAGE,
        env: { ...process.env, PORT: 'eighty', SESSION_SECRET: 'short', DATABASE_PATH: ':memory:' },
      },
    ).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('Probity cannot start; fix these settings:');
    expect(failed.stderr).toMatch(/PORT: .*\n.*SESSION_SECRET: must be at least 32 characters/);
  });
});
