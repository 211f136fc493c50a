/**
 * Parsed version bodies, cached: re-reading and re-checking a 10,000-word body for every diff,
 * withdrawal or decision would be most of the work. (Proposals are classified in the worker pool,
 * which keeps its own nodes: see proposal_intake/.)
 */
import type { Node } from 'prosemirror-model';
import { storedBody } from './report_body.js';
import { versionCache } from './version_cache.js';

/** The body of version `versionId` of report `reportId` as a node; 404 when there is no such version of that report. */
export const versionNode = versionCache<Node>(storedBody);
