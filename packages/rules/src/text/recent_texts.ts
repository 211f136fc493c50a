/**
 * What was worked out for the last few texts, kept in a ring of fixed size: a text is looked up
 * by comparing it with each kept text, and keeping a new one overwrites the oldest.
 *
 * Not a Map with its oldest entry deleted at each insertion: under that churn V8 rebuilds the
 * Map's table again and again, and the tables it leaves behind, in the old generation, still
 * point at the values of their day, which then outlive every young-generation collection until
 * the next full one (measured in a proposal worker: 0.7 MB promoted per scavenge, and scavenges
 * of 1.7 ms instead of 0.5). The ring's two arrays live as long as it does, and a slot
 * overwritten lets go of its old value at once.
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
