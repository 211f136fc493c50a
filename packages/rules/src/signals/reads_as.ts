/**
 * Whether untagged text plainly reads as one of the protected kinds: legal or other designated
 * advice (lawfulness, legal challenge, key decisions, the equality duty, prudence), an officer's
 * professional opinion ("in my professional opinion", "officers consider"), or a quoted
 * consultation response. Only plain, general markers: a paragraph that merely mentions an Act or
 * a consultation does not count, so that ordinary background stays ordinary.
 */

import { keptByNode } from '../text/kept_by_node.js';

/** The protected kind untagged text reads as. */
export type ReadsAs = 'statement' | 'opinion' | 'consultation';

const STATEMENT =
  /\b(un)?lawful(ly)?\b|\billegal(ly)?\b|\blegal (challenge|advice|risk)\b|\bjudicial review\b|\bultra vires\b|\bkey decision\b|\bequality duty\b|\bcontrary to the (council's )?(policy|budget) framework\b|\b(im)?prudent\b|\bsection 151 officer\b|\bmonitoring officer (advises|has advised|considers)\b|\bexpose[sd]? (the council|the authority|it) to\b|\b(legally )?liable\b/i;

const OPINION =
  /\bin (my|our) (professional )?(opinion|view|judgement|judgment)\b|\bin the (professional )?(opinion|view|judgement|judgment) of (the )?(officers?|report author|author|director|head of)\b|\b(I|we) (consider|believe|advise|recommend|am satisfied|are satisfied)\b|\bofficers? (consider|advise|believe|recommend|are of the (view|opinion)|are satisfied)\b|\bit is (my|our|the officers'|officers') (professional )?(view|opinion|advice|judgement|judgment)\b|\bofficers'? (view|advice|assessment) is\b/i;

const QUOTED = /[“"][^”"]{15,}[”"]/;
const QUOTES = /[“"][^”"]*[”"]/g;
const RESPONSE =
  /\b(said|says|told|responded|commented|wrote|stated|representations?|objections?|respondents?|consultees?)\b/i;

/** The protected kind `text` reads as, or null for ordinary text. */
export function readsAs(text: string): ReadsAs | null {
  // Words inside a quotation are the respondent's: "We believe..." quoted from a land trust is
  // a consultation response, not an officer's opinion.
  const outside = text.replace(QUOTES, ' ');
  if (STATEMENT.test(outside)) return 'statement';
  if (OPINION.test(outside)) return 'opinion';
  if (QUOTED.test(text) && RESPONSE.test(text)) return 'consultation';
  if (STATEMENT.test(text)) return 'statement';
  if (OPINION.test(text)) return 'opinion';
  return null;
}

/**
 * {@link readsAs} of `text`, the plain text of `node` (or null), kept with the node: a base block
 * changed in proposal after proposal is read once.
 */
export const readsAsOf = keptByNode(readsAs);
