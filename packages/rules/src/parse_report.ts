/**
 * Turns untrusted JSON into a checked report body.
 *
 * The walk builds the ProseMirror node bottom-up, so every check knows exactly where it is: each
 * problem is reported with its path into the JSON (`content[2].content[4].attrs.kind`) and the
 * offending value, the way zod reports issues. Problems are collected rather than thrown one at a
 * time, so an author fixing a document sees them all (up to {@link MAX_ISSUES}).
 *
 * Given a base document (the version a proposal is made against), the walk also hands back the
 * base's own nodes for the parts the proposal leaves unchanged, in two ways. When the base is
 * known to be valid (parseReport or toReport checked it), a block whose JSON is exactly the
 * base's block of the same id (`matchesJson`: same fields, type, attributes as the schema
 * completes them, marks, text and children) is taken as it is, without checking it node by node:
 * it equals a node that passed every check. Its nodes, its text and its ids still go into the
 * walk's account, and when that account would change (a limit crossed, an id already used) the
 * block is walked as usual instead, so the same issue is found at the same path. Otherwise each
 * node is checked as without a base and then, instead of being built, compared with its
 * counterpart in the base (the node of the same id, or for text and line breaks the child at the
 * same index of the parent's counterpart): same type, attributes, marks and text, and children
 * that are the counterpart's own, by identity, give back the counterpart. So an unchanged section
 * comes back as the base's section (`===`), a changed one is built anew around its unchanged
 * blocks, and classify settles every unchanged part by identity instead of walking it. A body is
 * accepted or refused exactly as without a base, and the result is `Node.eq` to the one built
 * without it.
 *
 * With `references` on, a body may also name an unchanged node of the base instead of writing it
 * out: any element of a `content` list may be a string, the id of a base node (see compactReport,
 * which writes that form). The walk reads the string as that node's JSON written in its place: for
 * a base known to be valid, the node's count of nodes, text and ids (summaryOf, kept with the node)
 * goes into the account and the node itself into the result; when that would change the account
 * (a limit crossed, an id already used), or the base is not known to be valid, the walk reads the
 * node's JSON node by node instead, so every issue is the one its JSON written out would give, at
 * the same path.
 */
import { Fragment, Mark, type MarkType, type Node, type NodeType } from 'prosemirror-model';
import { isSafeHref, schema } from './schema.js';
import { isChecked, markChecked } from './checked_reports.js';
import {
  blocksById,
  matchesJson,
  sameAttrValues,
  sameChildren,
  summaryOf,
  type Tally,
} from './reuse_base.js';

/** Ceilings on what parseReport accepts; larger bodies are refused before any real work. */
export interface ReportLimits {
  /** Size of the JSON text, in UTF-8 bytes (or, for an already-parsed object, characters of text). */
  readonly maxBytes: number;
  /** Number of nodes, text nodes included. */
  readonly maxNodes: number;
}

export const DEFAULT_REPORT_LIMITS: ReportLimits = { maxBytes: 5_000_000, maxNodes: 200_000 };

/** How {@link parseReport} reads a body. */
export interface ParseReportOptions {
  /** Ceilings on the body; {@link DEFAULT_REPORT_LIMITS} when absent. */
  readonly limits?: ReportLimits;
  /**
   * The document the body is a proposal against (a node of the report schema). The returned
   * document shares with it every node the body leaves unchanged (the very same objects), as the
   * editor's documents do; validation and the result's value are as without it.
   */
  readonly base?: Node;
  /**
   * With a `base`, let any element of a `content` list be a string: the id of a node of the base
   * (a section or a block at any depth) standing for that node, unchanged, as compactReport
   * writes it. It is validated exactly as if the node's JSON were written there (the limits count
   * its nodes and text, its ids count towards duplicates, its parent's content rule applies) and
   * comes back as the base's own node. An id the base does not hold is an issue at that path
   * (`no node with id "x" in the base`). Off by default, and without a base a string is refused
   * as any other non-node is.
   */
  readonly references?: boolean;
}

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
/**
 * How deep nodes may nest: far beyond any report (a list inside a list item is two levels), and
 * far below what would exhaust the call stack of the walk and of everything that reads a body
 * after it, so a hostile body is refused with an issue instead of crashing whatever reads it.
 */
export const MAX_DEPTH = 100;
const NODE_KEYS = new Set(['type', 'attrs', 'content', 'marks', 'text']);
const MARK_KEYS = new Set(['type', 'attrs']);
const UNIDENTIFIED = new Set(['doc', 'text', 'hard_break']);
const NO_MARKS: readonly Mark[] = [];

/**
 * Checks `json` (a JSON string or an already-parsed value) against the report schema and returns
 * the document node. Throws {@link ReportValidationError} naming the path and value of each
 * problem: unknown node or mark types, content a node may not hold, missing or duplicate block
 * ids, attributes outside their enums, unsafe link hrefs, and bodies over the limits.
 *
 * `options` is either {@link ParseReportOptions} (`{ limits, base }`) or, as before they existed,
 * the {@link ReportLimits} alone. With a `base`, nodes of the body equal to the base's are
 * returned as the base's own nodes (see the top of this file); the issues and the result's value
 * are the same as without it. With `references` as well, the body may name unchanged base nodes
 * by id (see {@link ParseReportOptions.references}).
 */
export function parseReport(json: unknown, options: ParseReportOptions | ReportLimits = {}): Node {
  const {
    limits = DEFAULT_REPORT_LIMITS,
    base,
    references = false,
  } = 'maxBytes' in options ? { limits: options, base: undefined } : options;
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
  const walk = new Walk(limits, base?.type.schema === schema ? base : undefined, references);
  const doc = walk.node(value, null, null, 'doc');
  if (walk.issues.length > 0 || !doc) throw new ReportValidationError(walk.issues);
  // Everything toReport checks of a node, the walk has checked of its JSON, except that several
  // marks on one text form a proper set (no two alike): those few bodies are checked here, and one
  // that fails is left for toReport to refuse under its caller's label.
  if (!walk.severalMarks || passesCheck(doc)) markChecked(doc);
  return doc;
}

const ROOT = '(document)';

function passesCheck(doc: Node): boolean {
  try {
    doc.check();
    return true;
  } catch {
    return false;
  }
}

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
  /** The value a node or mark without the attribute gets. */
  readonly default: unknown;
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
          default: spec.default,
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
  /** How many content lists the walk is inside. */
  private depth = 0;
  private tooBig = false;
  /** The base's nodes that carry an id, by id; null without a base. */
  private readonly baseIds: ReadonlyMap<string, Node> | null;
  /** The base is known to pass every check, so a block equal to one of its own is valid. */
  private readonly baseChecked: boolean;
  /** A string in a content list names a base node. */
  private readonly references: boolean;
  /**
   * The base nodes taken in whole for a reference, by where the reference is: the ids inside one
   * are recorded at the reference's place, and their own places found only for a message.
   */
  private readonly referenced = new Map<Where, Node>();

  constructor(
    private readonly limits: ReportLimits,
    private readonly base: Node | undefined,
    references: boolean,
  ) {
    this.baseIds = base ? blocksById(base) : null;
    this.baseChecked = base !== undefined && isChecked(base);
    this.references = references && base !== undefined;
  }

  private fail(path: string, message: string, value?: unknown): void {
    if (this.issues.length >= MAX_ISSUES) return;
    const issue: ReportIssue = { path: path || ROOT, message };
    this.issues.push(value === undefined ? issue : { ...issue, value });
  }

  private get stopped(): boolean {
    return this.tooBig || this.issues.length >= MAX_ISSUES;
  }

  /**
   * Builds the node at `where`, or returns null after recording why it cannot. `baseParent` is
   * the base's counterpart of the parent (null when it has none), where a text or a line break
   * finds its own counterpart; a node with an id finds it by id.
   */
  node(
    json: unknown,
    where: Where | null,
    baseParent: Node | null,
    expected?: string,
  ): Node | null {
    if (this.stopped) return null;
    if (typeof json === 'string' && this.references && where !== null) {
      return this.reference(json, where, baseParent);
    }
    if (this.baseChecked && where !== null) {
      const reused = this.unchangedBlock(json, where);
      if (reused) return reused;
    }
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
    if (type.isText) return this.text(json, where, marks, this.positional(where, baseParent));
    if (json['text'] !== undefined) {
      this.fail(join(pathOf(where), 'text'), `${type.name} cannot hold text`);
    }

    const attrs = this.attrs(type, json['attrs'], where);
    const counterpart =
      this.baseIds === null
        ? null
        : UNIDENTIFIED.has(type.name)
          ? this.positional(where, baseParent)
          : typeof attrs?.['id'] === 'string'
            ? (this.baseIds.get(attrs['id']) ?? null)
            : null;
    const candidate = counterpart?.type === type ? counterpart : null;
    const children = this.children(json['content'], where, candidate);
    if (!attrs || !children || !marks) return null;

    // Children that are all the candidate's own make its content, with nothing new to build.
    const reusedContent = candidate !== null && sameChildren(children, candidate.content);
    const content = reusedContent ? candidate.content : Fragment.fromArray(children);
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
    if (
      reusedContent &&
      candidate.marks.length === 0 &&
      sameAttrValues(rulesOf(type).rules, attrs, candidate.attrs)
    ) {
      return candidate;
    }
    return type.create(attrs, content);
  }

  /**
   * The base's block of the same id when `json` is that block exactly (see matchesJson), and
   * taking it in keeps the walk's account exact: its nodes and text within the limits, and none
   * of its ids already used. Its ids are then recorded as if the walk had visited it; anything
   * else (null) and the walk checks the block node by node, which finds whatever is wrong.
   */
  private unchangedBlock(json: unknown, where: Where): Node | null {
    if (!isRecord(json)) return null;
    const attrs = json['attrs'];
    const id = isRecord(attrs) ? attrs['id'] : undefined;
    const candidate = typeof id === 'string' ? this.baseIds?.get(id) : undefined;
    if (candidate === undefined) return null;
    const tally: Tally = { nodes: 0, textChars: 0, severalMarks: false, ids: [] };
    if (!matchesJson(json, candidate, where, tally)) return null;
    if (
      this.nodes + tally.nodes > this.limits.maxNodes ||
      this.textChars + tally.textChars > this.limits.maxBytes
    ) {
      return null;
    }
    for (const [used] of tally.ids) if (this.ids.has(used)) return null;
    this.nodes += tally.nodes;
    this.textChars += tally.textChars;
    if (tally.severalMarks) this.severalMarks = true;
    for (const [used, place] of tally.ids) this.ids.set(used, place);
    return candidate;
  }

  /**
   * The base node a string in a content list names, read as if its JSON were written at `where`
   * (see the top of this file); null after recording why it cannot be.
   */
  private reference(id: string, where: Where, baseParent: Node | null): Node | null {
    const target = this.baseIds?.get(id);
    if (target === undefined) {
      this.fail(pathOf(where), `no node with id ${JSON.stringify(id)} in the base`, id);
      return null;
    }
    if (this.baseChecked) {
      // The base passed every check, so the node (its marks included) is valid wherever its
      // parent's content rule lets it stand; only the account is left to settle.
      const summary = summaryOf(target);
      const fits =
        this.nodes + summary.nodes <= this.limits.maxNodes &&
        this.textChars + summary.textChars <= this.limits.maxBytes &&
        !summary.ids.some((used) => this.ids.has(used));
      if (fits) {
        this.nodes += summary.nodes;
        this.textChars += summary.textChars;
        for (const used of summary.ids) this.ids.set(used, where);
        if (summary.ids.length > 1) this.referenced.set(where, target);
        return target;
      }
    }
    return this.node(target.toJSON(), where, baseParent);
  }

  /** Where the id `id`, recorded as first used at `first`, is: inside a reference, its own place. */
  private firstUse(id: string, first: Where | null): string {
    const target = first === null ? undefined : this.referenced.get(first);
    const place = target === undefined || first === null ? first : placeWithin(target, id, first);
    return pathOf(place ?? first) || ROOT;
  }

  // The base's counterpart of the node at `where` found by position: the document itself, or the
  // child at the same index of the parent's counterpart.
  private positional(where: Where | null, baseParent: Node | null): Node | null {
    if (where === null) return this.base ?? null;
    return baseParent?.maybeChild(where.index) ?? null;
  }

  private text(
    json: Record<string, unknown>,
    where: Where | null,
    marks: readonly Mark[] | null,
    candidate: Node | null,
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
    if (!marks) return null;
    if (candidate?.isText && candidate.text === text && Mark.sameSet(marks, candidate.marks)) {
      return candidate;
    }
    return schema.text(text, marks);
  }

  private children(json: unknown, where: Where | null, baseParent: Node | null): Node[] | null {
    if (json === undefined) return [];
    if (!Array.isArray(json)) {
      this.fail(
        join(pathOf(where), 'content'),
        `expected a list of nodes, found ${describe(json)}`,
        json,
      );
      return null;
    }
    if (this.depth >= MAX_DEPTH) {
      this.tooBig = true;
      this.fail(join(pathOf(where), 'content'), `nests nodes more than ${MAX_DEPTH} levels deep`);
      return null;
    }
    const built: Node[] = [];
    let complete = true;
    this.depth++;
    for (let index = 0; index < json.length; index++) {
      const child = this.node(json[index], { parent: where, index }, baseParent);
      if (child) built.push(child);
      else complete = false;
    }
    this.depth--;
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
          `duplicate id ${JSON.stringify(id)}, first used at ${this.firstUse(id, first)}`,
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

// The place of the node with the id `id` inside `node`, which sits at `where`; null if none has it.
function placeWithin(node: Node, id: string, where: Where): Where | null {
  if (node.attrs['id'] === id) return where;
  for (let index = 0; index < node.childCount; index++) {
    const found = placeWithin(node.child(index), id, { parent: where, index });
    if (found) return found;
  }
  return null;
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
