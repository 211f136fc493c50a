/**
 * A map that holds at most a fixed number of entries and forgets the least recently used first:
 * the caches of immutable version bodies (parsed nodes, shared bytes) are bounded with it.
 */

/** A bounded least-recently-used map. Reading an entry makes it the most recently used. */
export class RecentMap<K, V> {
  private readonly entries = new Map<K, V>();

  /** `capacity`: the most entries kept (at least 1). */
  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError(`RecentMap capacity must be a positive integer, not ${capacity}`);
    }
  }

  /** The value under `key`, now the most recently used; undefined when it is not held. */
  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      // A Map iterates in insertion order, so re-inserting moves the key to the young end.
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  /** Holds `value` under `key` as the most recently used, forgetting the oldest when full. */
  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }

  /** How many entries are held. */
  get size(): number {
    return this.entries.size;
  }
}
