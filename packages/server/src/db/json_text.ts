/**
 * JSON that is already serialised. A proposal body is parsed, checked and serialised in a worker
 * thread; wrapping its UTF-8 bytes lets the store save them as they are, instead of the main
 * thread parsing the body only to serialise it again. It still behaves as the value it holds
 * wherever JSON is made.
 */

/** Serialised JSON, stored verbatim. */
export class JsonText {
  /** `utf8` must be JSON (as made by JSON.stringify), encoded as UTF-8. */
  constructor(readonly utf8: Uint8Array) {}

  /** The value, for JSON.stringify. */
  toJSON(): unknown {
    return JSON.parse(new TextDecoder().decode(this.utf8)) as unknown;
  }
}

/**
 * `value` as JSON for a TEXT column: a {@link JsonText}'s bytes as they are (to be stored with
 * `CAST(? AS TEXT)`, which reads them as UTF-8), anything else through JSON.stringify.
 */
export function jsonTextOf(value: unknown): string | Buffer {
  if (!(value instanceof JsonText)) return JSON.stringify(value);
  const { buffer, byteOffset, byteLength } = value.utf8;
  return Buffer.from(buffer, byteOffset, byteLength);
}
