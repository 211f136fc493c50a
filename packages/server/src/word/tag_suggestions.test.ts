import { describe, expect, it } from 'vitest';
import { builders, parseReport, toPlainText } from '@probity/rules';
import { applyTags, readAsProtected, suggestTags } from './tag_suggestions.js';

const { doc, section, p, option, ul, li } = builders;

describe('readAsProtected', () => {
  it.each([
    ['In my professional opinion Option 2 is the best balance.', 'reasons', 'opinion'],
    ['Officers consider that the saving is achievable.', 'background', 'opinion'],
    ['This is a key decision because it affects two wards.', 'key_decision', 'statement'],
    ['The Section 151 Officer advises that the budget is robust.', 'financial', 'statement'],
    ['Option 3 would be unlawful.', 'options', 'statement'],
    [
      'The Council has a duty under section 7 of the Public Libraries and Museums Act 1964.',
      'legal',
      'statement',
    ],
    ['Cabinet must have due regard to the public sector equality duty.', 'equality', 'statement'],
    ['62% of respondents opposed three-weekly collection.', 'consultation', 'consultation'],
    ['The Committee supports the change.', 'consultation', 'consultation'],
  ] as const)('reads “%s” (in %s) as %s', (text, section, type) => {
    expect(readAsProtected(text, section)?.tag.type).toBe(type);
  });

  it('prefers the explicit opinion to the legal words inside it', () => {
    const reading = readAsProtected(
      'In my professional opinion Option 3 carries a high risk of legal challenge.',
      'reasons',
    );
    expect(reading?.tag).toEqual({ type: 'opinion', officer: 'author' });
    expect(reading?.cue).toBe('In my professional opinion');
  });

  it('leaves ordinary text alone, and section-only cues outside their section', () => {
    expect(readAsProtected('Visits fell by 12% over five years.', 'background')).toBeUndefined();
    expect(readAsProtected('The Committee supports the change.', 'background')).toBeUndefined();
    expect(readAsProtected('The Public Libraries Act 1964 applies.', 'background')).toBeUndefined();
  });

  it('names the consultee when a sentence opens with them', () => {
    expect(
      readAsProtected('Millfield Parish Council strongly opposes any reduction.', 'consultation')
        ?.tag,
    ).toEqual({
      type: 'consultation',
      source: 'Millfield Parish Council',
    });
  });
});

describe('suggestTags', () => {
  it('looks only at paragraphs placed directly in a section', () => {
    const body = doc(
      section('options', option({ label: 'Option 1' }, 'In my opinion this is unlawful.')),
      section(
        'background',
        ul(li('In my opinion this is unlawful.')),
        p('In my opinion this is unlawful.'),
      ),
    );
    const suggestions = suggestTags(body);
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0]?.section).toBe('background');
  });
});

describe('applyTags', () => {
  const body = doc(
    section(
      'reasons',
      p({ id: 'a' }, 'In my professional opinion Option 2 is best.'),
      p({ id: 'b' }, 'Visits fell.'),
    ),
  );

  it('wraps each confirmed paragraph in its tag, keeping the paragraph and its id', () => {
    const tagged = applyTags(body, [{ blockId: 'a', tag: { type: 'opinion', officer: 'author' } }]);
    const wrapper = tagged.child(0).child(1);
    expect(wrapper.type.name).toBe('opinion');
    expect(wrapper.attrs).toEqual({ id: 'a-tag', officer: 'author' });
    expect(wrapper.child(0).attrs['id']).toBe('a');
    expect(toPlainText(wrapper)).toBe('In my professional opinion Option 2 is best.');
    expect(tagged.child(0).child(2).type.name).toBe('paragraph');
    expect(parseReport(tagged.toJSON()).eq(tagged)).toBe(true);
  });

  it('changes nothing when nothing is confirmed', () => {
    expect(applyTags(body, []).eq(body)).toBe(true);
  });

  it('refuses a block that is not a top-level paragraph, or attributes outside the model', () => {
    expect(() =>
      applyTags(body, [{ blockId: 'nope', tag: { type: 'opinion', officer: 'author' } }]),
    ).toThrow(/block "nope" is not a paragraph placed directly in a section/);
    expect(() =>
      applyTags(body, [
        { blockId: 'a', tag: { type: 'statement', kind: 'gossip' as never, officer: 'author' } },
      ]),
    ).toThrow(/"gossip" is not one of legality/);
  });
});
