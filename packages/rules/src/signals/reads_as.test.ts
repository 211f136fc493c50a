import { describe, expect, it } from 'vitest';
import { readsAs } from './reads_as.js';

describe('readsAs', () => {
  it('reads legal advice on lawfulness and key-decision statements as statements', () => {
    expect(readsAs('Legal Services advise that a decision could not lawfully be taken.')).toBe(
      'statement',
    );
    expect(readsAs('This is a key decision because it affects two wards.')).toBe('statement');
    expect(
      readsAs('A failure to do so would expose the Council to disrepair claims and enforcement.'),
    ).toBe('statement');
  });

  it('reads first-person professional judgement as an opinion', () => {
    expect(readsAs('In my professional opinion the first weeks carry the most risk.')).toBe(
      'opinion',
    );
    expect(readsAs('Officers consider that the scheme is affordable.')).toBe('opinion');
    expect(readsAs('In the view of officers the risk is low.')).toBe('opinion');
    expect(readsAs('It is my professional judgement that the land has no service use.')).toBe(
      'opinion',
    );
  });

  it('reads a quoted response as consultation, whatever the respondent believes or calls unlawful', () => {
    expect(readsAs('One resident said: "Closing the library would cut us off from town."')).toBe(
      'consultation',
    );
    expect(
      readsAs('The Land Trust wrote: "We believe the land could provide twelve affordable homes."'),
    ).toBe('consultation');
    expect(readsAs('The Parish Council said: "Selling the green would be unlawful."')).toBe(
      'consultation',
    );
  });

  it('leaves ordinary background alone', () => {
    expect(readsAs('Visits fell by 14% between 2019 and 2025.')).toBeNull();
    expect(readsAs('A twelve-week public consultation received 2,184 responses.')).toBeNull();
  });
});
