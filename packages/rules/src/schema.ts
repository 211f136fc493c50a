/**
 * The ProseMirror schema of a report body, exactly as `shared/spec/report-model.md` section 1
 * defines it. The browser and the server build documents from this one schema, so a body that
 * validates here means the same thing everywhere.
 */
import { Schema, type AttributeSpec, type NodeSpec } from 'prosemirror-model';

/** The kind of a numbered part of a report. */
export const SECTION_KINDS = [
  'purpose',
  'recommendations',
  'reasons',
  'options',
  'background',
  'financial',
  'legal',
  'equality',
  'risk',
  'consultation',
  'key_decision',
  'other',
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/** The officer who gives an opinion or makes a statement. */
export const OFFICER_ROLES = [
  'author',
  'monitoring_officer',
  'chief_finance_officer',
  'head_of_paid_service',
  'other',
] as const;
export type OfficerRole = (typeof OFFICER_ROLES)[number];

/** What an officer's statement, made in a designated function, is about. */
export const STATEMENT_KINDS = [
  'legality',
  'fairness',
  'financial_prudence',
  'key_decision',
  'policy_framework',
  'budget_framework',
] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

/** The node types officers set and members may not re-type, unwrap or re-attribute. */
export const PROTECTED_NODE_TYPES = [
  'option',
  'recommendation',
  'opinion',
  'statement',
  'consultation',
] as const;
export type ProtectedNodeType = (typeof PROTECTED_NODE_TYPES)[number];

/** Hrefs a `link` mark may carry; anything else (`javascript:`, `data:`...) is refused. */
export const LINK_PROTOCOLS = ['http:', 'https:', 'mailto:'] as const;

/** True when `href` is an absolute URL with one of {@link LINK_PROTOCOLS}. */
export function isSafeHref(href: string): boolean {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  return (LINK_PROTOCOLS as readonly string[]).includes(url.protocol);
}

function oneOf(values: readonly string[]): (value: unknown) => void {
  return (value) => {
    if (typeof value !== 'string' || !values.includes(value)) {
      throw new RangeError(`expected one of ${values.join(', ')}`);
    }
  };
}

// Every block carries an id. It defaults to null so the editor can create blocks and number
// them afterwards; parseReport insists that a stored body has every id set and unique.
const id: AttributeSpec = { default: null, validate: 'string|null' };
const blockContent = '(paragraph | bullet_list | ordered_list | table)+';
const cellAttrs: Record<string, AttributeSpec> = {
  id,
  colspan: { default: 1, validate: positiveInteger },
  rowspan: { default: 1, validate: positiveInteger },
  // prosemirror-tables keeps column widths here; it carries no meaning for the protocol.
  colwidth: { default: null, validate: (value) => validateColwidth(value) },
};

function positiveInteger(value: unknown): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new RangeError('expected a whole number of at least 1');
  }
}

function validateColwidth(value: unknown): void {
  if (value === null) return;
  if (!Array.isArray(value) || !value.every((w) => typeof w === 'number' && w >= 0)) {
    throw new RangeError('expected null or a list of widths');
  }
}

function dom(tag: string, attrs: Record<string, unknown> = {}) {
  return [tag, attrs, 0] as const;
}

const nodes: Record<string, NodeSpec> = {
  doc: { content: 'section+' },
  section: {
    content: 'heading block*',
    attrs: { id, kind: { default: 'other', validate: oneOf(SECTION_KINDS) } },
    isolating: true,
    parseDOM: [
      {
        tag: 'section',
        getAttrs: (el) => ({ kind: sectionKindOf(el.dataset['kind']) }),
      },
    ],
    toDOM: (node) => dom('section', { 'data-kind': node.attrs['kind'], class: 'pm-section' }),
  },
  heading: {
    content: 'text*',
    marks: '',
    attrs: { id },
    defining: true,
    parseDOM: [1, 2, 3, 4, 5, 6].map((level) => ({ tag: `h${level}` })),
    toDOM: () => dom('h2'),
  },
  paragraph: {
    group: 'block',
    content: 'inline*',
    attrs: { id },
    parseDOM: [{ tag: 'p' }],
    toDOM: () => dom('p'),
  },
  bullet_list: {
    group: 'block',
    content: 'list_item+',
    attrs: { id },
    parseDOM: [{ tag: 'ul' }],
    toDOM: () => dom('ul'),
  },
  ordered_list: {
    group: 'block',
    content: 'list_item+',
    attrs: { id, order: { default: 1, validate: positiveInteger } },
    parseDOM: [
      {
        tag: 'ol',
        getAttrs: (el) => ({ order: Number(el.getAttribute('start') ?? 1) || 1 }),
      },
    ],
    toDOM: (node) => dom('ol', node.attrs['order'] === 1 ? {} : { start: node.attrs['order'] }),
  },
  list_item: {
    content: 'paragraph (paragraph | bullet_list | ordered_list)*',
    attrs: { id },
    defining: true,
    parseDOM: [{ tag: 'li' }],
    toDOM: () => dom('li'),
  },
  table: {
    group: 'block',
    content: 'table_row+',
    attrs: { id },
    tableRole: 'table',
    isolating: true,
    parseDOM: [{ tag: 'table' }],
    toDOM: () => ['table', ['tbody', 0]],
  },
  table_row: {
    content: '(table_cell | table_header)+',
    attrs: { id },
    tableRole: 'row',
    parseDOM: [{ tag: 'tr' }],
    toDOM: () => dom('tr'),
  },
  table_cell: {
    content: 'paragraph+',
    attrs: cellAttrs,
    tableRole: 'cell',
    isolating: true,
    parseDOM: [{ tag: 'td', getAttrs: cellAttrsOf }],
    toDOM: (node) => dom('td', cellDomAttrs(node.attrs)),
  },
  table_header: {
    content: 'paragraph+',
    attrs: cellAttrs,
    tableRole: 'header_cell',
    isolating: true,
    parseDOM: [{ tag: 'th', getAttrs: cellAttrsOf }],
    toDOM: (node) => dom('th', cellDomAttrs(node.attrs)),
  },
  option: {
    group: 'block protected',
    content: blockContent,
    attrs: {
      id,
      label: { default: '', validate: 'string' },
      recommended: { default: false, validate: 'boolean' },
    },
    defining: true,
    parseDOM: [
      {
        tag: 'div[data-protected=option]',
        getAttrs: (el) => ({
          label: el.dataset['label'] ?? '',
          recommended: el.dataset['recommended'] === 'true',
        }),
      },
    ],
    toDOM: (node) =>
      dom('div', {
        'data-protected': 'option',
        'data-label': node.attrs['label'],
        'data-recommended': String(node.attrs['recommended']),
      }),
  },
  recommendation: {
    group: 'block protected',
    content: 'paragraph+',
    attrs: { id },
    defining: true,
    parseDOM: [{ tag: 'div[data-protected=recommendation]' }],
    toDOM: () => dom('div', { 'data-protected': 'recommendation' }),
  },
  opinion: {
    group: 'block protected',
    content: blockContent,
    attrs: { id, officer: { default: 'author', validate: oneOf(OFFICER_ROLES) } },
    defining: true,
    parseDOM: [
      {
        tag: 'div[data-protected=opinion]',
        getAttrs: (el) => ({ officer: officerOf(el.dataset['officer']) }),
      },
    ],
    toDOM: (node) =>
      dom('div', { 'data-protected': 'opinion', 'data-officer': node.attrs['officer'] }),
  },
  statement: {
    group: 'block protected',
    content: 'paragraph+',
    attrs: {
      id,
      kind: { default: 'legality', validate: oneOf(STATEMENT_KINDS) },
      officer: { default: 'monitoring_officer', validate: oneOf(OFFICER_ROLES) },
    },
    defining: true,
    parseDOM: [
      {
        tag: 'div[data-protected=statement]',
        getAttrs: (el) => {
          const data = el.dataset;
          return {
            kind: (STATEMENT_KINDS as readonly string[]).includes(data['kind'] ?? '')
              ? data['kind']
              : 'legality',
            officer: officerOf(data['officer']),
          };
        },
      },
    ],
    toDOM: (node) =>
      dom('div', {
        'data-protected': 'statement',
        'data-kind': node.attrs['kind'],
        'data-officer': node.attrs['officer'],
      }),
  },
  consultation: {
    group: 'block protected',
    content: blockContent,
    attrs: { id, source: { default: '', validate: 'string' } },
    defining: true,
    parseDOM: [
      {
        tag: 'div[data-protected=consultation]',
        getAttrs: (el) => ({ source: el.dataset['source'] ?? '' }),
      },
    ],
    toDOM: (node) =>
      dom('div', { 'data-protected': 'consultation', 'data-source': node.attrs['source'] }),
  },
  text: { group: 'inline' },
  hard_break: {
    group: 'inline',
    inline: true,
    selectable: false,
    parseDOM: [{ tag: 'br' }],
    toDOM: () => ['br'],
  },
};

function sectionKindOf(value: string | undefined): SectionKind {
  return (SECTION_KINDS as readonly string[]).includes(value ?? '')
    ? (value as SectionKind)
    : 'other';
}

function officerOf(value: string | undefined): OfficerRole {
  return (OFFICER_ROLES as readonly string[]).includes(value ?? '')
    ? (value as OfficerRole)
    : 'author';
}

function cellAttrsOf(cell: HTMLElement) {
  return {
    colspan: Number(cell.getAttribute('colspan') ?? 1) || 1,
    rowspan: Number(cell.getAttribute('rowspan') ?? 1) || 1,
  };
}

function cellDomAttrs(attrs: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (attrs['colspan'] !== 1) out['colspan'] = attrs['colspan'];
  if (attrs['rowspan'] !== 1) out['rowspan'] = attrs['rowspan'];
  return out;
}

/**
 * The report schema. Marks: `strong`, `em` and `link` (whose `href` must pass
 * {@link isSafeHref}; the DOM parser drops unsafe links rather than keep them).
 */
export const schema = new Schema({
  nodes,
  marks: {
    strong: {
      parseDOM: [
        { tag: 'strong' },
        {
          tag: 'b',
          getAttrs: (el) => el.style.fontWeight !== 'normal' && null,
        },
        {
          style: 'font-weight',
          getAttrs: (value) => /^(bold(er)?|[5-9]\d{2,})$/.test(value as string) && null,
        },
      ],
      toDOM: () => ['strong', 0],
    },
    em: {
      parseDOM: [{ tag: 'i' }, { tag: 'em' }, { style: 'font-style=italic' }],
      toDOM: () => ['em', 0],
    },
    link: {
      attrs: {
        href: {
          validate: (value) => {
            if (typeof value !== 'string' || !isSafeHref(value)) {
              throw new RangeError('links must be http, https or mailto');
            }
          },
        },
      },
      inclusive: false,
      parseDOM: [
        {
          tag: 'a[href]',
          getAttrs: (el) => {
            const href = el.getAttribute('href') ?? '';
            return isSafeHref(href) ? { href } : false;
          },
        },
      ],
      toDOM: (mark) => ['a', { href: mark.attrs['href'], rel: 'noopener noreferrer nofollow' }, 0],
    },
  },
});
