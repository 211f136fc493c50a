import fc from 'fast-check';
import type { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { doc, option, opinion, p, section, statement } from './builders.js';
import { isChecked } from './checked_reports.js';
import {
  MAX_DEPTH,
  parseReport,
  ReportValidationError,
  type ParseReportOptions,
  type ReportIssue,
  type ReportLimits,
} from './parse_report.js';
import { readCorpus } from '../test/corpus.js';
import { draftOf, edit, edited, reportSpec, toDoc } from '../test/arbitrary_report.js';

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

  it('refuses nodes nested past MAX_DEPTH with an issue, where a walk would exhaust the stack', () => {
    // Lists inside list items, `levels` deep: a list and its item are two levels each.
    const nested = (levels: number): unknown => {
      let list: Record<string, unknown> = {
        type: 'bullet_list',
        attrs: { id: 'l0' },
        content: [
          {
            type: 'list_item',
            attrs: { id: 'i0' },
            content: [p({ id: 'p0' }, 'Deepest.').toJSON()],
          },
        ],
      };
      for (let i = 1; i < levels; i++) {
        list = {
          type: 'bullet_list',
          attrs: { id: `l${i}` },
          content: [
            {
              type: 'list_item',
              attrs: { id: `i${i}` },
              content: [p({ id: `p${i}` }, `Level ${i}.`).toJSON(), list],
            },
          ],
        };
      }
      const body = doc(
        section({ id: 's', kind: 'purpose' }, p({ id: 'intro' }, 'Intro.')),
      ).toJSON();
      (body.content as { content: unknown[] }[])[0]?.content.push(list);
      return body;
    };
    expect(parseReport(nested(20)).childCount).toBe(1);
    for (const levels of [MAX_DEPTH, 20_000]) {
      const issues = issuesOf(nested(levels));
      expect(issues).toHaveLength(1);
      expect(issues[0]?.message).toBe(`nests nodes more than ${MAX_DEPTH} levels deep`);
      expect(issues[0]?.path).toMatch(/^content\[0\]\.content\[2\](\.content\[\d\])+\.content$/);
    }
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

/** What parseReport makes of `json`: the node, or the issues it refuses it with. */
function outcome(json: unknown, options?: ParseReportOptions | ReportLimits) {
  try {
    return { node: parseReport(json, options) };
  } catch (error) {
    if (!(error instanceof ReportValidationError)) throw error;
    return { issues: error.issues };
  }
}

/** Every node of `json` (a report body as JSON), in document order. */
function jsonNodes(json: unknown): Record<string, any>[] {
  const found: Record<string, any>[] = [];
  const visit = (node: any) => {
    found.push(node);
    for (const child of node.content ?? []) visit(child);
  };
  visit(json);
  return found;
}

/** The nodes of `body` that carry an id, by id. */
function byId(body: Node): Map<string, Node> {
  const found = new Map<string, Node>();
  body.descendants((node) => {
    if (typeof node.attrs['id'] === 'string') found.set(node.attrs['id'], node);
  });
  return found;
}

type Corruption =
  | 'duplicate-id'
  | 'no-id'
  | 'unknown-type'
  | 'unknown-attr'
  | 'unknown-field'
  | 'copied-block'
  | 'empty-text';

/**
 * Spoils a copy of `json` the way `how` says, at the `at`-th node (a fraction of the count) of
 * those it applies to: the nodes with ids, or the texts; `other` picks a second node where needed.
 */
function corrupt(json: unknown, how: Corruption, at: number, other: number): unknown {
  const copy = structuredClone(json);
  const nodes = jsonNodes(copy);
  const identified = nodes.filter((n) => typeof n.attrs?.id === 'string');
  const texts = nodes.filter((n) => n.type === 'text');
  const pick = <T>(list: readonly T[], fraction: number) =>
    list[Math.floor(fraction * list.length)];
  const node = pick(how === 'empty-text' ? texts : identified, at);
  if (!node) return copy;
  if (how === 'duplicate-id') node.attrs.id = pick(identified, other)?.attrs.id;
  else if (how === 'no-id') delete node.attrs.id;
  else if (how === 'unknown-type') node.type = 'opinon';
  else if (how === 'unknown-attr') node.attrs = { ...node.attrs, colour: 'red' };
  else if (how === 'unknown-field') node.colour = 'red';
  else if (how === 'copied-block') {
    // The block again, word for word and with its id, straight after itself.
    const parent = nodes.find((n) => n.content?.includes(node));
    parent?.content.splice(parent.content.indexOf(node) + 1, 0, structuredClone(node));
  } else node.text = '';
  return copy;
}

describe('parseReport with a base', () => {
  const reportPair = fc.tuple(reportSpec, fc.array(edit, { maxLength: 6 })).map(([spec, edits]) => {
    const draft = draftOf(spec);
    return {
      base: parseReport(toDoc(draft).toJSON()),
      proposedJson: toDoc(edited(draft, edits)).toJSON() as unknown,
    };
  });

  // Mostly unchanged, so most blocks of the proposal are the base's.
  const fewEdits = fc.tuple(reportSpec, fc.array(edit, { maxLength: 2 })).map(([spec, edits]) => {
    const draft = draftOf(spec);
    return {
      base: parseReport(toDoc(draft).toJSON()),
      proposedJson: toDoc(edited(draft, edits)).toJSON() as unknown,
    };
  });

  /** A node with an id is the base's own exactly when the base's node of that id is equal. */
  function expectSharedWhereEqual(reused: Node, base: Node): void {
    const baseIds = byId(base);
    reused.descendants((node) => {
      const id = node.attrs['id'];
      if (typeof id !== 'string') return true;
      const counterpart = baseIds.get(id);
      expect(node === counterpart, id).toBe(counterpart?.eq(node) ?? false);
      return true;
    });
  }

  it('returns a node equal to the one parsed without the base, sharing every unchanged node', () => {
    fc.assert(
      fc.property(reportPair, ({ base, proposedJson }) => {
        const fresh = parseReport(proposedJson);
        const reused = parseReport(proposedJson, { base });
        expect(reused.eq(fresh)).toBe(true);
        expect(isChecked(reused)).toBe(true);
        expectSharedWhereEqual(reused, base);
      }),
    );
  });

  it('shares unchanged nodes with a base that was never checked, as with a checked one', () => {
    fc.assert(
      fc.property(reportSpec, fc.array(edit, { maxLength: 6 }), (spec, edits) => {
        const draft = draftOf(spec);
        const base = toDoc(draft);
        expect(isChecked(base)).toBe(false);
        const json = toDoc(edited(draft, edits)).toJSON();
        const reused = parseReport(json, { base });
        expect(reused.eq(parseReport(json))).toBe(true);
        expectSharedWhereEqual(reused, base);
      }),
    );
  });

  it('reuses text with several marks, and refuses a spoilt mark as without the base', () => {
    const marked = bad((d) => {
      d.content[0].content[1].content[0].marks = [
        { type: 'strong' },
        { type: 'link', attrs: { href: 'https://example.org/' } },
      ];
    });
    const base = parseReport(marked);
    expect(isChecked(base)).toBe(true);
    const same = parseReport(structuredClone(marked), { base });
    expect(same).toBe(base);
    const spoilt = structuredClone(marked) as any;
    spoilt.content[0].content[1].content[0].marks[0].colour = 'red';
    const issues = issuesOf(spoilt);
    expect(issues[0]?.path).toBe('content[0].content[1].content[0].marks[0].colour');
    expect(outcome(spoilt, { base })).toEqual({ issues });
  });

  it('gives back the base itself for an unchanged body', () => {
    const base = parseReport(good);
    expect(parseReport(JSON.stringify(good), { base })).toBe(base);
  });

  it('reuses the untouched sections and blocks, and builds what changed', () => {
    const base = parseReport(good);
    const proposed = parseReport(
      bad((d) => (d.content[1].content[1].content[0].content[0].text = 'Keep one branch open.')),
      { base },
    );
    expect(proposed).not.toBe(base);
    expect(proposed.child(0)).toBe(base.child(0));
    expect(proposed.child(2)).toBe(base.child(2));
    const [options, baseOptions] = [proposed.child(1), base.child(1)];
    expect(options).not.toBe(baseOptions);
    expect(options.child(0)).toBe(baseOptions.child(0));
    expect(options.child(1)).not.toBe(baseOptions.child(1));
    expect(options.child(2)).toBe(baseOptions.child(2));
  });

  it.each<[string, (d: any) => void]>([
    ['an attribute', (d) => (d.content[1].content[1].attrs.recommended = false)],
    ['an attribute left to its default', (d) => delete d.content[1].content[1].attrs.recommended],
    ['a mark', (d) => (d.content[1].content[1].content[0].content[0].marks = [{ type: 'em' }])],
    ['the text', (d) => (d.content[1].content[1].content[0].content[0].text = 'Keep all open.')],
    ['the number of children', (d) => d.content[1].content[1].content.push(p('More.').toJSON())],
  ])('does not reuse a block whose %s changed', (_, change) => {
    const base = parseReport(good);
    const json = bad(change);
    const proposed = parseReport(json, { base });
    expect(proposed.eq(parseReport(json))).toBe(true);
    expect(proposed.child(1).child(1)).not.toBe(base.child(1).child(1));
    expect(proposed.child(1).child(1).eq(base.child(1).child(1))).toBe(false);
    expect(proposed.child(0)).toBe(base.child(0));
  });

  it('refuses a new block that takes an id a reused section holds, as without the base', () => {
    const base = parseReport(good);
    const json = bad((d) =>
      d.content[2].content.push(p({ id: d.content[0].content[1].attrs.id }, 'Again.').toJSON()),
    );
    const issues = issuesOf(json);
    expect(issues[0]?.message).toMatch(/duplicate id .*, first used at content\[0\]\.content\[1\]/);
    expect(outcome(json, { base })).toEqual({ issues });
  });

  it('refuses a spoilt body with the same issues with and without a base', () => {
    fc.assert(
      fc.property(
        fewEdits,
        fc.constantFrom<Corruption>(
          'duplicate-id',
          'no-id',
          'unknown-type',
          'unknown-attr',
          'unknown-field',
          'copied-block',
          'empty-text',
        ),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        ({ base, proposedJson }, how, at, other) => {
          const json = corrupt(proposedJson, how, at, other);
          const without = outcome(json);
          const withBase = outcome(json, { base });
          if (without.issues) expect(withBase).toEqual(without);
          else expect(withBase.node?.eq(without.node)).toBe(true);
        },
      ),
    );
  });

  it('counts the reused nodes and text against the limits', () => {
    fc.assert(
      fc.property(
        fewEdits,
        fc.double({ min: 0, max: 1.2, noNaN: true }),
        fc.double({ min: 0, max: 1.2, noNaN: true }),
        ({ base, proposedJson }, nodeShare, textShare) => {
          const nodes = jsonNodes(proposedJson);
          const text = nodes.reduce((sum, n) => sum + (n.text?.length ?? 0), 0);
          const limits = {
            maxNodes: Math.floor(nodes.length * nodeShare),
            maxBytes: Math.floor(text * textShare),
          };
          const without = outcome(proposedJson, limits);
          const withBase = outcome(proposedJson, { limits, base });
          if (without.issues) expect(withBase).toEqual(without);
          else expect(withBase.node?.eq(without.node)).toBe(true);
        },
      ),
    );
  });

  it('still takes the limits alone as its second argument', () => {
    expect(outcome(good, { maxBytes: 5_000_000, maxNodes: 10 }).issues?.[0]?.message).toMatch(
      /more than 10 nodes/,
    );
    const base = parseReport(good);
    expect(
      outcome(good, { base, limits: { maxBytes: 5_000_000, maxNodes: 10 } }).issues?.[0]?.message,
    ).toMatch(/more than 10 nodes/);
  });
});
