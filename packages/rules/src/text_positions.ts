/**
 * Maps offsets into `toPlainText(node)` back to positions inside `node`, so a span the diff found
 * in the plain text can be replaced in the document. The walk mirrors `Node.textBetween` with
 * `\n` between blocks and for hard breaks, which is what `toPlainText` produces.
 */
import type { Node } from 'prosemirror-model';

interface Piece {
  /** Offset in the plain text where this piece starts. */
  readonly offset: number;
  /** Characters of plain text it covers. */
  readonly length: number;
  /** Position (relative to the start of `node`'s content) of its first character. */
  readonly pos: number;
  /** For a block separator: the position where the previous textblock's content ends. */
  readonly endOfPrevious?: number;
}

/** A function from plain-text offset to position inside `node` (content-relative). */
export function textPositions(node: Node): (offset: number) => number {
  const pieces: Piece[] = [];
  let offset = 0;
  let first = true;
  let lastEnd = 0;
  node.nodesBetween(0, node.content.size, (child, pos) => {
    if (child.isTextblock) {
      if (!first) {
        pieces.push({ offset, length: 1, pos: pos + 1, endOfPrevious: lastEnd });
        offset += 1;
      }
      first = false;
      lastEnd = pos + 1 + child.content.size;
      return true;
    }
    if (child.isText) {
      const length = child.text?.length ?? 0;
      pieces.push({ offset, length, pos });
      offset += length;
      return false;
    }
    if (child.type.name === 'hard_break') {
      pieces.push({ offset, length: 1, pos });
      offset += 1;
    }
    return true;
  });
  return (target) => {
    // The piece holding `target`, or the one ending there.
    let low = 0;
    let high = pieces.length - 1;
    let found: Piece | undefined;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const piece = pieces[mid] as Piece;
      if (piece.offset <= target) {
        found = piece;
        low = mid + 1;
      } else high = mid - 1;
    }
    if (!found) return firstTextPosition(node);
    const into = target - found.offset;
    if (found.endOfPrevious !== undefined) return into === 0 ? found.endOfPrevious : found.pos;
    if (into <= found.length) return found.pos + into;
    return found.pos + found.length;
  };
}

function firstTextPosition(node: Node): number {
  let result = 0;
  let done = false;
  node.nodesBetween(0, node.content.size, (child, pos) => {
    if (done) return false;
    if (child.isTextblock) {
      result = pos + 1;
      done = true;
      return false;
    }
    return true;
  });
  return result;
}
