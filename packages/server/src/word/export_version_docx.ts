/**
 * Word out: a version of a report as a `.docx`, laid out by {@link layoutBody} so that a copy a
 * member edits in Word can be read back as a proposal against this very version.
 */
import { Packer } from 'docx';
import type { Node } from 'prosemirror-model';
import { renderBlocks, wordDocument } from './docx_render.js';
import { layoutBody } from './word_layout.js';

/** What the `.docx` says about the version besides its body. */
export interface VersionDocxMeta {
  /** The report's title, written as the document's Title paragraph and property. */
  readonly title: string;
  /** e.g. "Version 3, 12 May 2026", stored in the document's properties. */
  readonly description?: string;
  /** Turn Word's Track Changes on, for a copy sent to a member to mark up. */
  readonly trackChanges?: boolean;
  /** The version's id, kept in the file so that a marked-up copy names its version on upload. */
  readonly versionId?: string;
}

/** The `.docx` bytes of `body` (a checked report body). */
export function exportVersionDocx(body: Node, meta: VersionDocxMeta): Promise<Buffer> {
  const document = wordDocument({
    title: meta.title,
    ...(meta.description === undefined ? {} : { description: meta.description }),
    ...(meta.trackChanges ? { trackRevisions: true } : {}),
    ...(meta.versionId === undefined ? {} : { versionId: meta.versionId }),
    children: renderBlocks(layoutBody(body)),
  });
  return Packer.toBuffer(document);
}
