import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, defaultProposalWorkers, readSettings } from './settings.js';

describe('readSettings', () => {
  it('defaults to port 3000 and ./data/probity.sqlite under the repository root', () => {
    const settings = readSettings({});
    expect(settings.port).toBe(3000);
    expect(settings.databasePath).toBe(join(REPO_ROOT, 'data', 'probity.sqlite'));
    expect(settings.disputeResolver).toBe('monitoring_officer');
    expect(settings.sessionSecret.length).toBeGreaterThanOrEqual(32);
    expect(settings.proposalWorkers).toBe(defaultProposalWorkers());
    expect(settings.proposalWorkers).toBe(Math.max(availableParallelism() - 1, 1));
  });

  it('takes the number of proposal worker threads, 0 meaning the main thread', () => {
    expect(readSettings({ PROPOSAL_WORKERS: '3' }).proposalWorkers).toBe(3);
    expect(readSettings({ PROPOSAL_WORKERS: '0' }).proposalWorkers).toBe(0);
  });

  it('refuses a number of proposal worker threads that is not a whole number from 0 to 64', () => {
    expect(() => readSettings({ PROPOSAL_WORKERS: 'two' })).toThrow(/PROPOSAL_WORKERS: /);
    expect(() => readSettings({ PROPOSAL_WORKERS: '1.5' })).toThrow(
      /PROPOSAL_WORKERS: must be a whole number/,
    );
    expect(() => readSettings({ PROPOSAL_WORKERS: '-1' })).toThrow(/PROPOSAL_WORKERS: must be 0/);
    expect(() => readSettings({ PROPOSAL_WORKERS: '65' })).toThrow(
      /PROPOSAL_WORKERS: must be at most 64/,
    );
  });

  it('resolves a relative database path against where the command was run', () => {
    expect(readSettings({ DATABASE_PATH: 'x/db.sqlite', INIT_CWD: '/tmp/here' }).databasePath).toBe(
      '/tmp/here/x/db.sqlite',
    );
  });

  it('fails fast naming every bad variable', () => {
    expect(() =>
      readSettings({
        PORT: 'eighty',
        LOG_LEVEL: 'loud',
        SESSION_SECRET: 'short',
        DISPUTE_RESOLVER: 'leader',
      }),
    ).toThrow(/PORT[\s\S]*SESSION_SECRET[\s\S]*LOG_LEVEL[\s\S]*DISPUTE_RESOLVER/);
  });

  it('requires a session secret in production', () => {
    expect(() => readSettings({ NODE_ENV: 'production' })).toThrow(
      /SESSION_SECRET: required in production/,
    );
  });

  it('lets a council name the Head of Paid Service as its dispute resolver', () => {
    expect(readSettings({ DISPUTE_RESOLVER: 'head_of_paid_service' }).disputeResolver).toBe(
      'head_of_paid_service',
    );
  });
});
