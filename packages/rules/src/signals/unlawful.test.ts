import { describe, expect, it } from 'vitest';
import { doc, section, statement } from '../builders.js';
import { adoptsCourse, optionRefs, unlawfulCourses, unlawfulOptions } from './unlawful.js';

const legal = (text: string, kind = 'legality') =>
  doc(section('legal', statement({ id: 's', kind }, text)));

describe('unlawfulOptions', () => {
  it('finds the option a legality statement warns against, clause by clause', () => {
    expect([
      ...unlawfulOptions(legal('Options 1, 2 and 4 are lawful, but Option 3 would be unlawful.')),
    ]).toEqual(['3']);
    expect([
      ...unlawfulOptions(
        legal(
          'Option 3, without a needs assessment, would be at significant risk of being found unlawful.',
        ),
      ),
    ]).toEqual(['3']);
    expect([...unlawfulOptions(legal('Option 3 would breach that duty.'))]).toEqual(['3']);
  });

  it('takes the options of the sentence before when the warning refers back to them', () => {
    expect([
      ...unlawfulOptions(
        legal(
          'Option 6 would record every passenger. That would be disproportionate, and a policy requiring it would be at significant risk of being found unlawful.',
        ),
      ),
    ]).toEqual(['6']);
    expect([
      ...unlawfulOptions(
        legal(
          'Options 1 and 2 are lawful. Closing a branch without consultation would be unlawful.',
        ),
      ),
    ]).toEqual([]);
    expect([
      ...unlawfulOptions(
        legal('Option 2 saves most. Any closure without consultation is unlawful.'),
      ),
    ]).toEqual([]);
  });

  it('ignores options called lawful, and statements of other kinds', () => {
    expect([...unlawfulOptions(legal('Options 1 and 2 are lawful.'))]).toEqual([]);
    expect([...unlawfulOptions(legal('Option 1 would be unlawful.', 'fairness'))]).toEqual([]);
  });

  it('reads lists of option numbers and letters', () => {
    expect(optionRefs('Options 1, 2 and 4; option B')).toEqual(['1', '2', '4', 'B']);
  });
});

describe('adoptsCourse', () => {
  const course =
    'Exclude from the housing register any applicant with housing-related debt of more than £500, with no exceptions.';

  it('finds a recommendation that newly takes up most of the course in its own words', () => {
    expect(
      adoptsCourse(
        'That the Committee approves the revised Housing Allocations Policy (Option 2).',
        'That the Committee approves the revised Housing Allocations Policy (Option 2), amended so that any applicant with housing-related debt of more than £500 is excluded from the register.',
        [course],
      ),
    ).toBe(true);
    expect(
      adoptsCourse('That Cabinet notes the report.', 'That Cabinet excludes debtors.', [
        'Exclude debtors.',
      ]),
    ).toBe(true);
  });

  it('reads what the warning sentence says the option does, figures included', () => {
    const base = doc(
      section(
        'legal',
        statement(
          { id: 's', kind: 'legality' },
          'The Monitoring Officer advises that Option 4, which would transfer £209,000 from the Housing Revenue Account to the General Fund, would be unlawful.',
        ),
      ),
    );
    const courses = unlawfulCourses(base);
    const before = 'That Cabinet uses £460,000 of reserves to balance the General Fund.';
    expect(
      adoptsCourse(
        before,
        'That Cabinet uses £251,000 of reserves and a transfer of £209,000 from the Housing Revenue Account to balance the General Fund.',
        courses,
      ),
    ).toBe(true);
    expect(
      adoptsCourse(
        before,
        'That Cabinet uses £460,000 of reserves to balance the General Fund, and reviews the Housing Revenue Account.',
        courses,
      ),
    ).toBe(false);
  });

  it('does not count words the recommendation already had, nor a passing mention', () => {
    expect(
      adoptsCourse(
        'That the Committee approves the revised Housing Allocations Policy (Option 2).',
        'That the Committee approves the revised Housing Allocations Policy (Option 2), and that applicants in debt are offered advice.',
        [course],
      ),
    ).toBe(false);
    expect(adoptsCourse(course, `${course} From 1 April.`, [course])).toBe(false);
  });
});
