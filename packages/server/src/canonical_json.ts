/**
 * Canonical JSON: the same value always serialises to the same text, whatever order its keys were
 * built in, so a hash over it can be recomputed by anyone who has the value. Object keys are sorted
 * by code unit; `undefined` properties are dropped, as JSON.stringify drops them.
 */

/** Serialises `value` with object keys sorted at every depth. Throws on values JSON cannot hold. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(record).sort()) {
      if (record[key] !== undefined) sorted[key] = sortKeys(record[key]);
    }
    return sorted;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new TypeError(`canonicalJson: ${value} has no JSON form`);
  }
  return value;
}
