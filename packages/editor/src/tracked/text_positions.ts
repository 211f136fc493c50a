/**
 * Maps offsets in `toPlainText(block)` (the text the rules library diffs and reports offsets in)
 * back to document positions, so a change found in plain text can be drawn where it is.
 *
 * `toPlainText` joins textblocks with one `\n` and writes a hard break as `\n`; inside a
 * textblock every character of text and every hard break is exactly one document position, so a
 * block's text is a run of segments, each a straight line from offsets to positions.
 */
import type { Node } from 'prosemirror-model';

interface Segment {
  readonly textStart: number;
  readonly textEnd: number;
  readonly posStart: number;
}

/** The offset-to-position map of one block that starts at document position `blockPos`. */
export class TextPositions {
  private constructor(
    private readonly segments: readonly Segment[],
    /** Length of the block's plain text. */
    readonly length: number,
  ) {}

  /** Builds the map of `block`, which starts at `blockPos` (the position before it). */
  static of(block: Node, blockPos: number): TextPositions {
    const segments: Segment[] = [];
    let offset = 0;
    const visit = (node: Node, contentStart: number) => {
      if (node.isTextblock) {
        if (segments.length > 0) offset += 1;
        segments.push({
          textStart: offset,
          textEnd: offset + node.content.size,
          posStart: contentStart,
        });
        offset += node.content.size;
        return;
      }
      node.forEach((child, childOffset) => visit(child, contentStart + childOffset + 1));
    };
    visit(block, blockPos + 1);
    return new TextPositions(segments, offset);
  }

  /** The document position of text offset `offset` (a separator maps to the end of its block). */
  posAt(offset: number): number {
    const segment = this.segmentAt(offset);
    if (!segment) return this.segments[0]?.posStart ?? 0;
    return segment.posStart + Math.min(offset, segment.textEnd) - segment.textStart;
  }

  /** The document ranges covering text offsets `from`..`to`, one per textblock crossed. */
  rangesBetween(from: number, to: number): readonly (readonly [number, number])[] {
    const ranges: [number, number][] = [];
    for (const segment of this.segments) {
      const start = Math.max(from, segment.textStart);
      const end = Math.min(to, segment.textEnd);
      if (end > start) {
        ranges.push([
          segment.posStart + start - segment.textStart,
          segment.posStart + end - segment.textStart,
        ]);
      }
    }
    return ranges;
  }

  private segmentAt(offset: number): Segment | undefined {
    let found: Segment | undefined;
    for (const segment of this.segments) {
      if (segment.textStart > offset) break;
      found = segment;
    }
    return found;
  }
}
