/**
 * The audit events as CSV (RFC 4180): one row per event, data as canonical JSON. Cells that a
 * spreadsheet would run as a formula (starting =, +, -, @, tab or carriage return) are prefixed
 * with an apostrophe, so an exported history cannot carry a formula injection.
 */
import { canonicalJson } from '../canonical_json.js';
import type { TimelineEntry } from '../presenters/timeline.js';

const COLUMNS = [
  'seq',
  'at',
  'type',
  'actor_id',
  'actor_name',
  'actor_role',
  'ip',
  'summary',
  'data',
  'hash',
];

/** The CSV text of `entries`, with a header row, CRLF line endings. */
export function eventsCsv(entries: readonly TimelineEntry[]): string {
  const rows = entries.map((entry) => [
    String(entry.seq),
    entry.at,
    entry.type,
    entry.actor?.id ?? '',
    entry.actor?.name ?? '',
    entry.actor?.role ?? '',
    entry.ip ?? '',
    entry.summary,
    canonicalJson(entry.data),
    entry.hash,
  ]);
  return [COLUMNS, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
