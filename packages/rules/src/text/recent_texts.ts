/**
 * What was worked out for the last few texts, kept in a ring of fixed size: a text is looked up
 * by comparing it with each kept text, and keeping a new one overwrites the oldest.
 *
 * Not a Map with its oldest entry deleted at each insertion. Used that way for the words and
 * sentences of texts, such a Map made what it had held outlive V8's young-generation collections
 * until the next full one (measured in a proposal worker: 0.7 MB promoted per scavenge, scavenges
 * of 1.5 ms instead of 0.75, mark-compacts 5 instead of 2 in 23k classifications), which this
 * ring does not. (A Map left behind by its own churn is the likely cause; a small reproduction
 * with integer or string keys did not show it, so the ring is kept for what it measured.)
 */
export class RecentTexts<T> {
  private readonly texts: (string | undefined)[];
  private readonly values: (T | undefined)[];
  private next = 0;

  /** A ring of `size` texts. */
  constructor(size: number) {
    this.texts = new Array<string | undefined>(size).fill(undefined);
    this.values = new Array<T | undefined>(size).fill(undefined);
  }

  /** What was kept for `text`, or undefined. */
  get(text: string): T | undefined {
    const at = this.texts.indexOf(text);
    return at < 0 ? undefined : this.values[at];
  }

  /** Keeps `value` for `text`: in its place if it is kept already, else in the oldest's. */
  set(text: string, value: T): void {
    const kept = this.texts.indexOf(text);
    if (kept >= 0) {
      this.values[kept] = value;
      return;
    }
    this.texts[this.next] = text;
    this.values[this.next] = value;
    this.next = (this.next + 1) % this.texts.length;
  }
}
