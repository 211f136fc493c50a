/**
 * The two demo reports, written with the rules' builders: a Cabinet report on the grounds
 * maintenance of parks, and a committee report on garden waste charges with a member's proposal
 * waiting for the author. Every block has an explicit id, as the editor would give it.
 */
import { builders } from '@probity/rules';
import type { Node } from 'prosemirror-model';

const {
  doc,
  section,
  heading,
  p,
  option,
  opinion,
  statement,
  consultation,
  recommendation,
  table,
  tr,
  th,
  td,
} = builders;

/** The grounds maintenance report for Cabinet. */
export function parksReport(): Node {
  return doc(
    section(
      { id: 'pk-s1', kind: 'purpose' },
      heading({ id: 'pk-h1' }, '1. Purpose of the report'),
      p(
        { id: 'pk-p1' },
        'To seek Cabinet approval for the way grounds maintenance of the district’s 46 parks and open spaces is delivered from April 2027, when the current contract ends.',
      ),
    ),
    section(
      { id: 'pk-s2', kind: 'recommendations' },
      heading({ id: 'pk-h2' }, '2. Recommendations'),
      recommendation(
        { id: 'pk-r1' },
        'That Cabinet approves Option 2, bringing grounds maintenance back in house from 1 April 2027.',
      ),
      recommendation(
        { id: 'pk-r2' },
        'That Cabinet delegates authority to the Director of Place, in consultation with the Portfolio Holder for Environment, to agree the transfer of staff and equipment.',
      ),
    ),
    section(
      { id: 'pk-s3', kind: 'reasons' },
      heading({ id: 'pk-h3' }, '3. Reasons for the recommendations'),
      p(
        { id: 'pk-p2' },
        'The current contract with Greenway Services ends on 31 March 2027 and cannot be extended further.',
      ),
      opinion(
        { id: 'pk-op1', officer: 'author' },
        'In my professional opinion Option 2 gives the Council the most control over standards at a cost that is affordable within the approved budget.',
        'Option 3 is likely to cost more over five years because the market has few bidders and prices have risen sharply.',
      ),
    ),
    section(
      { id: 'pk-s4', kind: 'options' },
      heading({ id: 'pk-h4' }, '4. Alternative options considered'),
      option(
        { id: 'pk-o1', label: 'Option 1', recommended: false },
        'Extend the current contract by negotiation. The contract allows no further extension, so this option is not available without a new procurement.',
      ),
      option(
        { id: 'pk-o2', label: 'Option 2', recommended: true },
        'Bring the service in house, transferring 38 staff under TUPE and buying the equipment at book value.',
      ),
      option(
        { id: 'pk-o3', label: 'Option 3', recommended: false },
        'Re-tender the contract for seven years from April 2027.',
      ),
    ),
    section(
      { id: 'pk-s5', kind: 'background' },
      heading({ id: 'pk-h5' }, '5. Background'),
      p(
        { id: 'pk-p3' },
        'The Council manages 46 parks and open spaces covering 312 hectares, including 14 play areas and 9 sports pitches.',
      ),
      p({ id: 'pk-p4' }, 'Resident satisfaction with parks fell from 81% in 2022 to 67% in 2025.'),
    ),
    section(
      { id: 'pk-s6', kind: 'consultation' },
      heading({ id: 'pk-h6' }, '6. Consultation'),
      consultation(
        { id: 'pk-c1', source: 'Friends of Parks forum, May 2026' },
        'The forum supports bringing the service in house provided that the volunteer programmes continue.',
      ),
    ),
    section(
      { id: 'pk-s7', kind: 'financial' },
      heading({ id: 'pk-h7' }, '7. Financial implications'),
      p({ id: 'pk-p5' }, 'The current contract costs £1.92m a year.'),
      table(
        { id: 'pk-t1' },
        tr(
          { id: 'pk-t1-r0' },
          th({ id: 'pk-t1-h1' }, 'Option'),
          th({ id: 'pk-t1-h2' }, 'Annual cost from 2027/28'),
        ),
        tr(
          { id: 'pk-t1-r1' },
          td({ id: 'pk-t1-c1' }, 'Option 2'),
          td({ id: 'pk-t1-c2' }, '£1.88m'),
        ),
        tr(
          { id: 'pk-t1-r2' },
          td({ id: 'pk-t1-c3' }, 'Option 3'),
          td({ id: 'pk-t1-c4' }, '£2.10m (estimate)'),
        ),
      ),
      statement(
        { id: 'pk-st1', kind: 'financial_prudence', officer: 'chief_finance_officer' },
        'The Chief Finance Officer advises that Option 2 can be met from the existing budget, with one-off transition costs of £240,000 met from the transformation reserve.',
      ),
    ),
    section(
      { id: 'pk-s8', kind: 'legal' },
      heading({ id: 'pk-h8' }, '8. Legal implications'),
      statement(
        { id: 'pk-st2', kind: 'legality', officer: 'monitoring_officer' },
        'The transfer of staff is subject to the Transfer of Undertakings (Protection of Employment) Regulations 2006. The Monitoring Officer is satisfied that Options 2 and 3 are lawful.',
      ),
    ),
    section(
      { id: 'pk-s9', kind: 'key_decision' },
      heading({ id: 'pk-h9' }, '9. Key decision'),
      statement(
        { id: 'pk-st3', kind: 'key_decision', officer: 'author' },
        'This is a key decision because it involves expenditure of more than £500,000 and affects all wards.',
      ),
    ),
  );
}

/** The garden waste report; `proposed` gives the member's version of it. */
export function gardenWasteReport(proposed = false): Node {
  return doc(
    section(
      { id: 'gw-s1', kind: 'purpose' },
      heading({ id: 'gw-h1' }, '1. Purpose of the report'),
      p(
        { id: 'gw-p1' },
        proposed
          ? 'To ask the Committee to set the charge for the garden waste collection service for 2027/28.'
          : 'To ask the the Committee to set the charge for the garden waste collection service for 2027/28.',
      ),
    ),
    section(
      { id: 'gw-s2', kind: 'recommendations' },
      heading({ id: 'gw-h2' }, '2. Recommendations'),
      recommendation(
        { id: 'gw-r1' },
        'That the Committee sets the annual charge for garden waste collection at £52 for 2027/28.',
      ),
      recommendation(
        { id: 'gw-r2' },
        'That a concession of 50% continues for households receiving Council Tax Support.',
      ),
    ),
    section(
      { id: 'gw-s3', kind: 'reasons' },
      heading({ id: 'gw-h3' }, '3. Reasons for the recommendations'),
      opinion(
        { id: 'gw-op1', officer: 'author' },
        'In my professional opinion a charge of £52 recovers the full cost of the service without reducing take-up significantly.',
      ),
    ),
    section(
      { id: 'gw-s4', kind: 'options' },
      heading({ id: 'gw-h4' }, '4. Options'),
      option(
        { id: 'gw-o1', label: 'Option 1', recommended: false },
        'Keep the charge at £48. The service would need a subsidy of about £96,000 a year.',
      ),
      option(
        { id: 'gw-o2', label: 'Option 2', recommended: true },
        'Raise the charge to £52, recovering the full cost of the service.',
      ),
    ),
    section(
      { id: 'gw-s5', kind: 'background' },
      heading({ id: 'gw-h5' }, '5. Background'),
      p(
        { id: 'gw-p2' },
        proposed
          ? 'About 24,000 households subscribe to the service, which runs fortnightly from March to November.'
          : 'About 24,000 housholds subscribe to the service, which runs fortnightly from March to November.',
      ),
    ),
    section(
      { id: 'gw-s6', kind: 'consultation' },
      heading({ id: 'gw-h6' }, '6. Consultation'),
      consultation(
        { id: 'gw-c1', source: 'Residents’ panel, June 2026' },
        '62% of panel members said a charge of up to £55 would be reasonable.',
      ),
    ),
    section(
      { id: 'gw-s7', kind: 'financial' },
      heading({ id: 'gw-h7' }, '7. Financial implications'),
      p(
        { id: 'gw-p3' },
        proposed
          ? 'The service costs £1.25m a year to run, including vehicles, crews and disposal.'
          : 'The service costs £1.24m a year to run, including vehicles, crews and disposal.',
      ),
      statement(
        { id: 'gw-st1', kind: 'financial_prudence', officer: 'chief_finance_officer' },
        'The Chief Finance Officer advises that a subsidised charge would add to the budget gap in 2027/28.',
      ),
    ),
    section(
      { id: 'gw-s8', kind: 'legal' },
      heading({ id: 'gw-h8' }, '8. Legal implications'),
      statement(
        { id: 'gw-st2', kind: 'legality', officer: 'monitoring_officer' },
        'Section 45 of the Environmental Protection Act 1990 allows the Council to charge for the collection of garden waste. Both options are lawful.',
      ),
    ),
  );
}
