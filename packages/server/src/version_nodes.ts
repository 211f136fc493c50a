/**
 * Parsed version bodies, cached: re-reading and re-checking a 10,000-word body for every diff,
 * withdrawal or decision would be most of the work. (New proposals are prepared by
 * prepareProposal, which keeps its own nodes, parsed from the bytes it shares with the worker
 * threads: see proposal_intake/.) And proposed bodies, which are stored against their base
 * version.
 */
import { parseReport } from '@probity/rules';
import type { Node } from 'prosemirror-model';
import type { ProposalWithBody, Store } from './db/store.js';
import { storedBody } from './report_body.js';
import { versionCache } from './version_cache.js';

/** The body of version `versionId` of report `reportId` as a node; 404 when there is no such version of that report. */
export const versionNode = versionCache<Node>(storedBody);

/**
 * The proposed body of `proposal` as a node. It is stored compact (the rules' `compactReport`:
 * the blocks it leaves unchanged named by id) or written out in full, and read against its base
 * version either way, so the node shares that version's unchanged nodes.
 */
export async function proposedNode(store: Store, proposal: ProposalWithBody): Promise<Node> {
  const base = await versionNode(store, proposal.reportId, proposal.baseVersionId);
  return parseReport(proposal.proposedBody, { base, references: true });
}
