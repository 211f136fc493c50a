/** The report schema's node and mark types by name, failing loudly if the schema lacks one. */
import type { MarkType, NodeType } from 'prosemirror-model';
import { schema } from '@probity/rules';

/** The node type `name` of the report schema; throws if there is none (a bug, not input). */
export function nodeType(name: string): NodeType {
  const type = schema.nodes[name];
  if (!type) throw new Error(`the report schema has no node type "${name}"`);
  return type;
}

/** The mark type `name` of the report schema; throws if there is none. */
export function markType(name: string): MarkType {
  const type = schema.marks[name];
  if (!type) throw new Error(`the report schema has no mark type "${name}"`);
  return type;
}
