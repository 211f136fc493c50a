import fc from 'fast-check';
import type { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { doc, li, option, p, section, table, td, tr, ul } from './builders.js';
import { isChecked } from './checked_reports.js';
import { compactReport } from './compact_report.js';
import {
  parseReport,
  ReportValidationError,
  type ParseReportOptions,
  type ReportIssue,
} from './parse_report.js';
import { blocksById } from './reuse_base.js';
import { schema } from './schema.js';
import { draftOf, edit, edited, reportSpec, toDoc } from '../test/arbitrary_report.js';
import { libraryReport } from '../test/library_report.js';

const base = parseReport(libraryReport().toJSON());

const withReferences = { base, references: true } as const;

/** What parseReport makes of `json`: the node, or the issues it refuses it with. */
function outcome(json: unknown, options?: ParseReportOptions) {
  try {
    return { node: parseReport(json, options) };
  } catch (error) {
    if (!(error instanceof ReportValidationError)) throw error;
    return { issues: error.issues };
  }
}

function issuesOf(json: unknown, options?: ParseReportOptions): readonly ReportIssue[] {
  const { issues } = outcome(json, options);
  if (!issues) throw new Error('expected parseReport to refuse the body');
  return issues;
}

/** `json` with every reference replaced by the JSON of the base node it names. */
function expand(json: unknown, body: Node): unknown {
  const ids = blocksById(body);
  const visit = (value: unknown): unknown => {
    if (typeof value === 'string') return ids.get(value)?.toJSON() ?? value;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
    const node = value as Record<string, unknown>;
    return Array.isArray(node['content']) ? { ...node, content: node['content'].map(visit) } : node;
  };
  return visit(json);
}

/** The options section written out, its blocks given by reference except `written`. */
function optionsWith(...written: unknown[]): unknown {
  return {
    type: 'section',
    attrs: { id: 'options', kind: 'options' },
    content: ['options-h', 'o1', ...written, 'opinion-1'],
  };
}

describe('parseReport with references', () => {
  it('reads a body of references as the base itself', () => {
    const proposed = parseReport(
      { type: 'doc', content: ['purpose', 'options', 'legal'] },
      withReferences,
    );
    expect(proposed).toBe(base);
  });

  it('holds the base node itself where a reference stands, moved or not', () => {
    const json = {
      type: 'doc',
      content: [
        {
          type: 'section',
          attrs: { id: 'purpose', kind: 'purpose' },
          content: ['purpose-h', p({ id: 'purpose-2' }, 'To agree the hours.').toJSON()],
        },
        optionsWith(option({ id: 'o2', label: 'Option 2' }, 'Close on Mondays.').toJSON()),
        {
          type: 'section',
          attrs: { id: 'legal', kind: 'legal' },
          content: ['legal-h', 'legal-1', 'purpose-1'],
        },
      ],
    };
    const proposed = parseReport(json, withReferences);
    expect(proposed.child(0).child(0)).toBe(base.child(0).child(0));
    expect(proposed.child(1).child(1)).toBe(base.child(1).child(1));
    expect(proposed.child(1).child(3)).toBe(base.child(1).child(3));
    expect(proposed.child(2).child(1)).toBe(base.child(2).child(1));
    expect(proposed.child(2).child(2)).toBe(base.child(0).child(1));
    expect(proposed.child(1).child(2).textContent).toBe('Close on Mondays.');
    expect(proposed.eq(parseReport(expand(json, base)))).toBe(true);
    expect(isChecked(proposed)).toBe(true);
  });

  it('names a reference the base does not hold, at its path', () => {
    const json = { type: 'doc', content: ['purpose', optionsWith('o9'), 'legal'] };
    expect(issuesOf(json, withReferences)).toEqual([
      { path: 'content[1].content[2]', message: 'no node with id "o9" in the base', value: 'o9' },
    ]);
  });

  it('refuses a string as before when references are off or there is no base', () => {
    const json = { type: 'doc', content: ['purpose', 'options', 'legal'] };
    const refused = [
      { path: 'content[0]', message: 'expected a node object, found "purpose"', value: 'purpose' },
      { path: 'content[1]', message: 'expected a node object, found "options"', value: 'options' },
      { path: 'content[2]', message: 'expected a node object, found "legal"', value: 'legal' },
    ];
    expect(issuesOf(json, { base })).toEqual(refused);
    expect(issuesOf(json, { references: true })).toEqual(refused);
    expect(issuesOf(json)).toEqual(refused);
  });

  it('refuses a string for the whole body', () => {
    expect(issuesOf('"purpose"', withReferences)[0]?.message).toBe(
      'expected a node object, found "purpose"',
    );
  });

  it('refuses a reference repeated, at the second use, naming the first', () => {
    const json = { type: 'doc', content: ['purpose', optionsWith('o1'), 'legal'] };
    const issues = issuesOf(json, withReferences);
    expect(issues[0]).toEqual({
      path: 'content[1].content[2].attrs.id',
      message: 'duplicate id "o1", first used at content[1].content[1]',
      value: 'o1',
    });
    expect(issues).toEqual(issuesOf(expand(json, base)));
  });

  it('names the place inside a referenced section where a repeated id was first used', () => {
    const json = {
      type: 'doc',
      content: [
        'purpose',
        'options',
        {
          type: 'section',
          attrs: { id: 'legal', kind: 'legal' },
          content: ['legal-h', p({ id: 'o2' }, 'Again.').toJSON()],
        },
      ],
    };
    const issues = issuesOf(json, withReferences);
    expect(issues).toEqual([
      {
        path: 'content[2].content[1].attrs.id',
        message: 'duplicate id "o2", first used at content[1].content[2]',
        value: 'o2',
      },
    ]);
    expect(issues).toEqual(issuesOf(expand(json, base)));
  });

  it('refuses a reference to a node also written out earlier', () => {
    const json = {
      type: 'doc',
      content: [
        {
          type: 'section',
          attrs: { id: 'purpose', kind: 'purpose' },
          content: ['purpose-h', p({ id: 'o1' }, 'Mine now.').toJSON()],
        },
        'options',
        'legal',
      ],
    };
    const issues = issuesOf(json, withReferences);
    expect(issues[0]).toEqual({
      path: 'content[1].content[1].attrs.id',
      message: 'duplicate id "o1", first used at content[0].content[1]',
      value: 'o1',
    });
    expect(issues).toEqual(issuesOf(expand(json, base)));
  });

  it('checks the content rule of the parent of a reference', () => {
    // A paragraph straight inside the document, which holds sections only.
    const json = { type: 'doc', content: ['options', 'purpose-1', 'legal'] };
    const issues = issuesOf(json, withReferences);
    expect(issues).toEqual([
      { path: 'content', message: 'doc must contain section+, found section, paragraph, section' },
    ]);
    expect(issues).toEqual(issuesOf(expand(json, base)));
  });

  it('counts the nodes and text of a reference against the limits', () => {
    const json = { type: 'doc', content: ['purpose', 'options', 'legal'] };
    const nodes = (() => {
      let count = 1;
      base.descendants(() => void count++);
      return count;
    })();
    const limits = (maxNodes: number, maxBytes: number) => ({ maxNodes, maxBytes });
    expect(outcome(json, { ...withReferences, limits: limits(nodes, 5_000) }).node).toBe(base);
    expect(issuesOf(json, { ...withReferences, limits: limits(nodes - 1, 5_000) })).toEqual([
      { path: '(document)', message: `has more than ${nodes - 1} nodes` },
    ]);
    const text = base.textContent.length;
    expect(outcome(json, { ...withReferences, limits: limits(1_000, text) }).node).toBe(base);
    expect(issuesOf(json, { ...withReferences, limits: limits(1_000, text - 1) })).toEqual([
      { path: '(document)', message: `has more than ${text - 1} characters of text` },
    ]);
  });

  it('walks a referenced node of a base never checked, so an invalid base smuggles nothing in', () => {
    const n = schema.nodes;
    const invalid = schema.topNodeType.create(null, [
      base.child(0),
      // A section without its heading, holding a block without an id.
      n['section']!.create({ id: 'bad', kind: 'legal' }, [
        n['paragraph']!.create({ id: 'bad-1' }, schema.text('Lawful.')),
        n['paragraph']!.create({ id: null }, schema.text('No id.')),
      ]),
    ]);
    expect(isChecked(invalid)).toBe(false);
    const json = { type: 'doc', content: ['purpose', 'bad'] };
    const issues = issuesOf(json, { base: invalid, references: true });
    expect(issues).toEqual([
      {
        path: 'content[1].content[1].attrs.id',
        message: 'paragraph needs an id (a non-empty string)',
        value: null,
      },
    ]);
    expect(issues).toEqual(issuesOf(expand(json, invalid)));
    const valid = outcome(
      { type: 'doc', content: ['purpose'] },
      { base: invalid, references: true },
    );
    expect(valid.node?.child(0)).toBe(base.child(0));
  });

  it('reads a reference to a nested block: a list item, a table cell', () => {
    const nested = parseReport(
      doc(
        section(
          { id: 'background', kind: 'background' },
          ul({ id: 'list' }, li({ id: 'li1' }, 'Eckington.'), li({ id: 'li2' }, 'Dronfield.')),
          table(
            { id: 'costs' },
            tr({ id: 'row' }, td({ id: 'c1' }, 'Eckington'), td({ id: 'c2' }, '£310,000')),
          ),
        ),
      ).toJSON(),
    );
    const json = {
      type: 'doc',
      content: [
        {
          type: 'section',
          attrs: { id: 'background', kind: 'background' },
          content: [
            'background-h',
            { type: 'bullet_list', attrs: { id: 'list' }, content: ['li2', 'li1'] },
            {
              type: 'table',
              attrs: { id: 'costs' },
              content: [{ type: 'table_row', attrs: { id: 'row' }, content: ['c2', 'c1'] }],
            },
          ],
        },
      ],
    };
    const proposed = parseReport(json, { base: nested, references: true });
    const [list, costs] = [proposed.child(0).child(1), proposed.child(0).child(2)];
    const [baseList, baseCosts] = [nested.child(0).child(1), nested.child(0).child(2)];
    expect(list.child(0)).toBe(baseList.child(1));
    expect(list.child(1)).toBe(baseList.child(0));
    expect(costs.child(0).child(0)).toBe(baseCosts.child(0).child(1));
    expect(proposed.eq(parseReport(expand(json, nested)))).toBe(true);
  });
});

describe('parseReport with references, against the JSON written out', () => {
  const pairs = fc
    .tuple(reportSpec, fc.array(edit, { maxLength: 3 }), fc.boolean())
    .map(([spec, edits, checked]) => {
      const draft = draftOf(spec);
      const built = toDoc(draft);
      return {
        base: checked ? parseReport(built.toJSON()) : built,
        proposed: toDoc(edited(draft, edits)),
      };
    });

  type Spoil = 'none' | 'repeat' | 'insert' | 'replace';
  const fraction = fc.double({ min: 0, max: 0.999, noNaN: true });

  /** The content lists of a JSON body, in document order. */
  function contentLists(json: unknown): unknown[][] {
    const lists: unknown[][] = [];
    const visit = (value: unknown) => {
      if (typeof value !== 'object' || value === null) return;
      const content = (value as Record<string, unknown>)['content'];
      if (!Array.isArray(content)) return;
      lists.push(content);
      content.forEach(visit);
    };
    visit(json);
    return lists;
  }

  /** Spoils a copy of the compact form `json` with a reference to one of `ids`. */
  function spoil(json: unknown, how: Spoil, ids: readonly string[], at: number, to: number) {
    const copy = structuredClone(json);
    const lists = contentLists(copy);
    const pick = <T>(items: readonly T[], fractionOf: number) =>
      items[Math.floor(fractionOf * items.length)];
    const list = pick(lists, at);
    const id = pick(ids, to);
    if (how === 'none' || !list || id === undefined) return copy;
    const index = Math.floor(to * (list.length + 1));
    if (how === 'repeat') {
      const used = lists.flat().filter((item) => typeof item === 'string');
      list.splice(index, 0, pick(used, to) ?? id);
    } else if (how === 'insert') list.splice(index, 0, id);
    else list[Math.min(index, list.length - 1)] = id;
    return copy;
  }

  it('gives the issues or the node that the referenced JSON written out gives', () => {
    fc.assert(
      fc.property(
        pairs,
        fc.constantFrom<Spoil>('none', 'repeat', 'insert', 'replace'),
        fraction,
        fraction,
        fc.option(fc.tuple(fc.double({ min: 0.5, max: 1.2, noNaN: true }), fraction)),
        ({ base: body, proposed }, how, at, to, shares) => {
          const ids = [...blocksById(body).keys()];
          const json = spoil(compactReport(body, proposed), how, ids, at, to);
          const written = expand(json, body);
          let limits;
          if (shares) {
            const full = parseReport(proposed.toJSON());
            let nodes = 1;
            full.descendants(() => void nodes++);
            limits = {
              maxNodes: Math.floor(nodes * shares[0]),
              maxBytes: Math.floor(full.textContent.length * (0.5 + shares[1])),
            };
          }
          const referenced = outcome(json, { base: body, references: true, limits });
          const plain = outcome(written, { limits });
          if (plain.issues) expect(referenced).toEqual(plain);
          else expect(referenced.node?.eq(plain.node)).toBe(true);
        },
      ),
    );
  });
});
