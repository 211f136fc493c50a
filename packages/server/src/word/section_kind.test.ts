import { describe, expect, it } from 'vitest';
import { guessSectionKind, stripNumbering } from './section_kind.js';

describe('guessSectionKind', () => {
  it.each([
    ['1. Purpose of the report', 'purpose'],
    ['Executive summary', 'purpose'],
    ['2. Recommendations', 'recommendations'],
    ['Recommendation(s)', 'recommendations'],
    ['Decision required', 'recommendations'],
    ['3. Reasons for the recommendations', 'reasons'],
    ['Reason for decision', 'reasons'],
    ['4. Alternative options considered', 'options'],
    ['Other options considered and rejected', 'options'],
    ['Options appraisal', 'options'],
    ['5. Background', 'background'],
    ['Introduction and context', 'background'],
    ['6. Consultation', 'consultation'],
    ['Consultation and engagement', 'consultation'],
    ['7. Financial implications', 'financial'],
    ['Finance and resource implications', 'financial'],
    ['Comments of the Section 151 Officer', 'financial'],
    ['8. Legal implications', 'legal'],
    ['Legal and governance implications', 'legal'],
    ['Comments of the Monitoring Officer', 'legal'],
    ['9. Equality implications', 'equality'],
    ['Equality impact assessment', 'equality'],
    ['10. Risk management', 'risk'],
    ['11. Key decision', 'key_decision'],
    ['Is this a key decision?', 'key_decision'],
    ['Legal and financial implications', 'legal'],
    ['Background papers', 'other'],
    ['Appendix A: branch map', 'other'],
    ['Human resources implications', 'other'],
    ['Climate change implications', 'other'],
  ])('reads “%s” as %s', (title, kind) => {
    expect(guessSectionKind(title)).toBe(kind);
  });
});

describe('stripNumbering', () => {
  it.each([
    ['4. Background', 'Background'],
    ['4.1 Background', 'Background'],
    ['Section 4 – Background', 'Background'],
    ['(a) Background', 'Background'],
    ['Background', 'Background'],
  ])('turns “%s” into “%s”', (title, stripped) => {
    expect(stripNumbering(title)).toBe(stripped);
  });
});
