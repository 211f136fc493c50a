/** Disputed findings and their resolution; the author's decision on each finding. */
export const sql = `
CREATE TABLE disputes (
  id TEXT PRIMARY KEY,
  proposal_id TEXT NOT NULL REFERENCES proposals (id),
  report_id TEXT NOT NULL REFERENCES reports (id),
  finding_id TEXT NOT NULL,
  member_id TEXT NOT NULL REFERENCES users (id),
  reason TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'upheld', 'overturned')),
  resolver_role TEXT NOT NULL,
  resolved_by TEXT REFERENCES users (id),
  resolution TEXT,
  created_at TEXT NOT NULL,
  resolved_at TEXT,
  UNIQUE (proposal_id, finding_id)
) STRICT;

CREATE TABLE decisions (
  id TEXT PRIMARY KEY,
  proposal_id TEXT NOT NULL REFERENCES proposals (id),
  finding_id TEXT NOT NULL,
  accept INTEGER NOT NULL CHECK (accept IN (0, 1)),
  attestation TEXT,
  decided_by TEXT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL,
  UNIQUE (proposal_id, finding_id)
) STRICT;
`;
