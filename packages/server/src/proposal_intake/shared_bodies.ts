/**
 * Version bodies as the worker threads receive them: the stored JSON, encoded as UTF-8 once into
 * memory shared with the workers, so sending a 10,000-word base with every proposal copies
 * nothing. Each body is read from the database once and cached (see version_cache.ts). Each
 * entry gets a fresh random key; a worker keeps the node it parsed from the bytes under that key,
 * so it parses each base once.
 */
import { randomUUID } from 'node:crypto';
import { versionCache } from '../version_cache.js';

/** A version body shared with the workers. The bytes are never written after they are made. */
export interface SharedBody {
  /** Names these bytes (not the version: a body read again gets a new key). */
  readonly key: string;
  /** The body's JSON, UTF-8. */
  readonly bytes: SharedArrayBuffer;
}

/** The body of version `versionId` of report `reportId`, shared; 404 when there is no such version of that report. */
export const sharedBody = versionCache<SharedBody>((body) => {
  const encoded = Buffer.from(JSON.stringify(body), 'utf8');
  const bytes = new SharedArrayBuffer(encoded.byteLength);
  new Uint8Array(bytes).set(encoded);
  return { key: randomUUID(), bytes };
});
