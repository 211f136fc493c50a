import { describe, expect, it } from 'vitest';
import { compareSubstance, isOtherForm } from './substance.js';

describe('compareSubstance', () => {
  it('sees a negation added or removed, but not one negator swapped for another', () => {
    expect(compareSubstance('It will succeed.', 'It will not succeed.').negation).toEqual(['+not']);
    expect(compareSubstance('It has no effect.', 'It does not have an effect.').negation).toEqual(
      [],
    );
  });

  it('sees a word swapped for its opposite made with a prefix as a negation', () => {
    expect(
      compareSubstance('The cost is proportionate.', 'The cost is disproportionate.').negation,
    ).toEqual(['-proportionate', '+disproportionate']);
  });

  it('does not read a word that merely starts like a prefix as a negation (to/into, form/inform)', () => {
    expect(
      compareSubstance('Staff moved to the hall.', 'Staff moved into the hall.').negation,
    ).toEqual([]);
    expect(compareSubstance('Use the form.', 'We inform them.').negation).toEqual([]);
    expect(compareSubstance('The bid is fair.', 'The bid is unfair.').negation).toEqual([
      '-fair',
      '+unfair',
    ]);
  });

  it('sees an intensifier dropped as a verdict softened', () => {
    expect(compareSubstance('We strongly oppose it.', 'We oppose it.').verdict).toEqual([
      '-strongly',
    ]);
  });

  it('sees modals, hedges and verdict words change', () => {
    const change = compareSubstance('It is likely to be lawful.', 'It will be unlawful.');
    expect(change.modal).toEqual(['-likely', '+will']);
    expect(change.verdict).toEqual(['-lawful', '+unlawful']);
  });

  it('compares figures by value and kind, reading number words and ordinals', () => {
    expect(compareSubstance('costs £3,000 a year', 'costs £3000 a year').figures).toEqual([]);
    expect(
      compareSubstance('a twelve-week consultation', 'an eight-week consultation').figures,
    ).toEqual(['count']);
    expect(compareSubstance('the 11th case', 'the eleventh case').figures).toEqual([]);
    expect(compareSubstance('rose by 7.4%', 'rose by 7.2%').figures).toEqual(['percent']);
    expect(compareSubstance('Option 2 is best', 'Option 4 is best').figures).toEqual(['option']);
  });

  it('reads a capitalised month as a date, but not the modal "may"', () => {
    expect(compareSubstance('approved before March', 'approved before April').figures).toEqual([
      'date',
    ]);
    expect(compareSubstance('it may rise', 'it might rise').figures).toEqual([]);
  });

  it('sees a quantifier dropped, but not the superlative "the most"', () => {
    expect(
      compareSubstance('affordable for most tenants', 'affordable for tenants').quantifier,
    ).toEqual(['-most']);
    expect(compareSubstance('the most effective way', 'an effective way').quantifier).toEqual([]);
  });

  it('lists content words removed and added, ignoring order and function words', () => {
    const change = compareSubstance(
      'Option 3 would leave residents without access and carries a high risk.',
      'Option 3 carries a high risk and would leave residents without access.',
    );
    expect([change.removed, change.added]).toEqual([[], []]);
    const added = compareSubstance('It reduces sunlight.', 'It reduces direct sunlight.');
    expect(added.added).toEqual(['direct']);
  });

  it('reads a base sentence pasted again as no new content, figures included', () => {
    const base = 'Option 2 is best. Option 3 would cut enrolments by around 8%.';
    const change = compareSubstance(base, `${base}\nOption 3 would cut enrolments by around 8%.`);
    expect([change.added, change.figures, change.modal]).toEqual([[], [], []]);
    const other = compareSubstance(base, `${base}\nOption 4 would cut enrolments by 9%.`);
    expect(other.added).toContain('enrolments');
    expect(other.figures).not.toEqual([]);
  });

  it('counts whole sentences whose content is gone', () => {
    const change = compareSubstance(
      'Costs rise. I do not recommend Option 4 because replacement bins cost more.',
      'Costs rise.',
    );
    expect(change.sentencesRemoved).toBe(1);
  });

  it('reads a capitalised marker that opens a line (a list item, a table cell) as a marker', () => {
    expect(compareSubstance('Option 2\n3,650\nMedium', 'Option 2\n3,650\nHigh').verdict).toEqual([
      '-medium',
      '+high',
    ]);
  });

  it('does not read the number of a code written out ("section 106" for "S106") as a figure added', () => {
    expect(
      compareSubstance('funded by S106 contributions', 'funded by section 106 contributions')
        .figures,
    ).toEqual([]);
    expect(compareSubstance('It has 105 homes.', 'It has 106 homes.').figures).toEqual(['count']);
  });

  it('reads a capitalised word inside a sentence as part of a name, not a marker', () => {
    expect(compareSubstance('Ask the Chair.', 'Ask the High Sheriff.').verdict).toEqual([]);
    expect(compareSubstance('The risk is low.', 'The risk is high.').verdict).toEqual([
      '-low',
      '+high',
    ]);
    expect(compareSubstance('It is fine.', 'High costs follow. It is fine.').verdict).toEqual([
      '+high',
    ]);
  });

  it('sees "appear" as a hedge, but not when something appears somewhere', () => {
    expect(compareSubstance('It is lawful.', 'It appears to be lawful.').modal).toEqual([
      '+appears',
    ]);
    expect(
      compareSubstance('The item was on the agenda.', 'The item appeared on the agenda.').modal,
    ).toEqual([]);
  });

  it('sees "need" as a modal when it binds, not when it names a need', () => {
    expect(
      compareSubstance('The Council consults.', 'The Council needs to consult.').modal,
    ).toEqual(['+needs']);
    expect(
      compareSubstance('It meets the needs of residents.', 'It serves residents.').modal,
    ).toEqual([]);
    expect(
      compareSubstance('There is demand for housing.', 'There is a need for housing.').modal,
    ).toEqual([]);
    expect(
      compareSubstance('It meets carers’ wishes.', 'It meets carers’ wishes and needs.').modal,
    ).toEqual([]);
    expect(
      compareSubstance('Their housing needs are urgent.', 'Their housing is urgent.').modal,
    ).toEqual([]);
  });

  it('sees "against" as a verdict when it takes a stance, not when it relates two things', () => {
    expect(compareSubstance('Officers are against it.', 'Officers are neutral.').verdict).toEqual([
      '-against',
    ]);
    expect(
      compareSubstance('We advise strongly against Option 2.', 'We advise on Option 2.').verdict,
    ).toEqual(['-strongly', '-against']);
    expect(
      compareSubstance(
        'The Council took action against the landlord.',
        'The Council took action over the landlord.',
      ).verdict,
    ).toEqual([]);
    expect(
      compareSubstance('Spending is measured against the budget.', 'Spending is within budget.')
        .verdict,
    ).toEqual([]);
  });

  it('does not count the words of a connective as content ("for example", "as a result")', () => {
    const added = (base: string, proposed: string) => compareSubstance(base, proposed).added;
    expect(added('Some branches open late.', 'For example, some branches open late.')).toEqual([]);
    expect(added('Costs rose, so fees rose.', 'Costs rose. As a result, fees rose.')).toEqual([]);
    expect(added('Staff and volunteers help.', 'Staff as well as volunteers help.')).toEqual([]);
    expect(
      added('The hub helps. It costs more.', 'The hub helps. On the other hand, it costs more.'),
    ).toEqual([]);
    expect(
      added('Fees rise. I do not advise it.', 'Fees rise. For these reasons, I do not advise it.'),
    ).toEqual([]);
  });

  it('does not count "whereas" joining two claims as a condition or content', () => {
    const change = compareSubstance(
      'Option 2 is affordable. Option 1 would drain reserves.',
      'Option 1 would drain reserves, whereas Option 2 is affordable.',
    );
    expect([change.condition, change.added]).toEqual([[], []]);
  });

  it('reads "nor" after "neither" as the same negation', () => {
    expect(
      compareSubstance(
        'Neither council has the staff.',
        'Neither the Town Council nor the Parish Council has the staff.',
      ).negation,
    ).toEqual([]);
    expect(
      compareSubstance('The council has the staff.', 'Nor has the council the staff.').negation,
    ).toEqual(['+nor']);
  });

  it('does not count "because" joining two claims, or "both" before a pair, as content', () => {
    const change = compareSubstance(
      'Option 2 is best. It gives time to run the tender and to plan the works.',
      'Option 2 is best, because it gives time both to run the tender and to plan the works.',
    );
    expect([change.added, change.removed]).toEqual([[], []]);
  });

  it('still counts words that only look like a connective ("in particular cases")', () => {
    expect(
      compareSubstance('It applies in cases.', 'It applies in particular cases.').added,
    ).toEqual(['particular']);
    expect(compareSubstance('Staff are scarce.', 'Staff are in short supply.').added).toEqual([
      'short',
      'supply',
    ]);
  });

  it('does not count a word typed twice in a row as new content', () => {
    expect(
      compareSubstance('Over 250 participants replied.', 'Over 250 residents residents replied.')
        .added,
    ).toEqual(['residents']);
  });

  it('sees "object" as a verdict when residents object, not when it names a thing', () => {
    expect(
      compareSubstance('Residents raised concerns.', 'Residents object to the plan.').verdict,
    ).toEqual(['+object']);
    expect(
      compareSubstance('The aim of the policy is clear.', 'The object of the policy is clear.')
        .verdict,
    ).toEqual([]);
  });

  it('reports the form of a word that went, not the one both versions keep', () => {
    expect(
      compareSubstance(
        'We note the serious concerns and take them seriously.',
        'We take these concerns seriously.',
      ).verdict,
    ).toEqual(['-serious']);
  });

  it('sees "expect" as a hedge when it forecasts, not when nothing is forecast', () => {
    expect(compareSubstance('Costs rise.', 'We expect costs to rise.').modal).toEqual(['+expect']);
    expect(
      compareSubstance('Savings come in 2027.', 'Savings are expected in 2027.').modal,
    ).toEqual(['+expected']);
    expect(
      compareSubstance('The service works as it should.', 'The service works as residents expect.')
        .modal,
    ).toEqual(['-should']);
    expect(
      compareSubstance(
        'It is the standard residents want.',
        'It is the standard residents have come to expect from us.',
      ).modal,
    ).toEqual([]);
  });

  it('does not read "after all" or "most notably" as quantifiers', () => {
    expect(compareSubstance('It is, after all, cheap.', 'It is cheap.').quantifier).toEqual([]);
    expect(
      compareSubstance('Several sites, most notably Hill Farm.', 'Several sites such as Hill Farm.')
        .quantifier,
    ).toEqual([]);
    expect(compareSubstance('All residents agree.', 'Residents agree.').quantifier).toEqual([
      '-all',
    ]);
  });

  it('does not read "all" floating after a list or a pronoun as widening the claim', () => {
    expect(
      compareSubstance(
        'Tenants and leaseholders all need notice.',
        'Tenants and leaseholders need notice.',
      ).quantifier,
    ).toEqual([]);
    expect(
      compareSubstance(
        'Schools, libraries and leisure centres all closed early.',
        'Schools, libraries and leisure centres closed early.',
      ).quantifier,
    ).toEqual([]);
    expect(
      compareSubstance('The wardens check them all.', 'The wardens check them.').quantifier,
    ).toEqual([]);
    expect(
      compareSubstance('The wardens lock everything all.', 'The wardens lock everything.')
        .quantifier,
    ).toEqual([]);
    expect(
      compareSubstance(
        'Costs rose and the councils all cut budgets.',
        'Costs rose and the councils cut budgets.',
      ).quantifier,
    ).toEqual(['-all']);
    expect(
      compareSubstance(
        'We will consult and inform all residents.',
        'We will consult and inform residents.',
      ).quantifier,
    ).toEqual(['-all']);
    expect(
      compareSubstance(
        'Tenants and all leaseholders need notice.',
        'Tenants and leaseholders need notice.',
      ).quantifier,
    ).toEqual(['-all']);
  });

  it('does not read "best known" or "better known as" as a verdict', () => {
    expect(
      compareSubstance('The park is famous for its lido.', 'The park is best known for its lido.')
        .verdict,
    ).toEqual([]);
    expect(
      compareSubstance(
        'The site, called the Rec, floods.',
        'The site, better known as the Rec, floods.',
      ).verdict,
    ).toEqual([]);
    expect(
      compareSubstance('Option 2 is suited to the site.', 'Option 2 is best suited to the site.')
        .verdict,
    ).toEqual(['+best']);
  });

  it('sees "rise" and "fall" as a change of amount, not the rise or fall of something', () => {
    expect(
      compareSubstance(
        'The market hall dates from the collapse of the mill.',
        'The market hall dates from the fall of the mill.',
      ).verdict,
    ).toEqual([]);
    expect(
      compareSubstance(
        'Officers expect homelessness to grow.',
        'Officers expect the rise of homelessness to go on.',
      ).verdict,
    ).toEqual(['+rise']);
    expect(
      compareSubstance('Rents show a change of 5%.', 'Rents show a rise of 5%.').verdict,
    ).toEqual(['+rise']);
    expect(
      compareSubstance(
        'Rents show a change of about five per cent.',
        'Rents show a fall of about five per cent.',
      ).verdict,
    ).toEqual(['+fall']);
    expect(compareSubstance('Rents are stable.', 'Rents fall.').verdict).toEqual(['+fall']);
  });

  it('reads "would" after a verb reporting what was said as tense, not a hedge', () => {
    expect(
      compareSubstance(
        'The Leader said that it is possible to reopen the library.',
        'The Leader said that it would be possible to reopen the library.',
      ).modal,
    ).toEqual([]);
    expect(
      compareSubstance(
        'It is possible to reopen the library.',
        'It would be possible to reopen the library.',
      ).modal,
    ).toEqual(['+would']);
    expect(
      compareSubstance('The added cost is high.', 'The added cost would be high.').modal,
    ).toEqual(['+would']);
    expect(
      compareSubstance('As noted, the cost is high.', 'As noted, the cost would be high.').modal,
    ).toEqual(['+would']);
  });

  it('does not count a marker turned into another form of the same word', () => {
    expect(
      compareSubstance(
        'It failed because the damage was severe.',
        'It failed because of the severity of the damage.',
      ).verdict,
    ).toEqual([]);
  });

  it('does not count an acronym spelled out as content added or removed', () => {
    const change = compareSubstance(
      'The MTFS is balanced.',
      'The Medium Term Financial Strategy is balanced.',
    );
    expect([change.removed, change.added]).toEqual([[], []]);
  });

  it('sees a condition word added, but not one swapped for another of its kind', () => {
    expect(compareSubstance('It is lawful.', 'It is lawful if consulted on.').condition).toEqual([
      '+if',
    ]);
    expect(
      compareSubstance('Costs rise. However, income rises.', 'Costs rise, but income rises.')
        .condition,
    ).toEqual([]);
  });

  it('keeps the polarity when a negator gives way to a negating prefix or noun', () => {
    expect(
      compareSubstance('Members are not satisfied.', 'Members are dissatisfied.').negation,
    ).toEqual([]);
    expect(
      compareSubstance('The bid failed to meet the test.', 'The bid is a failure on the test.')
        .negation,
    ).toEqual([]);
    expect(
      compareSubstance('Members are satisfied.', 'Members are dissatisfied.').negation,
    ).toEqual(['-satisfied', '+dissatisfied']);
  });

  it('keeps the polarity, and the verdict word, when "not" gives way to the prefix', () => {
    const same = (base: string, proposed: string) => {
      const change = compareSubstance(base, proposed);
      return [...change.negation, ...change.verdict];
    };
    expect(same('The Trust may not be able to pay.', 'The Trust may be unable to pay.')).toEqual(
      [],
    );
    expect(same('Option 3 is not lawful.', 'Option 3 is unlawful.')).toEqual([]);
    expect(same('Option 3 is lawful.', 'Option 3 is unlawful.')).toEqual([
      '-lawful',
      '+unlawful',
      '-lawful',
      '+unlawful',
    ]);
    expect(same('The Trust is able to pay.', 'The Trust is unable to pay.')).toEqual(['+unable']);
  });

  it('reads a verb of preventing as a negator only with what it prevents after it', () => {
    const negation = (base: string, proposed: string) => compareSubstance(base, proposed).negation;
    expect(
      negation(
        'The lease needs an asset lock so that the building cannot be sold.',
        'The lease needs an asset lock to stop the building being sold.',
      ),
    ).toEqual([]);
    expect(negation('The Council funds the hub.', 'The Council stops funding the hub.')).toEqual([
      '+stops',
    ]);
    expect(negation('Tenants can bid.', 'The rule prevents tenants from bidding.')).toEqual([
      '+prevents',
    ]);
    expect(negation('The van calls at Tupton.', 'The van stops at Tupton.')).toEqual([]);
  });

  it('does not read a modal in a clause of purpose, or after "a risk that", as a hedge', () => {
    const modal = (base: string, proposed: string) => compareSubstance(base, proposed).modal;
    expect(
      modal(
        'The lease has a break clause allowing the Council to take the building back.',
        'The lease has a break clause so that the Council can recover the building.',
      ),
    ).toEqual([]);
    expect(
      modal(
        'There is a risk that the Trust may not be able to repair it.',
        'There is a risk of the Trust being unable to repair it.',
      ),
    ).not.toContain('-may');
    expect(modal('The Trust may not repair it.', 'The Trust does not repair it.')).toEqual([
      '-may',
    ]);
    expect(modal('The Council recovers the building.', 'The Council can recover it.')).toEqual([
      '+can',
    ]);
  });

  it('reads "non-" as a negating prefix of the word after its hyphen', () => {
    expect(
      compareSubstance('The scheme is not compliant.', 'The scheme is non-compliant.').negation,
    ).toEqual([]);
    expect(
      compareSubstance('The scheme is non-compliant.', 'The scheme is noncompliant.').negation,
    ).toEqual([]);
    expect(
      compareSubstance('The notice is non-statutory.', 'The notice is unstatutory.').negation,
    ).toEqual([]);
    expect(
      compareSubstance('The scheme is compliant.', 'The scheme is non-compliant.').negation,
    ).toEqual(['-compliant', '+noncompliant']);
    const qualified = compareSubstance(
      'Wardens use deterrents.',
      'Wardens use non-lethal deterrents.',
    );
    expect([qualified.negation, qualified.added]).toEqual([[], ['nonlethal']]);
  });

  it('keeps the polarity when "nor" gives way to "or" after a negative, or the reverse', () => {
    expect(
      compareSubstance(
        'Few complaints came from tenants nor from leaseholders.',
        'Few complaints came from tenants or leaseholders.',
      ).negation,
    ).toEqual([]);
    expect(
      compareSubstance('The budget has no funds or staff.', 'The budget has no funds nor staff.')
        .negation,
    ).toEqual([]);
    expect(
      compareSubstance(
        'The scheme will not cut costs nor raise income.',
        'The scheme will cut costs or raise income.',
      ).negation,
    ).toEqual(['-not', '-nor']);
  });
});

describe('isOtherForm', () => {
  it('pairs two forms of one word that the stem leaves apart', () => {
    expect(isOtherForm('severe', 'severity')).toBe(true);
    expect(isOtherForm('robust', 'robustness')).toBe(true);
  });

  it('pairs forms of a short word that differ only in their ending', () => {
    expect(isOtherForm('drops', 'dropped')).toBe(true);
    expect(isOtherForm('fall', 'falls')).toBe(true);
    expect(isOtherForm('need', 'needing')).toBe(true);
  });

  it('keeps short or merely similar words apart', () => {
    expect(isOtherForm('high', 'higher')).toBe(false);
    expect(isOtherForm('is', 'as')).toBe(false);
    expect(isOtherForm('fall', 'fell')).toBe(false);
    expect(isOtherForm('lawful', 'unlawful')).toBe(false);
    expect(isOtherForm('support', 'supervise')).toBe(false);
  });
});
