/** The hash-chained audit trail. */
export const sql = `
CREATE TABLE audit_events (
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  type TEXT NOT NULL,
  actor_id TEXT,
  actor_role TEXT,
  ip TEXT,
  report_id TEXT,
  data TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE
) STRICT;
CREATE INDEX audit_events_report ON audit_events (report_id, seq);
`;
