/**
 * Parsed version bodies, cached. Versions never change once saved (the database refuses it), so
 * the checked ProseMirror node of a version can be kept and reused: re-reading and re-checking a
 * 10,000-word body for every diff, withdrawal or decision would be most of the work. A small
 * least-recently-used map per store holds the last few. (Proposals are classified in the worker
 * pool, which keeps its own nodes: see proposal_intake/.)
 */
import type { Node } from 'prosemirror-model';
import { notFound } from './api_error.js';
import type { Store } from './db/store.js';
import { RecentMap } from './recent_map.js';
import { storedBody } from './report_body.js';

const CAPACITY = 32;

interface Entry {
  readonly reportId: string;
  readonly node: Node;
}

const caches = new WeakMap<Store, RecentMap<string, Entry>>();

/** The body of version `versionId` of report `reportId` as a node; 404 when there is no such version of that report. */
export async function versionNode(
  store: Store,
  reportId: string,
  versionId: string,
): Promise<Node> {
  let cache = caches.get(store);
  if (!cache) {
    cache = new RecentMap(CAPACITY);
    caches.set(store, cache);
  }
  let entry = cache.get(versionId);
  if (!entry) {
    const version = await store.read((tx) => tx.versions.byId(versionId));
    if (version) {
      entry = { reportId: version.reportId, node: storedBody(version.body) };
      cache.set(versionId, entry);
    }
  }
  if (!entry || entry.reportId !== reportId) throw notFound('version of this report', versionId);
  return entry.node;
}
