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

/**
 * Checks `json` (a JSON string or an already-parsed value) against the report schema and returns
 * the document node. Throws {@link ReportValidationError} naming the path and value of each
 * problem: unknown node or mark types, content a node may not hold, missing or duplicate block
 * ids, attributes outside their enums, unsafe link hrefs, and bodies over `limits`.
 */
export function parseReport(json: unknown, limits: ReportLimits = DEFAULT_REPORT_LIMITS): Node {
  let value = json;
  if (typeof json === 'string') {
    const bytes = new TextEncoder().encode(json).length;
    if (bytes > limits.maxBytes) {
      throw new ReportValidationError([
        { path: ROOT, message: `is ${bytes} bytes of JSON; the limit is ${limits.maxBytes}` },
      ]);
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
  const doc = walk.node(value, '', 'doc');
  if (walk.issues.length > 0 || !doc) throw new ReportValidationError(walk.issues);
  return doc;
}

const ROOT = '(document)';

class Walk {
  readonly issues: ReportIssue[] = [];
  private readonly ids = new Map<string, string>();
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

  /** Builds the node at `path`, or returns null after recording why it cannot. */
  node(json: unknown, path: string, expected?: string): Node | null {
    if (this.stopped) return null;
    if (++this.nodes > this.limits.maxNodes) {
      this.tooBig = true;
      this.fail(ROOT, `has more than ${this.limits.maxNodes} nodes`);
      return null;
    }
    if (!isRecord(json)) {
      this.fail(path, `expected a node object, found ${describe(json)}`, json);
      return null;
    }
    const typeName = json['type'];
    const type = typeof typeName === 'string' ? schema.nodes[typeName] : undefined;
    if (!type) {
      this.fail(join(path, 'type'), `unknown node type ${JSON.stringify(typeName)}`, typeName);
      return null;
    }
    if (expected && type.name !== expected) {
      this.fail(join(path, 'type'), `expected a ${expected}, found ${type.name}`, typeName);
      return null;
    }
    for (const key of Object.keys(json)) {
      if (!NODE_KEYS.has(key)) this.fail(join(path, key), `unknown field on ${type.name}`, key);
    }
    const marks = this.marks(json['marks'], path);
    if (type.isText) return this.text(json, path, marks);
    if (json['text'] !== undefined) this.fail(join(path, 'text'), `${type.name} cannot hold text`);

    const attrs = this.attrs(type, json['attrs'], path);
    const children = this.children(json['content'], path);
    if (!attrs || !children || !marks) return null;

    const content = Fragment.fromArray(children);
    if (!type.validContent(content)) {
      const found = children.map((child) => child.type.name).join(', ') || 'nothing';
      this.fail(
        join(path, 'content'),
        `${type.name} must contain ${type.spec.content ?? 'nothing'}, found ${found}`,
      );
      return null;
    }
    if (marks.length > 0) {
      this.fail(join(path, 'marks'), `${type.name} cannot carry marks`);
      return null;
    }
    return type.create(attrs, content);
  }

  private text(json: Record<string, unknown>, path: string, marks: Mark[] | null): Node | null {
    const text = json['text'];
    if (typeof text !== 'string' || text === '') {
      this.fail(join(path, 'text'), 'text nodes need a non-empty string', text);
      return null;
    }
    for (const key of ['attrs', 'content']) {
      if (json[key] !== undefined) this.fail(join(path, key), `text nodes have no ${key}`);
    }
    this.textChars += text.length;
    if (this.textChars > this.limits.maxBytes) {
      this.tooBig = true;
      this.fail(ROOT, `has more than ${this.limits.maxBytes} characters of text`);
      return null;
    }
    return marks ? schema.text(text, marks) : null;
  }

  private children(json: unknown, path: string): Node[] | null {
    if (json === undefined) return [];
    const at = join(path, 'content');
    if (!Array.isArray(json)) {
      this.fail(at, `expected a list of nodes, found ${describe(json)}`, json);
      return null;
    }
    const built = json.map((child, i) => this.node(child, `${at}[${i}]`));
    return built.every((child): child is Node => child !== null) ? built : null;
  }

  private attrs(type: NodeType, json: unknown, path: string): Record<string, unknown> | null {
    const at = join(path, 'attrs');
    if (json !== undefined && !isRecord(json)) {
      this.fail(at, `expected an object of attributes, found ${describe(json)}`, json);
      return null;
    }
    const given = json ?? {};
    const issues = attrIssues(type.spec.attrs ?? {}, given, type.name, at);
    issues.forEach((issue) => this.fail(issue.path, issue.message, issue.value));
    if (!UNIDENTIFIED.has(type.name)) {
      const id = given['id'];
      if (typeof id !== 'string' || id.trim() === '') {
        this.fail(join(at, 'id'), `${type.name} needs an id (a non-empty string)`, id);
        return null;
      }
      const first = this.ids.get(id);
      if (first !== undefined) {
        this.fail(join(at, 'id'), `duplicate id ${JSON.stringify(id)}, first used at ${first}`, id);
        return null;
      }
      this.ids.set(id, path || ROOT);
    }
    return issues.length === 0 ? given : null;
  }

  private marks(json: unknown, path: string): Mark[] | null {
    if (json === undefined) return [];
    const at = join(path, 'marks');
    if (!Array.isArray(json)) {
      this.fail(at, `expected a list of marks, found ${describe(json)}`, json);
      return null;
    }
    const marks: Mark[] = [];
    json.forEach((markJson: unknown, i) => {
      const markPath = `${at}[${i}]`;
      if (!isRecord(markJson)) {
        this.fail(markPath, `expected a mark object, found ${describe(markJson)}`, markJson);
        return;
      }
      const typeName = markJson['type'];
      const type: MarkType | undefined =
        typeof typeName === 'string' ? schema.marks[typeName] : undefined;
      if (!type) {
        this.fail(
          join(markPath, 'type'),
          `unknown mark type ${JSON.stringify(typeName)}`,
          typeName,
        );
        return;
      }
      for (const key of Object.keys(markJson)) {
        if (!MARK_KEYS.has(key)) this.fail(join(markPath, key), `unknown field on a mark`, key);
      }
      const attrs = markJson['attrs'] ?? {};
      if (!isRecord(attrs)) {
        this.fail(join(markPath, 'attrs'), `expected an object of attributes`, attrs);
        return;
      }
      if (
        type.name === 'link' &&
        !(typeof attrs['href'] === 'string' && isSafeHref(attrs['href']))
      ) {
        this.fail(
          join(markPath, 'attrs.href'),
          'links must be absolute http, https or mailto addresses',
          attrs['href'],
        );
        return;
      }
      const issues = attrIssues(type.spec.attrs ?? {}, attrs, type.name, join(markPath, 'attrs'));
      issues.forEach((issue) => this.fail(issue.path, issue.message, issue.value));
      if (issues.length === 0) marks.push(type.create(attrs));
    });
    return marks.length === json.length ? marks : null;
  }
}

type AttrSpecs = NonNullable<NodeType['spec']['attrs']>;

/** The problems with `given` attributes, checked against their specs. */
function attrIssues(
  specs: AttrSpecs,
  given: Record<string, unknown>,
  typeName: string,
  path: string,
): ReportIssue[] {
  const issues: ReportIssue[] = [];
  for (const name of Object.keys(given)) {
    if (!(name in specs)) {
      issues.push({ path: join(path, name), message: `${typeName} has no attribute "${name}"` });
    }
  }
  for (const [name, spec] of Object.entries(specs)) {
    const value = given[name];
    if (value === undefined) {
      if (!('default' in spec)) {
        issues.push({ path: join(path, name), message: `${typeName} needs the attribute ${name}` });
      }
      continue;
    }
    const problem = attrProblem(spec.validate, value);
    if (problem)
      issues.push({ path: join(path, name), message: `${typeName}.${name} ${problem}`, value });
  }
  return issues;
}

function attrProblem(validate: AttrSpecs[string]['validate'], value: unknown): string | null {
  if (validate === undefined) return null;
  if (typeof validate === 'string') {
    const found = value === null ? 'null' : typeof value;
    return validate.split('|').includes(found)
      ? null
      : `expected ${validate.replace(/\|/g, ' or ')}, found ${describe(value)}`;
  }
  try {
    validate(value);
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
