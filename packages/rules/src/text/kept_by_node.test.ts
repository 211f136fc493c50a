import { describe, expect, it } from 'vitest';
import { p } from '../builders.js';
import { keptByNode, keptWithNode } from './kept_by_node.js';

describe('keptByNode', () => {
  const counting = () => {
    const calls: string[] = [];
    const lengthOf = keptByNode((text: string) => {
      calls.push(text);
      return { length: text.length };
    });
    return { calls, lengthOf };
  };

  it('works a node’s text out once and keeps it with the node', () => {
    const { calls, lengthOf } = counting();
    const block = p('Visits fell.');
    const first = lengthOf('Visits fell.', block);
    expect(lengthOf('Visits fell.', block)).toBe(first);
    expect(first).toEqual({ length: 12 });
    expect(calls).toEqual(['Visits fell.']);
    // Another node with the same text is another entry.
    lengthOf('Visits fell.', p('Visits fell.'));
    expect(calls).toHaveLength(2);
  });

  it('works afresh, keeping nothing, for no node or a text other than the node’s', () => {
    const { calls, lengthOf } = counting();
    const block = p('Visits fell.');
    const kept = lengthOf('Visits fell.', block);
    expect(lengthOf('Visits rose sharply.', block)).toEqual({ length: 20 });
    expect(lengthOf('Visits fell.', block)).toBe(kept);
    expect(lengthOf('Visits fell.', null)).not.toBe(lengthOf('Visits fell.', null));
    expect(calls).toEqual(['Visits fell.', 'Visits rose sharply.', 'Visits fell.', 'Visits fell.']);
  });
});

describe('keptWithNode', () => {
  it('works a node’s value out once and keeps it with that node alone', () => {
    const seen: string[] = [];
    const sizeOf = keptWithNode((node) => {
      seen.push(node.textContent);
      return { size: node.nodeSize };
    });
    const block = p('Visits fell.');
    const first = sizeOf(block);
    expect(sizeOf(block)).toBe(first);
    expect(sizeOf(p('Visits fell.'))).not.toBe(first);
    expect(seen).toEqual(['Visits fell.', 'Visits fell.']);
  });
});
