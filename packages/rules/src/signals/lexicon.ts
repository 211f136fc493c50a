/**
 * Closed word classes of English that carry the substance of an officer's advice, or carry none.
 * General language only: nothing here names a report, a council or a case.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Words that turn a claim into its denial. `n't` covers can't, won't, doesn't... */
export const NEGATORS = set(`
  not n't no never none nor neither nothing nobody nowhere without cannot lack lacks lacking
  fail fails failed failure failures unable inability absent absence
  prevent prevents prevented preventing stop stops stopped stopping rather
`);

/**
 * Negators that are verbs of preventing: one only with what is prevented after it ("to stop the
 * building being sold", "prevents tenants from bidding"), not as a noun ("the mobile library's
 * stops").
 */
export const PREVENTING = set(`
  prevent prevents prevented preventing stop stops stopped stopping
`);

/**
 * Words that, like a negator, put what follows them in their clause in a negative light, so that
 * "or" after them means "nor" ("few losses in sales or research").
 */
export const NEGATIVE_SCOPE = set(`
  few little hardly scarcely barely seldom rarely
`);

/** Verbs that report what someone said or thought, in the past tense. */
export const REPORTING_VERBS = set(`
  said told stated announced reported claimed explained added confirmed warned predicted promised
  argued insisted noted thought believed agreed decided hoped feared knew felt indicated
  acknowledged admitted assured advised replied wrote
`);

/** Modal verbs and hedges: how sure, how binding. */
export const MODALS = set(`
  must should shall will would may might can could able ought need needs required require
  requires likely unlikely probably possibly perhaps certainly definitely clearly undoubtedly surely
  obviously evidently plainly undeniably unquestionably
  potentially possible impossible probable certain uncertain almost nearly approximately roughly
  appear appears appeared seem seems seemed suggest suggests suggested expect expects expected
  anticipate anticipated estimate estimated generally usually often sometimes rarely always
  occasionally typically largely mainly partly partially fully entirely wholly only slightly
  somewhat significantly substantially considerably marginally arguably
`);

/**
 * Of {@link MODALS}, those whose removal alone changes how binding or how sure a claim is
 * ("must", "likely"); dropping a looser one ("can", "often") is usually a tightening of style.
 */
export const BINDING_MODALS = set(`
  must should shall may might could would cannot need needs require requires required likely
  unlikely probably possibly perhaps certainly definitely clearly undoubtedly surely
`);

/**
 * Modals that mark a tense rather than how sure a claim is: "delivers" and "will deliver" make
 * the same claim. Where "will" replaces a hedge ("may", "likely"), the hedge removed is the signal.
 */
export const TENSE_MODALS = set(`
  will
`);

/**
 * Markers that say the same thing as each other: swapping one for another of its group keeps how
 * sure, how binding, how strong or how wide a claim is ("can" for "is able to", "typically" for
 * "usually", "every" for "all"). A present modal and its past form are a group too, because
 * swapping one for the other follows the tense, not the certainty.
 */
export const EQUIVALENT_MARKERS: readonly ReadonlySet<string>[] = [
  'will would',
  'shall should ought',
  'may might',
  'can could able',
  'may might could possibly perhaps potentially',
  'must need needs require requires required',
  'likely probably',
  'certainly definitely clearly undoubtedly surely obviously evidently plainly undeniably unquestionably',
  'almost nearly approximately roughly around about some circa c ca',
  'usually typically generally',
  'mainly largely',
  'partly partially',
  'fully entirely wholly completely totally',
  'appear appears appeared seem seems seemed',
  'expect expects expected anticipate anticipated',
  'significantly substantially considerably',
  'significant substantial considerable',
  'serious severe seriously severely',
  'essential vital critical',
  'support supports supported supporting endorse endorses favour favours favoured',
  'oppose opposes opposed opposing opposition object objects objected against',
  'all every entire whole',
  'but however although though',
  'if provided providing assuming',
  'unless except excepting',
  'until till',
  'most majority',
  'increase increases rise rises',
  'decrease decreases fall falls drop drops decline declines',
].map((group) => new Set(group.split(' ')));

/**
 * Words that, right before a figure, say it is approximate ("about 300", "around £2m", "some 40
 * residents", "c. 1885"); elsewhere they are prepositions, determiners or letters.
 */
export const APPROXIMATORS = set(`
  around about some circa c ca
`);

/**
 * Comparatives, loose scale words and the all-purpose intensifier "very", whose removal alone is
 * usually a tightening of style.
 */
export const LOOSE_SCALE_WORDS = set(`
  more most less better good important major large small key very
`);

/** Words that give a verdict or place something on a scale; changing one turns the verdict. */
export const VERDICT_WORDS = set(`
  lawful unlawful legal illegal legally unlawfully lawfully compliant noncompliant breach breaches
  affordable unaffordable prudent imprudent sustainable unsustainable viable unviable feasible
  unfeasible reasonable unreasonable proportionate disproportionate appropriate inappropriate
  adequate inadequate sufficient insufficient fair unfair safe unsafe robust
  support supports supported supporting oppose opposes opposed opposing object objects objected
  recommend recommends recommended endorse endorses reject rejects rejected agree agrees
  disagree disagrees favour favours favoured against opposition
  high higher highest low lower lowest medium moderate significant insignificant minimal minor
  major serious severe substantial considerable negligible limited modest small large
  best worst better worse good poor strong stronger weak weaker most least more less excellent
  outstanding
  effective ineffective efficient inefficient successful unsuccessful beneficial harmful
  positive negative favourable unfavourable acceptable unacceptable essential necessary
  unnecessary critical vital important key increase increases decrease decreases rise rises fall
  falls drop drops decline declines
  strongly firmly highly very extremely seriously completely absolutely particularly greatly
  deeply totally
`);

/** Prefixes that turn a word into its opposite: lawful/unlawful, proportionate/disproportionate. */
export const NEGATING_PREFIXES = ['un', 'in', 'im', 'il', 'ir', 'dis', 'non', 'non-'] as const;

/** Words that attach a condition or a limit to a claim. */
export const CONDITIONS = set(`
  if unless provided providing subject conditional condition conditions except excepting until till
  assuming although though however but only
`);

/**
 * Function words: articles, prepositions, conjunctions, pronouns and auxiliaries. Adding or
 * dropping one is a 7.5(4) fix; modals, negators, quantifiers and condition words are not here.
 */
export const FUNCTION_WORDS = set(`
  a an the this that these those it its it's they them their theirs there here
  of to in on at by for from with into onto upon about over under between among through during
  within across along around before after above below off out up down via per towards toward
  and as so then also too thus therefore hence both
  is are was were be been being am has have had having do does did done
  which who whom whose what where when while whilst
  s 's
`);

/**
 * Words that link one claim to another, as its reason or its contrast: no claim of their own
 * ("A. B." joined as "A, because B" or "B, whereas A" says the same things), but not a slip a
 * typing fix may add or drop either.
 */
export const LINK_WORDS = set(`
  because whereas
`);

/** Determiners: they open a noun phrase, so a word right after one is read as a noun. */
export const DETERMINERS = set(`
  the a an this these those their our its his her your my no any some such each every many
`);

/** Personal pronouns: no claim of their own, but swapping one changes who is speaking. */
export const PRONOUNS = set(`
  i me my mine myself we us our ours ourselves you your yours he him his she her hers they them
  their theirs one ones someone anyone everyone
`);

/**
 * Quantifiers that fix how much of something a claim covers ("most tenants", "all branches").
 * Vague ones ("some", "several", "any") are left out: dropping them is usually tightening.
 */
export const QUANTIFIERS = set(`
  all every most majority minority half whole entire
`);

/**
 * Connectives of more than one word: they link what comes before to what follows ("For example,
 * ...", "As a result, ...") and carry no claim, though some of their words would on their own
 * ("example", "result", "hand").
 */
export const CONNECTIVE_PHRASES: readonly string[] = [
  'as well as',
  'for example',
  'for instance',
  'in addition',
  'in fact',
  'in contrast',
  'by contrast',
  'on the other hand',
  'on the contrary',
  'as a result',
  'as a consequence',
  'in other words',
  'in practice',
  'in turn',
  'of course',
  'above all',
  'first of all',
  'in summary',
  'in conclusion',
  'to sum up',
  'in the meantime',
  'even so',
  'for this reason',
  'for these reasons',
  'for that reason',
  'for those reasons',
];

/** Of the connectives, those that are one only when a comma follows them. */
export const CONNECTIVES_BEFORE_COMMA: readonly string[] = ['in particular', 'in short'];

/**
 * Words commonly typed for one another (homophones, and slips that make another real word): a
 * member asking for one to be put right for the other corrects a typing error, which no
 * dictionary can see because both are words. Pairs whose swap changes what is said as often as it
 * corrects it ("council"/"counsel", "accept"/"except", "ensure"/"insure") are left out.
 */
export const CONFUSABLES: readonly ReadonlySet<string>[] = [
  "their there they're",
  "your you're",
  "whose who's",
  'then than',
  'to too',
  'were where',
  'lose loose',
  'quiet quite',
  'weather whether',
  'past passed',
  'form from',
  'led lead',
  'affect effect',
  'affects effects',
  'affected effected',
  'principal principle',
  'principals principles',
  'complement compliment',
  'complementary complimentary',
  'stationary stationery',
  'discreet discrete',
  'dependant dependent',
  'advice advise',
  'practice practise',
  'licence license',
  'breath breathe',
].map((group) => new Set(group.split(' ')));

/**
 * Words of where or which way, each with its opposites: in ordinary text one swapped for another
 * puts a fact right ("to the north of the village" for "south").
 */
export const OPPOSITES: readonly ReadonlySet<string>[] = [
  'north south east west',
  'northern southern eastern western',
  'increase decrease reduce',
  'increased decreased reduced',
  'increases decreases reduces',
  'rise fall',
  'rose fell',
  'higher lower',
  'before after',
  'above below',
  'earlier later',
].map((group) => new Set(group.split(' ')));

/** Month names, for telling a date change from other figures. */
export const MONTHS = set(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
`);

/** Number words, read as figures. */
export const NUMBER_WORDS = new Map<string, number>(
  `zero _ two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
  sixteen seventeen eighteen nineteen twenty`
    .trim()
    .split(/\s+/)
    .map((word, i) => [word, i] as const)
    .filter(([word]) => word !== '_') // "one" is as often a pronoun as a number
    .concat([
      ['thirty', 30],
      ['forty', 40],
      ['fifty', 50],
      ['sixty', 60],
      ['seventy', 70],
      ['eighty', 80],
      ['ninety', 90],
      ['hundred', 100],
      ['thousand', 1000],
      ['million', 1e6],
      ['billion', 1e9],
      ['half', 0.5],
      ['quarter', 0.25],
      ['double', 2],
      ['twice', 2],
      ['triple', 3],
      ['third', 3],
      ['fourth', 4],
      ['fifth', 5],
      ['sixth', 6],
      ['seventh', 7],
      ['eighth', 8],
      ['ninth', 9],
      ['tenth', 10],
      ['eleventh', 11],
      ['twelfth', 12],
      ['thirteenth', 13],
      ['fourteenth', 14],
      ['fifteenth', 15],
      ['sixteenth', 16],
      ['seventeenth', 17],
      ['eighteenth', 18],
      ['nineteenth', 19],
      ['twentieth', 20],
      ['thirtieth', 30],
      ['fortieth', 40],
      ['fiftieth', 50],
      ['sixtieth', 60],
      ['seventieth', 70],
      ['eightieth', 80],
      ['ninetieth', 90],
      ['hundredth', 100],
    ] as const),
);
