/** Reports and their immutable versions. */
export const sql = `
CREATE TABLE reports (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  decision_maker TEXT NOT NULL,
  author_id TEXT NOT NULL REFERENCES users (id),
  member_id TEXT NOT NULL REFERENCES users (id),
  key_decision INTEGER NOT NULL CHECK (key_decision IN (0, 1)),
  statutory INTEGER NOT NULL CHECK (statutory IN (0, 1)),
  status TEXT NOT NULL CHECK (status IN ('draft', 'with_member', 'cleared', 'published')),
  rulebook TEXT NOT NULL,
  current_version_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE versions (
  id TEXT PRIMARY KEY,
  report_id TEXT NOT NULL REFERENCES reports (id),
  number INTEGER NOT NULL,
  author_id TEXT NOT NULL REFERENCES users (id),
  source TEXT NOT NULL CHECK (source IN ('author', 'proposal')),
  proposal_id TEXT,
  body TEXT NOT NULL,
  body_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (report_id, number)
) STRICT;
`;
