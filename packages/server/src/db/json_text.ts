/**
 * JSON that is already serialised. A proposal body is parsed, checked and serialised in a worker
 * thread; wrapping the text lets the store save it as it is, instead of the main thread parsing
 * it only to serialise it again. It still behaves as the value it holds wherever JSON is made.
 */

/** Serialised JSON, stored verbatim. */
export class JsonText {
  /** `text` must be JSON (as made by JSON.stringify). */
  constructor(readonly text: string) {}

  /** The value, for JSON.stringify. */
  toJSON(): unknown {
    return JSON.parse(this.text) as unknown;
  }
}

/** `value` as JSON text: a {@link JsonText} as it is, anything else through JSON.stringify. */
export function jsonTextOf(value: unknown): string {
  return value instanceof JsonText ? value.text : JSON.stringify(value);
}
