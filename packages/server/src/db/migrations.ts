/**
 * The numbered schema migrations, applied in order at start-up. Each is one change, in its own
 * file under `migrations/`; a migration once released is never edited, only followed by another.
 */
import { sql as usersAndSessions } from './migrations/0001_users_and_sessions.js';
import { sql as reportsAndVersions } from './migrations/0002_reports_and_versions.js';
import { sql as proposals } from './migrations/0003_proposals.js';
import { sql as disputesAndDecisions } from './migrations/0004_disputes_and_decisions.js';
import { sql as auditEvents } from './migrations/0005_audit_events.js';
import { sql as appendOnly } from './migrations/0006_append_only.js';

/** One numbered schema change. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** Every migration, in the order it is applied. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'users_and_sessions', sql: usersAndSessions },
  { version: 2, name: 'reports_and_versions', sql: reportsAndVersions },
  { version: 3, name: 'proposals', sql: proposals },
  { version: 4, name: 'disputes_and_decisions', sql: disputesAndDecisions },
  { version: 5, name: 'audit_events', sql: auditEvents },
  { version: 6, name: 'append_only', sql: appendOnly },
];
