/** Small report bodies for the integration tests, built with the rules' builders. */
import { builders } from '@probity/rules';

const { doc, section, p, option, opinion, statement, consultation, recommendation } = builders;

/** The pieces of the test report a test may change. */
export interface Variant {
  readonly background?: string;
  readonly budget?: string;
  readonly withOption3?: boolean;
  readonly purpose?: string;
  readonly withOpinion?: boolean;
}

/** A compact but complete report body, as JSON; `variant` changes one piece at a time. */
export function reportBody(variant: Variant = {}): unknown {
  return doc(
    section(
      { id: 's-purpose', kind: 'purpose' },
      p(
        { id: 'purpose' },
        variant.purpose ?? 'To decide the future opening hours of the branch libraries.',
      ),
    ),
    section(
      { id: 's-recs', kind: 'recommendations' },
      recommendation(
        { id: 'rec-1' },
        'That Cabinet approves Option 2, reducing opening hours at the six smallest branches.',
      ),
    ),
    section(
      { id: 's-reasons', kind: 'reasons' },
      ...(variant.withOpinion === false
        ? []
        : [
            opinion(
              { id: 'op-1', officer: 'author' },
              'In my professional opinion Option 2 is the best balance between the savings needed and the statutory duty.',
            ),
          ]),
    ),
    section(
      { id: 's-options', kind: 'options' },
      option(
        { id: 'opt-1', label: 'Option 1', recommended: false },
        'Make no change to opening hours.',
      ),
      option(
        { id: 'opt-2', label: 'Option 2', recommended: true },
        'Reduce opening hours at the six smallest branches from 42 to 30 hours a week.',
      ),
      ...(variant.withOption3 === false
        ? []
        : [
            option(
              { id: 'opt-3', label: 'Option 3', recommended: false },
              'Close the three branches with the lowest footfall and keep the others at their current hours.',
            ),
          ]),
    ),
    section(
      { id: 's-background', kind: 'background' },
      p(
        { id: 'bg-1' },
        variant.background ??
          'The the district has eleven branch libraries and one mobile library.',
      ),
    ),
    section(
      { id: 's-consultation', kind: 'consultation' },
      consultation(
        { id: 'cons-1', source: 'Public consultation, spring 2026' },
        '71% of respondents disagreed with closing any branch library.',
      ),
    ),
    section(
      { id: 's-financial', kind: 'financial' },
      p(
        { id: 'fin-1' },
        variant.budget ?? 'The proposed budget for the Library Service in 2026/27 is £3.86m.',
      ),
    ),
    section(
      { id: 's-legal', kind: 'legal' },
      statement(
        { id: 'st-1', kind: 'legality', officer: 'monitoring_officer' },
        'The Council has a statutory duty to provide a comprehensive and efficient library service.',
      ),
    ),
  ).toJSON();
}

/** The fields of a new report, around `body`. */
export function newReport(memberId: string, body: unknown = reportBody()) {
  return {
    title: 'Library opening hours 2026/27',
    decisionMaker: 'Cabinet',
    memberId,
    keyDecision: true,
    statutory: false,
    body,
  };
}

/** The officer's own second draft. */
export const OFFICER_EDIT: Variant = {
  purpose: 'To decide the future opening hours of the eleven branch libraries.',
};

/** A proposal against the officer's draft with a permitted, a review and a forbidden change. */
export const MIXED_PROPOSAL: Variant = {
  ...OFFICER_EDIT,
  background: 'The district has eleven branch libraries and one mobile library.',
  budget: 'The proposed budget for the Library Service in 2026/27 is £3.95m.',
  withOption3: false,
};
