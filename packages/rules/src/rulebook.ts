/**
 * Rulebooks are data: for one council's Member/Officer protocol, the clause each rule rests on,
 * the verdict it gives, and the words that tell a councillor why. `classify` judges every change
 * with a rule id (see {@link RULE_IDS}) and looks the rest up here, so supporting another council
 * means writing a JSON file, not code.
 *
 * A rule the council's protocol does not cover is marked `{ "unsupported": true, "note": "..." }`.
 * `classify` then gives the change verdict `review` with clause `none`, and a reason saying the
 * protocol is silent, so the report author decides rather than the tool guessing either way.
 */
import { z } from 'zod';
import { RULE_IDS, type RuleId } from './rule_ids.js';
import { VERDICTS } from './verdict.js';
import { BUILT_IN_RULEBOOKS } from './rulebooks/built_in.js';

/** The clause string a finding carries when the rulebook says its protocol is silent. */
export const NO_CLAUSE = 'none';

const text = z.string().trim().min(1, 'must not be empty');

/** One rule the protocol covers. */
export const SupportedRuleSchema = z
  .object({
    /** The clause as the protocol numbers it, e.g. `7.6(1)`. */
    clause: text.max(40),
    verdict: z.enum(VERDICTS),
    /**
     * Why, in the protocol's own terms, to follow "Deletes Option 3...; ": e.g. `clause 7.6(1)
     * does not allow a member to ask for an option to be excluded`. No final full stop.
     */
    wording: text
      .max(300)
      .refine((value) => !/[.!?]$/.test(value), 'must not end with a full stop'),
    /** For `review` rules: what the report author confirms, e.g. `I have checked this figure`. */
    attestation: text.max(300).optional(),
  })
  .strict();

/** A rule the protocol does not cover. */
export const UnsupportedRuleSchema = z
  .object({
    unsupported: z.literal(true),
    /** Why, for the record: what the protocol says instead, or that it is silent. */
    note: text.max(500),
  })
  .strict();

export const RuleEntrySchema = z.union([SupportedRuleSchema, UnsupportedRuleSchema]);

/** A council's rulebook: every rule id must appear, supported or not, so none is forgotten. */
export const RulebookSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'),
    council: text.max(200),
    protocol: z
      .object({
        /** The protocol's title as the council publishes it. */
        title: text.max(300),
        /** Where it comes from: a URL or the file name under `shared/protocols/`. */
        source: text.max(500),
      })
      .strict(),
    rules: z
      .object(
        Object.fromEntries(RULE_IDS.map((rule) => [rule, RuleEntrySchema])) as Record<
          RuleId,
          typeof RuleEntrySchema
        >,
      )
      .strict(),
  })
  .strict();

export type SupportedRule = z.infer<typeof SupportedRuleSchema>;
export type UnsupportedRule = z.infer<typeof UnsupportedRuleSchema>;
export type RuleEntry = z.infer<typeof RuleEntrySchema>;
export type Rulebook = z.infer<typeof RulebookSchema>;

/** One thing wrong with a rulebook: where (`rules.typo-fix.clause`) and what. */
export interface RulebookIssue {
  readonly path: string;
  readonly message: string;
}

/** Thrown by {@link loadRulebook}: an unknown id, bad JSON, or a rulebook that fails the schema. */
export class RulebookError extends Error {
  override readonly name = 'RulebookError';
  constructor(readonly issues: readonly RulebookIssue[]) {
    super(issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '));
  }
}

/** The id of the rulebook `classify` uses when none is given. */
export const DEFAULT_RULEBOOK_ID = 'north-east-derbyshire';

const builtIns = new Map<string, Rulebook>();
const cache = new WeakMap<object, Rulebook>();

/** Adds a rulebook to the built-ins `loadRulebook(id)` finds; validates it first. */
export function registerRulebook(rulebook: unknown): Rulebook {
  const checked = validate(rulebook);
  builtIns.set(checked.id, checked);
  return checked;
}

BUILT_IN_RULEBOOKS.forEach((rulebook) => registerRulebook(rulebook));

/** The built-in rulebooks, by id, in the order registered. */
export function listRulebooks(): readonly Rulebook[] {
  return [...builtIns.values()];
}

/**
 * A checked rulebook from a built-in id (`north-east-derbyshire`), a JSON text, or an object.
 * Throws {@link RulebookError} naming each problem and where it is.
 */
export function loadRulebook(source: string | Rulebook | unknown): Rulebook {
  if (typeof source === 'string') {
    const trimmed = source.trim();
    if (!trimmed.startsWith('{')) {
      const found = builtIns.get(trimmed);
      if (found) return found;
      const known = [...builtIns.keys()].join(', ');
      throw new RulebookError([
        {
          path: '(rulebook)',
          message: `unknown rulebook ${JSON.stringify(source)}; known: ${known}`,
        },
      ]);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch (error) {
      throw new RulebookError([
        { path: '(rulebook)', message: `not valid JSON: ${(error as Error).message}` },
      ]);
    }
    return validate(parsed);
  }
  if (typeof source === 'object' && source !== null) {
    const known = cache.get(source);
    if (known) return known;
    const checked = validate(source);
    cache.set(source, checked);
    return checked;
  }
  throw new RulebookError([
    { path: '(rulebook)', message: 'expected a rulebook id, JSON text or object' },
  ]);
}

function validate(value: unknown): Rulebook {
  const result = RulebookSchema.safeParse(value);
  if (result.success) return result.data;
  throw new RulebookError(result.error.issues.flatMap((issue) => flatten(issue, [])));
}

// A rule entry is one of two shapes; report the problems of the shape it comes closest to, with
// their full path, rather than zod's "invalid input" on the entry as a whole.
function flatten(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[]): RulebookIssue[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const closest = issue.errors.reduce((best, branch) =>
      branch.length < best.length ? branch : best,
    );
    return closest.flatMap((inner) => flatten(inner, path));
  }
  return [
    { path: path.length > 0 ? path.map(String).join('.') : '(rulebook)', message: issue.message },
  ];
}
