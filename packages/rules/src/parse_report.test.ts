import { describe, expect, it } from 'vitest';
import { doc, option, opinion, p, section, statement } from './builders.js';
import { parseReport, ReportValidationError, type ReportIssue } from './parse_report.js';
import { readCorpus } from '../test/corpus.js';

const good = doc(
  section('purpose', p('To agree library opening hours.')),
  section(
    'options',
    option({ label: 'Option 1', recommended: true }, 'Keep all branches open.'),
    opinion('In my professional opinion Option 1 is affordable.'),
  ),
  section('legal', statement({ kind: 'legality', officer: 'monitoring_officer' }, 'Lawful.')),
).toJSON() as Record<string, unknown>;

/** A deep copy of the good document with one change made by `edit`. */
function bad(edit: (json: any) => void): unknown {
  const copy = structuredClone(good);
  edit(copy);
  return copy;
}

function issuesOf(json: unknown): readonly ReportIssue[] {
  try {
    parseReport(json);
  } catch (error) {
    expect(error).toBeInstanceOf(ReportValidationError);
    return (error as ReportValidationError).issues;
  }
  throw new Error('expected parseReport to reject the document');
}

describe('parseReport', () => {
  it('accepts a valid document and returns an equal node', () => {
    const node = parseReport(good);
    expect(node.toJSON()).toEqual(good);
    expect(node.type.name).toBe('doc');
  });

  it('accepts the same document as a JSON string', () => {
    expect(parseReport(JSON.stringify(good)).toJSON()).toEqual(good);
  });

  it('parses both versions of every case in the shared corpus', () => {
    const cases = readCorpus();
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) {
      expect(() => parseReport(c.base), `${c.file} base`).not.toThrow();
      expect(() => parseReport(c.proposed), `${c.file} proposed`).not.toThrow();
    }
  });

  it('rejects text that is not JSON', () => {
    const [issue] = issuesOf('{"type": "doc", ');
    expect(issue?.path).toBe('(document)');
    expect(issue?.message).toMatch(/not valid JSON/);
  });

  it('names an unknown node type with its path and value', () => {
    const issues = issuesOf(bad((d) => (d.content[1].content[2].type = 'opinon')));
    expect(issues).toEqual([
      {
        path: 'content[1].content[2].type',
        message: 'unknown node type "opinon"',
        value: 'opinon',
      },
    ]);
    expect(() => parseReport(bad((d) => (d.content[1].content[2].type = 'opinon')))).toThrow(
      'content[1].content[2].type: unknown node type "opinon"',
    );
  });

  it('names an unknown mark type', () => {
    const issues = issuesOf(
      bad((d) => (d.content[0].content[1].content[0].marks = [{ type: 'blink' }])),
    );
    expect(issues[0]).toMatchObject({
      path: 'content[0].content[1].content[0].marks[0].type',
      value: 'blink',
    });
  });

  it('rejects content a node may not hold', () => {
    // A section must open with its heading.
    const issues = issuesOf(bad((d) => d.content[0].content.reverse()));
    expect(issues[0]?.path).toBe('content[0].content');
    expect(issues[0]?.message).toMatch(
      /section must contain heading block\*, found paragraph, heading/,
    );
  });

  it('rejects a document whose top level is not sections', () => {
    const issues = issuesOf({ type: 'doc', content: [{ type: 'paragraph', attrs: { id: 'x' } }] });
    expect(issues[0]).toMatchObject({ path: 'content' });
  });

  it('rejects a block without an id', () => {
    const issues = issuesOf(bad((d) => delete d.content[1].content[1].attrs.id));
    expect(issues[0]).toMatchObject({ path: 'content[1].content[1].attrs.id' });
    expect(issues[0]?.message).toMatch(/option needs an id/);
  });

  it('rejects an empty id', () => {
    const issues = issuesOf(bad((d) => (d.content[1].content[1].attrs.id = '  ')));
    expect(issues[0]).toMatchObject({ path: 'content[1].content[1].attrs.id', value: '  ' });
  });

  it('rejects a duplicate id and says where it was first used', () => {
    const issues = issuesOf(bad((d) => (d.content[1].attrs.id = d.content[0].attrs.id)));
    expect(issues[0]).toMatchObject({ path: 'content[1].attrs.id', value: 'purpose' });
    expect(issues[0]?.message).toMatch(/duplicate id "purpose", first used at content\[0\]/);
  });

  it('rejects an attribute outside its enum', () => {
    const issues = issuesOf(bad((d) => (d.content[2].content[1].attrs.kind = 'vibes')));
    expect(issues[0]).toMatchObject({ path: 'content[2].content[1].attrs.kind', value: 'vibes' });
    expect(issues[0]?.message).toMatch(/expected one of legality, fairness/);
  });

  it('rejects an attribute of the wrong type', () => {
    const issues = issuesOf(bad((d) => (d.content[1].content[1].attrs.recommended = 'yes')));
    expect(issues[0]).toMatchObject({
      path: 'content[1].content[1].attrs.recommended',
      value: 'yes',
    });
  });

  it('rejects an attribute the node does not have', () => {
    const issues = issuesOf(bad((d) => (d.content[0].attrs.colour = 'red')));
    expect(issues[0]).toMatchObject({ path: 'content[0].attrs.colour' });
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>', 'ftp://x.example/', '/relative', ''])(
    'rejects the link href %j',
    (href) => {
      const issues = issuesOf(
        bad(
          (d) => (d.content[0].content[1].content[0].marks = [{ type: 'link', attrs: { href } }]),
        ),
      );
      expect(issues[0]).toMatchObject({
        path: 'content[0].content[1].content[0].marks[0].attrs.href',
        value: href,
      });
    },
  );

  it.each([
    'https://www.ne-derbyshire.gov.uk/',
    'http://example.org/a?b=c',
    'mailto:clerk@example.org',
  ])('accepts the link href %j', (href) => {
    const json = bad(
      (d) => (d.content[0].content[1].content[0].marks = [{ type: 'link', attrs: { href } }]),
    );
    expect(() => parseReport(json)).not.toThrow();
  });

  it('rejects empty text nodes and non-string text', () => {
    expect(issuesOf(bad((d) => (d.content[0].content[1].content[0].text = '')))[0]).toMatchObject({
      path: 'content[0].content[1].content[0].text',
    });
    expect(issuesOf(bad((d) => (d.content[0].content[1].content[0].text = 42)))[0]).toMatchObject({
      value: 42,
    });
  });

  it('rejects values that are not nodes at all', () => {
    expect(issuesOf(null)[0]).toMatchObject({ path: '(document)' });
    expect(issuesOf([good])[0]?.message).toMatch(/expected a node object, found a list/);
    expect(issuesOf(bad((d) => (d.content = 'sections')))[0]).toMatchObject({ path: 'content' });
  });

  it('rejects a document whose root is not a doc', () => {
    expect(issuesOf({ type: 'paragraph', attrs: { id: 'p' } })[0]?.message).toMatch(
      /expected a doc, found paragraph/,
    );
  });

  it('rejects JSON text over the size limit', () => {
    const issues = (() => {
      try {
        parseReport(JSON.stringify(good), { maxBytes: 100, maxNodes: 200_000 });
      } catch (error) {
        return (error as ReportValidationError).issues;
      }
      return [];
    })();
    expect(issues[0]?.message).toMatch(/bytes of JSON; the limit is 100/);
  });

  it('counts the size limit in UTF-8 bytes, as TextEncoder does', () => {
    // JSON.stringify escapes lone surrogates, so the last two are written as raw JSON text.
    const bodies = [
      JSON.stringify('café £310'),
      JSON.stringify('emoji 😀'),
      '"lone \ud800 x"',
      '"\udc00"',
    ];
    for (const json of bodies) {
      const text = json;
      const bytes = new TextEncoder().encode(json).length;
      expect(() => parseReport(json, { maxBytes: bytes - 1, maxNodes: 10 }), text).toThrow(
        `is ${bytes} bytes of JSON; the limit is ${bytes - 1}`,
      );
      // At the limit, the size passes and the body is judged on its content.
      expect(() => parseReport(json, { maxBytes: bytes, maxNodes: 10 }), text).toThrow(
        /expected a node object/,
      );
    }
  });

  it('rejects documents with too many nodes', () => {
    expect(() => parseReport(good, { maxBytes: 5_000_000, maxNodes: 10 })).toThrow(
      /more than 10 nodes/,
    );
  });

  it('lists several problems at once', () => {
    const issues = issuesOf(
      bad((d) => {
        d.content[0].attrs.kind = 'nope';
        d.content[2].content[1].attrs.officer = 'mayor';
      }),
    );
    expect(issues.map((issue) => issue.path)).toEqual([
      'content[0].attrs.kind',
      'content[2].content[1].attrs.officer',
    ]);
  });
});
