/**
 * Paragraphs of an imported report that read as protected content, proposed as tags an officer
 * confirms or dismisses before the first version is saved.
 *
 * Word has no notion of an officer's opinion or a statutory officer's statement, so an imported
 * report arrives untagged. Each top-level paragraph of a section is read against cues a council
 * report uses for the protected kinds: explicit first-person opinion ("in my professional opinion")
 * first, then the designated-function statements (key decision, the chief finance officer, legal
 * advice on lawfulness, fairness and the equality duty), then softer opinion wording, then
 * consultation responses. The first cue found decides, and the suggestion names it so the officer
 * sees why. Nothing is tagged until {@link applyTags} is called with what the officer confirmed.
 */
import type { Node } from 'prosemirror-model';
import {
  OFFICER_ROLES,
  STATEMENT_KINDS,
  schema,
  toPlainText,
  type OfficerRole,
  type SectionKind,
  type StatementKind,
} from '@probity/rules';
import { WordError } from './word_error.js';

/** The protected node a paragraph would be wrapped in, with the attributes it would carry. */
export type ProposedTag =
  | { readonly type: 'opinion'; readonly officer: OfficerRole }
  | { readonly type: 'statement'; readonly kind: StatementKind; readonly officer: OfficerRole }
  | { readonly type: 'consultation'; readonly source: string };

/** One paragraph that reads as protected. */
export interface TagSuggestion {
  /** The paragraph's id in the imported body. */
  readonly blockId: string;
  /** Kind of the section the paragraph is in. */
  readonly section: SectionKind;
  /** The paragraph's text, for the officer to read. */
  readonly text: string;
  readonly tag: ProposedTag;
  /** The words in the paragraph that made it read as protected. */
  readonly cue: string;
  /** One sentence saying why it is proposed. */
  readonly reason: string;
}

/** An officer's confirmation: wrap the paragraph `blockId` in `tag`. */
export interface TagConfirmation {
  readonly blockId: string;
  readonly tag: ProposedTag;
}

interface Reading {
  readonly tag: ProposedTag;
  readonly pattern: RegExp;
  readonly why: string;
  readonly sections?: readonly SectionKind[];
}

const MO = 'monitoring_officer' as const;
const READINGS: readonly Reading[] = [
  {
    tag: { type: 'opinion', officer: 'author' },
    pattern: /\bin (?:my|our) (?:professional )?(?:opinion|view|judgement|judgment)\b/i,
    why: 'it gives the author’s own professional opinion',
  },
  {
    tag: { type: 'statement', kind: 'key_decision', officer: 'author' },
    pattern: /\b(?:is|is not|isn't|constitutes|would be|will be) (?:a |not a )?key decision\b/i,
    why: 'it says whether this is a key decision',
  },
  {
    tag: { type: 'statement', kind: 'financial_prudence', officer: 'chief_finance_officer' },
    pattern:
      /\b(?:chief finance officer|chief financial officer|section 151 officer|s\.? ?151 officer|robustness of (?:the )?estimates|adequacy of (?:the )?reserves)\b/i,
    why: 'it is a statement of the chief finance officer on financial prudence',
  },
  {
    tag: { type: 'statement', kind: 'legality', officer: MO },
    pattern:
      /\b(?:unlawful(?:ly)?|lawful(?:ly)?|ultra vires|judicial review|legal challenge|monitoring officer|legal advice|statutory duty|duty under|power under|powers under)\b/i,
    why: 'it is legal advice on whether the decision would be lawful',
  },
  {
    tag: { type: 'statement', kind: 'legality', officer: MO },
    pattern:
      /\b(?:act \d{4}|regulations \d{4}|section \d+|statutory|legislation|the council has (?:the )?power)\b/i,
    why: 'it sets out the law the decision rests on',
    sections: ['legal'],
  },
  {
    tag: { type: 'statement', kind: 'fairness', officer: MO },
    pattern:
      /\b(?:due regard|public sector equality duty|section 149|procedural(?:ly)? fair(?:ness)?|unfair(?:ly)?)\b/i,
    why: 'it is a statement on fairness and the equality duty',
  },
  {
    tag: { type: 'opinion', officer: 'author' },
    pattern:
      /\b(?:I (?:consider|advise|believe|am satisfied|recommend)|officers? (?:consider|advise|believe|are satisfied|are of the view)|professional (?:opinion|advice|judgement|judgment))\b/i,
    why: 'it gives an officer’s professional opinion',
  },
  {
    tag: { type: 'consultation', source: '' },
    pattern:
      /[“"][^”"]*\s[^”"]*\s[^”"]*\s[^”"]*[”"]|\b(?:respondents?|consultees?|representations?|objections?|consultation responses?)\b/i,
    why: 'it reports what was said in consultation',
  },
  {
    tag: { type: 'consultation', source: '' },
    pattern:
      /\b(?:supports?|opposes?|objects? to|is concerned|are concerned|welcomes?|said|commented)\b/i,
    why: 'it reports a consultee’s view',
    sections: ['consultation'],
  },
];

// "The Parish Council strongly opposes…" → "The Parish Council": the consultee, when a sentence
// opens with them.
const CONSULTEE =
  /^((?:The )?[A-Z][\w'’&-]*(?:,? (?:(?:of|and|for|the) )*[A-Z][\w'’&-]*)*) (?:strongly |broadly |generally )?(?:supports?|opposes?|objects?|is concerned|are concerned|welcomes?|said|says|commented|asks?)\b/;

/**
 * How `text` (a paragraph in a section of kind `section`) reads: the tag it would take, the cue
 * that says so and why; `undefined` when it reads as ordinary text.
 */
export function readAsProtected(
  text: string,
  section: SectionKind,
): { readonly tag: ProposedTag; readonly cue: string; readonly reason: string } | undefined {
  for (const reading of READINGS) {
    if (reading.sections && !reading.sections.includes(section)) continue;
    const match = reading.pattern.exec(text);
    if (!match) continue;
    const tag =
      reading.tag.type === 'consultation'
        ? { type: 'consultation' as const, source: CONSULTEE.exec(text)?.[1] ?? '' }
        : reading.tag;
    return { tag, cue: match[0], reason: `Reads as protected because ${reading.why}.` };
  }
  return undefined;
}

/**
 * Every untagged paragraph placed directly in a section of `body` that {@link readAsProtected}
 * would tag, in document order. Paragraphs inside options, lists, tables and protected blocks are
 * left alone: they already have a home.
 */
export function suggestTags(body: Node): readonly TagSuggestion[] {
  const suggestions: TagSuggestion[] = [];
  body.forEach((section) => {
    const kind = section.attrs['kind'] as SectionKind;
    section.forEach((block) => {
      if (block.type.name !== 'paragraph') return;
      const text = toPlainText(block);
      const reading = readAsProtected(text, kind);
      if (!reading) return;
      suggestions.push({ blockId: block.attrs['id'] as string, section: kind, text, ...reading });
    });
  });
  return suggestions;
}

/**
 * `body` with each confirmed paragraph wrapped in its tag. The paragraph keeps its id; the new
 * protected block gets `<paragraph id>-tag` (made unique). Throws {@link WordError} `invalid_body`
 * naming the block when a confirmation points at something other than a paragraph placed directly
 * in a section, or carries attributes outside the report model.
 */
export function applyTags(body: Node, confirmations: readonly TagConfirmation[]): Node {
  const wanted = new Map(confirmations.map((c) => [c.blockId, c.tag]));
  const ids = new Set<string>();
  body.descendants((node) => {
    if (typeof node.attrs['id'] === 'string') ids.add(node.attrs['id']);
  });
  const freshId = (base: string): string => {
    let id = `${base}-tag`;
    for (let n = 2; ids.has(id); n++) id = `${base}-tag-${n}`;
    ids.add(id);
    return id;
  };
  const sections: Node[] = [];
  body.forEach((section) => {
    const blocks: Node[] = [];
    section.forEach((block) => {
      const tag =
        block.type.name === 'paragraph' ? wanted.get(block.attrs['id'] as string) : undefined;
      if (!tag) return void blocks.push(block);
      wanted.delete(block.attrs['id'] as string);
      blocks.push(wrap(block, tag, freshId(block.attrs['id'] as string)));
    });
    sections.push(section.type.create(section.attrs, blocks));
  });
  const [unplaced] = wanted.keys();
  if (unplaced !== undefined) {
    throw new WordError(
      'invalid_body',
      `confirmations: block "${unplaced}" is not a paragraph placed directly in a section`,
    );
  }
  return body.type.createChecked(body.attrs, sections);
}

function wrap(paragraph: Node, tag: ProposedTag, id: string): Node {
  const where = `confirmations: block "${paragraph.attrs['id'] as string}"`;
  let attrs: Record<string, unknown>;
  switch (tag.type) {
    case 'opinion':
      attrs = { id, officer: oneOf(OFFICER_ROLES, tag.officer, `${where}: officer`) };
      break;
    case 'statement':
      attrs = {
        id,
        kind: oneOf(STATEMENT_KINDS, tag.kind, `${where}: kind`),
        officer: oneOf(OFFICER_ROLES, tag.officer, `${where}: officer`),
      };
      break;
    case 'consultation':
      attrs = { id, source: String(tag.source) };
      break;
  }
  const type = schema.nodes[tag.type];
  if (!type) throw new Error(`the report schema has no ${tag.type} node`);
  return type.createChecked(attrs, paragraph);
}

function oneOf<T extends string>(values: readonly T[], value: string, where: string): T {
  if (!(values as readonly string[]).includes(value)) {
    throw new WordError('invalid_body', `${where}: "${value}" is not one of ${values.join(', ')}`);
  }
  return value as T;
}
