/** Verdicts, in rising severity, and how several combine into one. */

/** `permitted` by the protocol, for `review` by the report author, or `forbidden` outright. */
export const VERDICTS = ['permitted', 'review', 'forbidden'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** The more severe of two verdicts. */
export function moreSevere(base: Verdict, other: Verdict): Verdict {
  return VERDICTS.indexOf(other) > VERDICTS.indexOf(base) ? other : base;
}

/** The most severe of `verdicts`; `permitted` when there are none. */
export function mostSevere(verdicts: Iterable<Verdict>): Verdict {
  let worst: Verdict = 'permitted';
  for (const verdict of verdicts) worst = moreSevere(worst, verdict);
  return worst;
}
