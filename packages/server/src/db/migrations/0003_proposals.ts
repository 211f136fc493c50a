/** Members' proposals: a proposed body against a base version, with the server's classification. */
export const sql = `
CREATE TABLE proposals (
  id TEXT PRIMARY KEY,
  report_id TEXT NOT NULL REFERENCES reports (id),
  base_version_id TEXT NOT NULL REFERENCES versions (id),
  member_id TEXT NOT NULL REFERENCES users (id),
  note TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'withdrawn', 'decided')),
  proposed_body TEXT NOT NULL,
  classification TEXT NOT NULL,
  result_version_id TEXT REFERENCES versions (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX proposals_report ON proposals (report_id);
`;
