/**
 * A small council report for the tests of proposals read against their base: a purpose of two
 * paragraphs, two options and an opinion, and a legality statement.
 */
import type { Node } from 'prosemirror-model';
import { doc, option, opinion, p, section, statement } from '../src/builders.js';

/** The report; `hours` is a word a proposal can change in its first paragraph. */
export function libraryReport(hours = 'weekly'): Node {
  return doc(
    section(
      { id: 'purpose', kind: 'purpose' },
      p({ id: 'purpose-1' }, `To agree the ${hours} opening hours of the district's libraries.`),
      p({ id: 'purpose-2' }, 'The current hours were set in 2019.'),
    ),
    section(
      { id: 'options', kind: 'options' },
      option({ id: 'o1', label: 'Option 1' }, 'Keep all branches open six days a week.'),
      option({ id: 'o2', label: 'Option 2' }, 'Close Eckington library on Mondays.'),
      opinion({ id: 'opinion-1' }, 'In my professional opinion Option 2 is affordable.'),
    ),
    section(
      { id: 'legal', kind: 'legal' },
      statement({ id: 'legal-1', kind: 'legality' }, 'The Council may lawfully vary the hours.'),
    ),
  );
}
