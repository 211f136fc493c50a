/**
 * The skeleton of a new report: the sections councils' report templates have, with the
 * protected blocks in their usual places, for the author to type over.
 */
import type { Node } from 'prosemirror-model';
import { schema, type SectionKind } from '@probity/rules';
import { withBlockIds } from '../editor/block_ids.js';
import { SECTION_LABELS } from '../editor/labels.js';
import { nodeType } from '../editor/types.js';

const para = (text: string) => nodeType('paragraph').create(null, text ? schema.text(text) : null);

function section(kind: SectionKind, ...blocks: Node[]): Node {
  return nodeType('section').create({ kind }, [
    nodeType('heading').create(null, schema.text(SECTION_LABELS[kind])),
    ...(blocks.length ? blocks : [para('')]),
  ]);
}

/** A new report body with fresh block ids. */
export function reportTemplate(): Node {
  const option = (label: string) =>
    nodeType('option').create({ label }, para(`Describe ${label}.`));
  return withBlockIds(
    nodeType('doc').create(null, [
      section('purpose', para('What this report asks the decision-maker to decide.')),
      section('recommendations', nodeType('recommendation').create(null, para('That Cabinet…'))),
      section('reasons', para('Why the recommendations are made.')),
      section('options', option('Option 1'), option('Option 2')),
      section('background', para('')),
      section('financial', para('')),
      section(
        'legal',
        nodeType('statement').create({ kind: 'legality', officer: 'monitoring_officer' }, para('')),
      ),
      section('equality', para('')),
      section('risk', para('')),
      section('consultation', para('')),
    ]),
  );
}
