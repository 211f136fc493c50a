import { describe, expect, it } from 'vitest';
import { doc, p, section } from './builders.js';
import { parseReport, ReportValidationError } from './parse_report.js';
import { toReport } from './report_input.js';
import { schema } from './schema.js';

describe('toReport', () => {
  it('accepts a checked node and JSON alike', () => {
    const body = doc(section('background', p('Text.')));
    expect(toReport(body, 'base')).toBe(body);
    expect(toReport(body.toJSON(), 'base').eq(body)).toBe(true);
  });

  it('names the side and place of a node without an id or with a repeated one', () => {
    const paragraph = schema.node('paragraph', { id: null }, schema.text('No id.'));
    const heading = schema.node('heading', { id: 'h' }, schema.text('Title'));
    const body = schema.node('doc', null, [
      schema.node('section', { id: 's', kind: 'other' }, [heading, paragraph]),
    ]);
    try {
      toReport(body, 'proposed');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ReportValidationError);
      expect((error as ReportValidationError).issues[0]).toMatchObject({
        path: expect.stringMatching(/^proposed@\d+$/),
        message: 'paragraph needs an id',
      });
    }
  });

  it('takes a body parseReport built as it is, without checking it again', () => {
    const body = parseReport(doc(section('background', p('Text.'))).toJSON());
    expect(toReport(body, 'base')).toBe(body);
  });

  it('still refuses a parsed body whose text carries the same mark twice', () => {
    const json = doc(section('background', p({ id: 'x' }, 'Text.'))).toJSON() as {
      content: { content: { content: { marks?: unknown }[] }[] }[];
    };
    const text = json.content[0]?.content[1]?.content[0];
    if (text) text.marks = [{ type: 'strong' }, { type: 'strong' }];
    expect(() => toReport(parseReport(json), 'proposed')).toThrow(ReportValidationError);
  });
});
