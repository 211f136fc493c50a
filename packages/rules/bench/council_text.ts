/**
 * Sentences that read like an English council's committee report, drawn from templates with
 * seeded fillers: services, places, sums of money, percentages, dates, options and the modal and
 * verdict words that officers' opinions turn on. Nothing here is taken from the labelled corpus;
 * the point is realistic length, vocabulary and shape, so the classifier does the work it does on
 * real reports.
 */
import type { StatementKind } from '../src/index.js';
import type { Random } from './random.js';

const SERVICES = [
  'library service',
  'household waste collection',
  'garden waste service',
  'street lighting programme',
  'leisure centre contract',
  'community transport scheme',
  'planning enforcement team',
  'housing repairs service',
  'parks maintenance contract',
  'homelessness prevention service',
  'school crossing patrol service',
  'public conveniences',
] as const;

const PLACES = [
  'the north of the district',
  'the town centre',
  'the rural parishes',
  'the eastern wards',
  'Eckington',
  'Killamarsh',
  'Dronfield',
  'Clay Cross',
  'the southern villages',
  'the market towns',
] as const;

const GROUPS = [
  'older residents',
  'families with young children',
  'disabled residents',
  'people without access to a car',
  'tenants of council housing',
  'small businesses',
  'parish councils',
  'young people',
] as const;

const ACTIONS = [
  'reducing opening hours at the smallest sites',
  'moving to a fortnightly collection',
  'transferring the service to a community trust',
  'retendering the contract on a five-year term',
  'introducing a charge for the service',
  'merging the two depots at a single site',
  'keeping the current arrangements unchanged',
  'extending the service to weekends',
  'sharing the service with a neighbouring council',
  'replacing the fleet with electric vehicles',
] as const;

const SOURCES = [
  'Public consultation survey',
  'Parish councils',
  'Trade unions',
  'Friends of the Library group',
  'Residents association',
  'Youth council',
  'Chamber of commerce',
  'Disability forum',
] as const;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const RISK = ['high', 'moderate', 'low', 'significant'] as const;
const MODALS = ['will', 'would', 'is likely to', 'may', 'should'] as const;

function money(random: Random): string {
  const thousands = random.between(5, 950);
  return random.chance(0.2)
    ? `£${(thousands / 100).toFixed(1)}m`
    : `£${thousands.toLocaleString('en-GB')},${String(random.int(10) * 100).padStart(3, '0')}`;
}

function percent(random: Random): string {
  return `${random.between(2, 85)}%`;
}

function date(random: Random): string {
  return `${random.between(1, 28)} ${random.pick(MONTHS)} ${random.between(2025, 2029)}`;
}

function year(random: Random): string {
  const start = random.between(2024, 2029);
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

function count(random: Random): string {
  return random.between(3, 4800).toLocaleString('en-GB');
}

/** A background or narrative sentence with facts, dates and figures. */
export function backgroundSentence(random: Random): string {
  const service = random.pick(SERVICES);
  const place = random.pick(PLACES);
  switch (random.int(8)) {
    case 0:
      return `The ${service} currently serves around ${count(random)} households across ${place}, with ${count(random)} visits recorded in ${year(random)}.`;
    case 1:
      return `Demand for the ${service} has fallen by ${percent(random)} since ${year(random)}, although use by ${random.pick(GROUPS)} has remained steady.`;
    case 2:
      return `In ${year(random)} the ${service} cost ${money(random)} to run, of which ${percent(random)} was staffing and the remainder premises and transport.`;
    case 3:
      return `Officers met representatives of ${random.pick(GROUPS)} in ${place} on ${date(random)} to discuss how the ${service} could be delivered differently.`;
    case 4:
      return `The Council's Corporate Plan commits it to maintaining access to the ${service} for ${random.pick(GROUPS)} wherever that can be afforded.`;
    case 5:
      return `A review of the ${service} was reported to the Scrutiny Committee on ${date(random)}, which asked officers to set out a wider range of options.`;
    case 6:
      return `The existing agreement for the ${service} expires on ${date(random)} and cannot be extended further without a new procurement exercise.`;
    default:
      return `Benchmarking against ${random.between(3, 12)} comparable councils shows that unit costs for the ${service} in ${place} are ${percent(random)} above the median.`;
  }
}

/** A short bullet-point item. */
export function listItem(random: Random): string {
  switch (random.int(4)) {
    case 0:
      return `${capitalise(random.pick(ACTIONS))} from ${date(random)}`;
    case 1:
      return `A saving of ${money(random)} in ${year(random)}`;
    case 2:
      return `Engagement with ${random.pick(GROUPS)} in ${random.pick(PLACES)}`;
    default:
      return `Monitoring of the ${random.pick(SERVICES)} each quarter`;
  }
}

/** The text of an option put to the decision-maker. */
export function optionSentence(random: Random): string {
  const service = random.pick(SERVICES);
  switch (random.int(4)) {
    case 0:
      return `${capitalise(random.pick(ACTIONS))} for the ${service}, which would save ${money(random)} a year from ${year(random)}.`;
    case 1:
      return `This option ${random.pick(MODALS)} affect ${random.pick(GROUPS)} in ${random.pick(PLACES)} most, and would require a further consultation lasting ${random.between(4, 12)} weeks.`;
    case 2:
      return `Implementation would begin on ${date(random)} and take around ${random.between(3, 18)} months, at a one-off cost of ${money(random)}.`;
    default:
      return `Under this option the ${service} would continue in ${random.pick(PLACES)} but with ${percent(random)} fewer staff hours.`;
  }
}

/** An officer's professional opinion: modals, hedges, verdict words and figures. */
export function opinionSentence(random: Random, options: number): string {
  const n = random.between(1, Math.max(1, options));
  switch (random.int(5)) {
    case 0:
      return `In my professional opinion Option ${n} offers the best balance between the savings required and the Council's duty to provide an accessible ${random.pick(SERVICES)}.`;
    case 1:
      return `Option ${n} ${random.pick(MODALS)} leave ${random.pick(GROUPS)} in ${random.pick(PLACES)} without reasonable access and carries a ${random.pick(RISK)} risk of legal challenge.`;
    case 2:
      return `I do not consider that the savings from Option ${n} can be achieved before ${year(random)}, because the current contract cannot be ended earlier.`;
    case 3:
      return `The forecast saving of ${money(random)} is achievable only if take-up falls by no more than ${percent(random)}, which I regard as unlikely.`;
    default:
      return `On balance I advise that Option ${n} is affordable within the medium-term financial plan, provided the one-off costs are met from reserves.`;
  }
}

/** A statement by the Monitoring Officer, Chief Finance Officer or author on `topic`. */
export function statementSentence(random: Random, topic: StatementKind, options: number): string {
  const n = random.between(1, Math.max(1, options));
  switch (topic) {
    case 'legality':
      return random.chance(0.5)
        ? `The Monitoring Officer advises that Option ${n} would be at significant risk of being found unlawful, because it would not meet the Council's statutory duty.`
        : `The Monitoring Officer is satisfied that the recommended option is within the Council's powers under the Localism Act 2011.`;
    case 'fairness':
      return `An equality impact assessment has found that the proposal would have a disproportionate effect on ${random.pick(GROUPS)}, which the mitigation in paragraph ${random.between(4, 30)} would reduce but not remove.`;
    case 'financial_prudence':
      return `The Chief Finance Officer advises that relying on ${money(random)} of reserves to balance the ${year(random)} budget would not be prudent.`;
    case 'key_decision':
      return `This is a key decision because it results in savings of more than ${money(random)} and affects communities in two or more wards.`;
    case 'policy_framework':
      return `The proposal is consistent with the Council's policy framework and the Corporate Plan adopted on ${date(random)}.`;
    case 'budget_framework':
      return `The recommended option can be delivered within the approved budget for ${year(random)}.`;
  }
}

/** A response received in consultation, with figures. */
export function consultationSentence(random: Random): string {
  switch (random.int(3)) {
    case 0:
      return `${count(random)} people responded to the survey; ${percent(random)} disagreed with ${random.pick(ACTIONS)} and ${percent(random)} agreed.`;
    case 1:
      return `Respondents from ${random.pick(PLACES)} said the change would make it harder for ${random.pick(GROUPS)} to use the ${random.pick(SERVICES)}.`;
    default:
      return `"We are concerned that the proposal does not take account of ${random.pick(GROUPS)}, and we ask the Council to think again."`;
  }
}

/** A recommendation to the decision-maker. */
export function recommendationSentence(random: Random, options: number): string {
  switch (random.int(3)) {
    case 0:
      return `That Cabinet approves Option ${random.between(1, Math.max(1, options))}, ${random.pick(ACTIONS)} with effect from ${date(random)}.`;
    case 1:
      return `That Cabinet delegates authority to the Director of Place, in consultation with the Portfolio Holder, to agree the detailed arrangements for the ${random.pick(SERVICES)}.`;
    default:
      return `That a further report on the ${random.pick(SERVICES)} is brought to Cabinet in ${year(random)}.`;
  }
}

/** A short new paragraph a member might ask to have added. */
export function addedSentence(random: Random): string {
  return `Members have also asked that the report note the views of ${random.pick(GROUPS)} in ${random.pick(PLACES)} on the ${random.pick(SERVICES)}.`;
}

/** A row label for a cost table. */
export function costLine(random: Random): string {
  return random.pick([
    'Staffing',
    'Premises',
    'Transport',
    'Supplies and services',
    'Income from charges',
    'One-off implementation',
    'Net saving',
  ] as const);
}

/** An amount for a cost table cell. */
export function costCell(random: Random): string {
  return money(random);
}

/** A financial year label, e.g. "2026/27". */
export function financialYear(random: Random): string {
  return year(random);
}

/** The name of a consultation source. */
export function consultationSource(random: Random): string {
  return random.pick(SOURCES);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
