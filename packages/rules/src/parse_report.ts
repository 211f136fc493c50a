/**
 * Turns untrusted JSON into a checked report body.
 *
 * The walk builds the ProseMirror node bottom-up, so every check knows exactly where it is: each
 * problem is reported with its path into the JSON (`content[2].content[4].attrs.kind`) and the
 * offending value, the way zod reports issues. Problems are collected rather than thrown one at a
 * time, so an author fixing a document sees them all (up to {@link MAX_ISSUES}).
 */
import { Fragment, type Mark, type MarkType, type Node, type NodeType } from 'prosemirror-model';
import { isSafeHref, schema } from './schema.js';
import { markChecked } from './checked_reports.js';

/** Ceilings on what parseReport accepts; larger bodies are refused before any real work. */
export interface ReportLimits {
  /** Size of the JSON text, in UTF-8 bytes (or, for an already-parsed object, characters of text). */
  readonly maxBytes: number;
  /** Number of nodes, text nodes included. */
  readonly maxNodes: number;
}

export const DEFAULT_REPORT_LIMITS: ReportLimits = { maxBytes: 5_000_000, maxNodes: 200_000 };

/** One thing wrong with a document: where, what, and the value found there. */
export interface ReportIssue {
  /** Path into the JSON, `(document)` for the whole of it. */
  readonly path: string;
  readonly message: string;
  readonly value?: unknown;
}

/** Thrown by {@link parseReport}; `issues` lists every problem found, in document order. */
export class ReportValidationError extends Error {
  override readonly name = 'ReportValidationError';
  constructor(readonly issues: readonly ReportIssue[]) {
    super(summarise(issues));
  }
}

const MAX_ISSUES = 20;
const NODE_KEYS = new Set(['type', 'attrs', 'content', 'marks', 'text']);
const MARK_KEYS = new Set(['type', 'attrs']);
const UNIDENTIFIED = new Set(['doc', 'text', 'hard_break']);
const NO_MARKS: readonly Mark[] = [];

/**
 * Checks `json` (a JSON string or an already-parsed value) against the report schema and returns
 * the document node. Throws {@link ReportValidationError} naming the path and value of each
 * problem: unknown node or mark types, content a node may not hold, missing or duplicate block
 * ids, attributes outside their enums, unsafe link hrefs, and bodies over `limits`.
 */
export function parseReport(json: unknown, limits: ReportLimits = DEFAULT_REPORT_LIMITS): Node {
  let value = json;
  if (typeof json === 'string') {
    // A UTF-16 code unit is 1 to 3 bytes of UTF-8, so only a text near the limit needs counting.
    if (json.length * 3 > limits.maxBytes) {
      const bytes = utf8Length(json);
      if (bytes > limits.maxBytes) {
        throw new ReportValidationError([
          { path: ROOT, message: `is ${bytes} bytes of JSON; the limit is ${limits.maxBytes}` },
        ]);
      }
    }
    try {
      value = JSON.parse(json) as unknown;
    } catch (error) {
      throw new ReportValidationError([
        { path: ROOT, message: `is not valid JSON (${(error as Error).message})` },
      ]);
    }
  }
  const walk = new Walk(limits);
  const doc = walk.node(value, null, 'doc');
  if (walk.issues.length > 0 || !doc) throw new ReportValidationError(walk.issues);
  // Everything toReport checks of a node, the walk has checked of its JSON, except that several
  // marks on one text form a proper set (no two alike): those few bodies are checked again there.
  if (!walk.severalMarks) markChecked(doc);
  return doc;
}

const ROOT = '(document)';

// The number of UTF-8 bytes of `text` (a lone surrogate counts as the 3 bytes of U+FFFD).
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next < 0xe000) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Where a node sits in the JSON: the `index`-th child of the node at `parent` (null for the
 * document). Made into a path only when a problem is reported there, so a valid body, the usual
 * case, never builds a path string.
 */
interface Where {
  readonly parent: Where | null;
  readonly index: number;
}

function pathOf(where: Where | null): string {
  return where ? `${join(pathOf(where.parent), 'content')}[${where.index}]` : '';
}

/** An attribute as a node or mark type declares it, read once per type. */
interface AttrRule {
  readonly name: string;
  readonly required: boolean;
  /** The `typeof` names a `'string|null'`-style validator allows, or null. */
  readonly allowed: readonly string[] | null;
  readonly validate: ((value: unknown) => void) | null;
  /** The validator as written, for messages. */
  readonly validateText: string;
}

interface TypeRules {
  readonly names: ReadonlySet<string>;
  readonly rules: readonly AttrRule[];
}

const rulesByType = new Map<NodeType | MarkType, TypeRules>();

function rulesOf(type: NodeType | MarkType): TypeRules {
  let rules = rulesByType.get(type);
  if (rules === undefined) {
    const specs: AttrSpecs = type.spec.attrs ?? {};
    rules = {
      names: new Set(Object.keys(specs)),
      rules: Object.entries(specs).map(([name, spec]) => {
        const validate = spec.validate;
        return {
          name,
          required: !('default' in spec),
          allowed: typeof validate === 'string' ? validate.split('|') : null,
          validate: typeof validate === 'function' ? validate : null,
          validateText: typeof validate === 'string' ? validate : '',
        };
      }),
    };
    rulesByType.set(type, rules);
  }
  return rules;
}

class Walk {
  readonly issues: ReportIssue[] = [];
  private readonly ids = new Map<string, Where | null>();
  /** Some text carries more than one mark. */
  severalMarks = false;
  private nodes = 0;
  private textChars = 0;
  private tooBig = false;

  constructor(private readonly limits: ReportLimits) {}

  private fail(path: string, message: string, value?: unknown): void {
    if (this.issues.length >= MAX_ISSUES) return;
    const issue: ReportIssue = { path: path || ROOT, message };
    this.issues.push(value === undefined ? issue : { ...issue, value });
  }

  private get stopped(): boolean {
    return this.tooBig || this.issues.length >= MAX_ISSUES;
  }

  /** Builds the node at `where`, or returns null after recording why it cannot. */
  node(json: unknown, where: Where | null, expected?: string): Node | null {
    if (this.stopped) return null;
    if (++this.nodes > this.limits.maxNodes) {
      this.tooBig = true;
      this.fail(ROOT, `has more than ${this.limits.maxNodes} nodes`);
      return null;
    }
    if (!isRecord(json)) {
      this.fail(pathOf(where), `expected a node object, found ${describe(json)}`, json);
      return null;
    }
    const typeName = json['type'];
    const type = typeof typeName === 'string' ? schema.nodes[typeName] : undefined;
    if (!type) {
      this.fail(
        join(pathOf(where), 'type'),
        `unknown node type ${JSON.stringify(typeName)}`,
        typeName,
      );
      return null;
    }
    if (expected && type.name !== expected) {
      this.fail(
        join(pathOf(where), 'type'),
        `expected a ${expected}, found ${type.name}`,
        typeName,
      );
      return null;
    }
    for (const key in json) {
      if (!NODE_KEYS.has(key) && Object.hasOwn(json, key)) {
        this.fail(join(pathOf(where), key), `unknown field on ${type.name}`, key);
      }
    }
    const marks = this.marks(json['marks'], where);
    if (type.isText) return this.text(json, where, marks);
    if (json['text'] !== undefined) {
      this.fail(join(pathOf(where), 'text'), `${type.name} cannot hold text`);
    }

    const attrs = this.attrs(type, json['attrs'], where);
    const children = this.children(json['content'], where);
    if (!attrs || !children || !marks) return null;

    const content = Fragment.fromArray(children);
    if (!type.validContent(content)) {
      const found = children.map((child) => child.type.name).join(', ') || 'nothing';
      this.fail(
        join(pathOf(where), 'content'),
        `${type.name} must contain ${type.spec.content ?? 'nothing'}, found ${found}`,
      );
      return null;
    }
    if (marks.length > 0) {
      this.fail(join(pathOf(where), 'marks'), `${type.name} cannot carry marks`);
      return null;
    }
    return type.create(attrs, content);
  }

  private text(
    json: Record<string, unknown>,
    where: Where | null,
    marks: readonly Mark[] | null,
  ): Node | null {
    const text = json['text'];
    if (typeof text !== 'string' || text === '') {
      this.fail(join(pathOf(where), 'text'), 'text nodes need a non-empty string', text);
      return null;
    }
    if (json['attrs'] !== undefined)
      this.fail(join(pathOf(where), 'attrs'), 'text nodes have no attrs');
    if (json['content'] !== undefined) {
      this.fail(join(pathOf(where), 'content'), 'text nodes have no content');
    }
    this.textChars += text.length;
    if (this.textChars > this.limits.maxBytes) {
      this.tooBig = true;
      this.fail(ROOT, `has more than ${this.limits.maxBytes} characters of text`);
      return null;
    }
    return marks ? schema.text(text, marks) : null;
  }

  private children(json: unknown, where: Where | null): Node[] | null {
    if (json === undefined) return [];
    if (!Array.isArray(json)) {
      this.fail(
        join(pathOf(where), 'content'),
        `expected a list of nodes, found ${describe(json)}`,
        json,
      );
      return null;
    }
    const built: Node[] = [];
    let complete = true;
    for (let index = 0; index < json.length; index++) {
      const child = this.node(json[index], { parent: where, index });
      if (child) built.push(child);
      else complete = false;
    }
    return complete ? built : null;
  }

  private attrs(
    type: NodeType,
    json: unknown,
    where: Where | null,
  ): Record<string, unknown> | null {
    if (json !== undefined && !isRecord(json)) {
      this.fail(
        join(pathOf(where), 'attrs'),
        `expected an object of attributes, found ${describe(json)}`,
        json,
      );
      return null;
    }
    const given = json ?? {};
    const failed = this.attrIssues(type, given, where, -1);
    if (!UNIDENTIFIED.has(type.name)) {
      const id = given['id'];
      if (typeof id !== 'string' || id.trim() === '') {
        this.fail(
          join(join(pathOf(where), 'attrs'), 'id'),
          `${type.name} needs an id (a non-empty string)`,
          id,
        );
        return null;
      }
      const first = this.ids.get(id);
      if (first !== undefined) {
        this.fail(
          join(join(pathOf(where), 'attrs'), 'id'),
          `duplicate id ${JSON.stringify(id)}, first used at ${pathOf(first) || ROOT}`,
          id,
        );
        return null;
      }
      this.ids.set(id, where);
    }
    return failed ? null : given;
  }

  private marks(json: unknown, where: Where | null): readonly Mark[] | null {
    if (json === undefined) return NO_MARKS;
    const at = () => join(pathOf(where), 'marks');
    if (!Array.isArray(json)) {
      this.fail(at(), `expected a list of marks, found ${describe(json)}`, json);
      return null;
    }
    const marks: Mark[] = [];
    if (json.length > 1) this.severalMarks = true;
    json.forEach((markJson: unknown, i) => {
      const markPath = () => `${at()}[${i}]`;
      if (!isRecord(markJson)) {
        this.fail(markPath(), `expected a mark object, found ${describe(markJson)}`, markJson);
        return;
      }
      const typeName = markJson['type'];
      const type: MarkType | undefined =
        typeof typeName === 'string' ? schema.marks[typeName] : undefined;
      if (!type) {
        this.fail(
          join(markPath(), 'type'),
          `unknown mark type ${JSON.stringify(typeName)}`,
          typeName,
        );
        return;
      }
      for (const key in markJson) {
        if (!MARK_KEYS.has(key) && Object.hasOwn(markJson, key))
          this.fail(join(markPath(), key), `unknown field on a mark`, key);
      }
      const attrs = markJson['attrs'] ?? {};
      if (!isRecord(attrs)) {
        this.fail(join(markPath(), 'attrs'), `expected an object of attributes`, attrs);
        return;
      }
      if (
        type.name === 'link' &&
        !(typeof attrs['href'] === 'string' && isSafeHref(attrs['href']))
      ) {
        this.fail(
          join(markPath(), 'attrs.href'),
          'links must be absolute http, https or mailto addresses',
          attrs['href'],
        );
        return;
      }
      if (!this.attrIssues(type, attrs, where, i)) {
        marks.push(type.create(attrs));
      }
    });
    return marks.length === json.length ? marks : null;
  }

  /**
   * Records the problems with `given` attributes of `type`, those of the node at `where` or of
   * its `mark`-th mark (-1: the node's own); true when there were any.
   */
  private attrIssues(
    type: NodeType | MarkType,
    given: Record<string, unknown>,
    where: Where | null,
    mark: number,
  ): boolean {
    const { names, rules } = rulesOf(type);
    let failed = false;
    for (const name in given) {
      if (!names.has(name) && Object.hasOwn(given, name)) {
        failed = true;
        this.fail(join(attrsPath(where, mark), name), `${type.name} has no attribute "${name}"`);
      }
    }
    for (const rule of rules) {
      const value = given[rule.name];
      if (value === undefined) {
        if (rule.required) {
          failed = true;
          this.fail(
            join(attrsPath(where, mark), rule.name),
            `${type.name} needs the attribute ${rule.name}`,
          );
        }
        continue;
      }
      const problem = attrProblem(rule, value);
      if (problem) {
        failed = true;
        this.fail(
          join(attrsPath(where, mark), rule.name),
          `${type.name}.${rule.name} ${problem}`,
          value,
        );
      }
    }
    return failed;
  }
}

// The path of the attributes of the node at `where`, or of its `mark`-th mark.
function attrsPath(where: Where | null, mark: number): string {
  return mark < 0
    ? join(pathOf(where), 'attrs')
    : join(`${join(pathOf(where), 'marks')}[${mark}]`, 'attrs');
}

type AttrSpecs = NonNullable<NodeType['spec']['attrs']>;

function attrProblem(rule: AttrRule, value: unknown): string | null {
  if (rule.allowed) {
    const found = value === null ? 'null' : typeof value;
    return rule.allowed.includes(found)
      ? null
      : `expected ${rule.validateText.replace(/\|/g, ' or ')}, found ${describe(value)}`;
  }
  if (!rule.validate) return null;
  try {
    rule.validate(value);
    return null;
  } catch (error) {
    return `${(error as Error).message}, found ${describe(value)}`;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function summarise(issues: readonly ReportIssue[]): string {
  const [first] = issues;
  if (!first) return 'invalid report';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problems)` : '';
  return `${first.path}: ${first.message}${more}`;
}
