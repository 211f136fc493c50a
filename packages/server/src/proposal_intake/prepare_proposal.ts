/**
 * The CPU-heavy part of receiving a member's proposal, as one pure function that runs in a worker
 * thread (or, with no pool, on the main thread): decode and parse the request's JSON, validate it
 * against the request schema, check the proposed body with the rules' parseReport (against the
 * base, so the two share the nodes the proposal leaves unchanged), and classify it against the
 * base version. What it gives back is what the main thread stores: the proposed body, serialised
 * (as UTF-8 bytes, which a worker hands over without copying), and the classification.
 *
 * The body may come compact, as the editor sends it (see the rules' `compactReport`): a block the
 * proposal leaves unchanged given as its id, to be taken from the base. It is stored in that form
 * whichever way it came, against its base version (see proposedNode in version_nodes.ts). So a
 * one-word change to a 10,000-word report is a few kilobytes to read, store and flush to disk:
 * the cost of a proposal grows with its change, not with the report.
 *
 * Bad input throws the same {@link ApiError}s the other routes throw (400 `malformed_json`,
 * `invalid_input`, `invalid_report`), so the answers are the same wherever this runs.
 *
 * The main thread decides who may propose before this runs, and sends the base only when the
 * request can go on: without one, or when the request names another version, the body is not
 * classified (the main thread then answers 404 or 409 `stale_base`); it is still checked when it
 * is written out in full, but a compact one has nothing to be read against.
 */
import { compactReport } from '@probity/rules';
import type { Node } from 'prosemirror-model';
import { malformedJson } from '../api_error.js';
import { classifyProposal, type StoredClassification } from '../classification.js';
import { RecentMap } from '../recent_map.js';
import { checkReport, storedBody } from '../report_body.js';
import { CreateProposalBody } from '../routes/proposals/schema.js';
import { validate } from '../routes/validate.js';
import type { SharedBody } from './shared_bodies.js';

/** The version a proposal is classified against, with the report's facts the rules need. */
export interface ProposalBase {
  readonly versionId: string;
  readonly body: SharedBody;
  readonly rulebook: string;
  readonly statutory: boolean;
}

/** One request's worth of work. */
export interface ProposalTask {
  /** The request body as sent; undefined when the request had no JSON body. */
  readonly bytes: Uint8Array | undefined;
  /** The body's charset from its Content-Type (a label TextDecoder knows; utf-8 by default). */
  readonly charset: string;
  /** The report's current version; undefined when the request is to be refused after checking. */
  readonly base: ProposalBase | undefined;
}

/** A checked proposal; `classified` unless the base was missing or not the one it names. */
export type PreparedProposal =
  | {
      readonly kind: 'classified';
      readonly baseVersionId: string;
      readonly note: string;
      /**
       * The proposed body as it is stored: compact against the base version (compactReport),
       * serialised as JSON, UTF-8.
       */
      readonly proposedJson: Uint8Array;
      readonly classification: StoredClassification;
    }
  | { readonly kind: 'unclassified'; readonly baseVersionId: string };

// Bases parsed in this thread, by the key of their bytes. Proposals come in against the current
// version, so a few cover nearly every request.
const bases = new RecentMap<string, Node>(8);

/** Parses, validates and classifies one proposal; throws {@link ApiError} for bad input. */
export function prepareProposal(task: ProposalTask): PreparedProposal {
  const value =
    task.bytes === undefined ? undefined : parseJsonBody(decode(task.bytes, task.charset));
  const input = validate(CreateProposalBody, value, 'body');
  const base = task.base?.versionId === input.baseVersionId ? task.base : undefined;
  if (!base) {
    if (!namesBaseBlocks(input.body)) checkReport(input.body, 'body');
    return { kind: 'unclassified', baseVersionId: input.baseVersionId };
  }
  // Parsed against the base, the proposed body shares the base's nodes wherever it leaves them
  // unchanged, so classify settles those by identity rather than comparing them node by node.
  const baseBody = baseNode(base.body);
  const proposed = checkReport(input.body, 'body', { base: baseBody, references: true });
  const classification = classifyProposal(baseBody, proposed, {
    rulebook: base.rulebook,
    statutory: base.statutory,
  });
  return {
    kind: 'classified',
    baseVersionId: input.baseVersionId,
    note: input.note ?? '',
    proposedJson: new TextEncoder().encode(JSON.stringify(compactReport(baseBody, proposed))),
    classification,
  };
}

/** True when some content list of `json` holds a string: the id of a base block, in compact form. */
function namesBaseBlocks(json: unknown): boolean {
  // Depth first with a stack of its own: the body is not checked yet, and may nest without end.
  const pending: unknown[] = [json];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (typeof node !== 'object' || node === null) continue;
    const content = (node as { content?: unknown }).content;
    if (!Array.isArray(content)) continue;
    for (const child of content) {
      if (typeof child === 'string') return true;
      pending.push(child);
    }
  }
  return false;
}

function baseNode(body: SharedBody): Node {
  let node = bases.get(body.key);
  if (!node) {
    node = storedBody(JSON.parse(decode(new Uint8Array(body.bytes), 'utf-8')));
    bases.set(body.key, node);
  }
  return node;
}

function decode(bytes: Uint8Array, charset: string): string {
  // Like body-parser: a leading byte order mark is dropped, malformed sequences become U+FFFD.
  return new TextDecoder(charset).decode(bytes);
}

/**
 * JSON as express.json reads it in its default strict mode: an empty body is `{}`, and only an
 * object or an array is accepted; anything else is 400 `malformed_json`.
 */
export function parseJsonBody(text: string): unknown {
  if (text.length === 0) return {};
  // The first character that is not JSON whitespace (space, tab, line feed, carriage return).
  const first = /^[ \t\n\r]*(.)/s.exec(text)?.[1];
  if (first !== '{' && first !== '[') throw malformedJson();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw malformedJson();
  }
}
