import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../presenters/timeline.js';
import { eventsCsv } from './events_csv.js';

const entry = (summary: string, name = 'Priya Shah'): TimelineEntry => ({
  seq: 1,
  at: '2026-11-22T08:00:00.000Z',
  type: 'shared',
  actor: { id: 'u1', name, role: 'officer' },
  ip: '127.0.0.1',
  summary,
  data: { b: 1, a: 'x' },
  hash: 'abc',
});

describe('eventsCsv', () => {
  it('writes a header and one row per event, data as canonical JSON', () => {
    const [header, row] = eventsCsv([entry('Shared')]).split('\r\n');
    expect(header).toBe('seq,at,type,actor_id,actor_name,actor_role,ip,summary,data,hash');
    expect(row).toBe(
      '1,2026-11-22T08:00:00.000Z,shared,u1,Priya Shah,officer,127.0.0.1,Shared,"{""a"":""x"",""b"":1}",abc',
    );
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(eventsCsv([entry('one, "two"\nthree')])).toContain('"one, ""two""\nthree"');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const csv = eventsCsv([entry('=HYPERLINK("http://evil")', '+cmd')]);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).toContain(",'+cmd,");
  });
});
