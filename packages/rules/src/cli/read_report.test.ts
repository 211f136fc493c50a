import { describe, expect, it } from 'vitest';
import { builders } from '../index.js';
import { InputError } from './input_error.js';
import { checkReport } from './read_report.js';

const { doc, section, p } = builders;

describe('checkReport', () => {
  it('returns the checked body of a valid report', () => {
    const body = doc(section('purpose', p({ id: 'p1' }, 'To decide.')));
    expect(checkReport('base.json', body.toJSON()).eq(body)).toBe(true);
  });

  it('lists every problem with its path and the value found there', () => {
    const json = doc(section('purpose', p({ id: 'p1' }, 'To decide.'))).toJSON() as any;
    json.content[0].content[1].type = 'opinon';
    json.content[0].attrs.kind = 'purposes';
    let error: unknown;
    try {
      checkReport('proposed.json', json);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    const { message, details } = error as InputError;
    expect(message).toMatch(/^proposed\.json: not a valid report body \(\d+ problems?\)$/);
    expect(details.join('\n')).toContain('content[0].content[1].type');
    expect(details.join('\n')).toContain('"opinon"');
    expect(details.join('\n')).toContain('"purposes"');
  });
});
