/**
 * Caches of what the server derives from version bodies. Versions never change once saved (the
 * database refuses it), so anything worked out from a version's body (its checked node, its bytes
 * shared with the worker threads) can be kept and reused. Each cache holds the last few versions
 * per store, least recently used forgotten first.
 */
import { notFound } from './api_error.js';
import type { Store } from './db/store.js';
import { RecentMap } from './recent_map.js';

/** How many versions each cache holds per store. */
const CAPACITY = 32;

/** Looks up what was derived from version `versionId` of report `reportId`. */
export type VersionLookup<T> = (store: Store, reportId: string, versionId: string) => Promise<T>;

/**
 * A lookup that derives `derive(body)` from a version's stored body once and then answers from
 * its cache; 404 when there is no such version of that report.
 */
export function versionCache<T>(derive: (body: unknown) => T): VersionLookup<T> {
  const caches = new WeakMap<
    Store,
    RecentMap<string, { readonly reportId: string; readonly value: T }>
  >();
  return async (store, reportId, versionId) => {
    let cache = caches.get(store);
    if (!cache) {
      cache = new RecentMap(CAPACITY);
      caches.set(store, cache);
    }
    let entry = cache.get(versionId);
    if (!entry) {
      const version = await store.read((tx) => tx.versions.byId(versionId));
      if (version) {
        entry = { reportId: version.reportId, value: derive(version.body) };
        cache.set(versionId, entry);
      }
    }
    if (!entry || entry.reportId !== reportId) throw notFound('version of this report', versionId);
    return entry.value;
  };
}
