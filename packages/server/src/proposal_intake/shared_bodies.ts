/**
 * Version bodies as the worker threads receive them: the stored JSON, encoded as UTF-8 once into
 * memory shared with the workers, so sending a 10,000-word base with every proposal copies
 * nothing. Versions never change once saved, so each body is read from the database once and
 * kept in a small least-recently-used map per store. Each entry gets a fresh random key; a worker
 * keeps the node it parsed from the bytes under that key, so it parses each base once.
 */
import { randomUUID } from 'node:crypto';
import { notFound } from '../api_error.js';
import type { Store } from '../db/store.js';
import { RecentMap } from '../recent_map.js';

/** A version body shared with the workers. The bytes are never written after they are made. */
export interface SharedBody {
  /** Names these bytes (not the version: a body read again gets a new key). */
  readonly key: string;
  /** The body's JSON, UTF-8. */
  readonly bytes: SharedArrayBuffer;
}

const CAPACITY = 32;

interface Entry {
  readonly reportId: string;
  readonly body: SharedBody;
}

const caches = new WeakMap<Store, RecentMap<string, Entry>>();

/** The body of version `versionId` of report `reportId`; 404 when there is no such version of that report. */
export async function sharedBody(
  store: Store,
  reportId: string,
  versionId: string,
): Promise<SharedBody> {
  let cache = caches.get(store);
  if (!cache) {
    cache = new RecentMap(CAPACITY);
    caches.set(store, cache);
  }
  let entry = cache.get(versionId);
  if (!entry) {
    const version = await store.read((tx) => tx.versions.byId(versionId));
    if (version) {
      const encoded = Buffer.from(JSON.stringify(version.body), 'utf8');
      const bytes = new SharedArrayBuffer(encoded.byteLength);
      new Uint8Array(bytes).set(encoded);
      entry = { reportId: version.reportId, body: { key: randomUUID(), bytes } };
      cache.set(versionId, entry);
    }
  }
  if (!entry || entry.reportId !== reportId) throw notFound('version of this report', versionId);
  return entry.body;
}
