/**
 * Parsed version bodies, cached. Versions never change once saved (the database refuses it), so
 * the checked ProseMirror node of a version can be kept and reused: every proposal against the
 * current version is classified against the same base, and re-reading and re-checking a
 * 10,000-word body for each one would be most of the work. A small least-recently-used map per
 * store holds the last few.
 */
import type { Node } from 'prosemirror-model';
import { notFound } from './api_error.js';
import type { Store } from './db/store.js';
import { storedBody } from './report_body.js';

const CAPACITY = 32;

interface Entry {
  readonly reportId: string;
  readonly node: Node;
}

const caches = new WeakMap<Store, Map<string, Entry>>();

/** The body of version `versionId` of report `reportId` as a node; 404 when there is no such version of that report. */
export async function versionNode(
  store: Store,
  reportId: string,
  versionId: string,
): Promise<Node> {
  let cache = caches.get(store);
  if (!cache) {
    cache = new Map();
    caches.set(store, cache);
  }
  const cached = cache.get(versionId);
  if (cached) {
    // Refresh its place as most recently used.
    cache.delete(versionId);
    cache.set(versionId, cached);
  } else {
    const version = await store.read((tx) => tx.versions.byId(versionId));
    if (version) {
      cache.set(versionId, { reportId: version.reportId, node: storedBody(version.body) });
      if (cache.size > CAPACITY) cache.delete(cache.keys().next().value as string);
    }
  }
  const entry = cache.get(versionId);
  if (!entry || entry.reportId !== reportId) throw notFound('version of this report', versionId);
  return entry.node;
}
