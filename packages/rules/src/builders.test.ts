import { describe, expect, it } from 'vitest';
import { doc, option, p, section } from './builders.js';
import { parseReport } from './parse_report.js';

describe('builders', () => {
  it('build documents that parseReport accepts', () => {
    const body = doc(
      section('options', option({ label: 'Option 1' }, 'Close on Mondays.'), p('Costs follow.')),
    );
    expect(() => parseReport(body.toJSON())).not.toThrow();
  });

  it('give the same block the same id when built twice', () => {
    expect(p('Same words.').attrs['id']).toBe(p('Same words.').attrs['id']);
    expect(p('Same words.').attrs['id']).not.toBe(p('Other words.').attrs['id']);
  });

  it('keep an explicit id', () => {
    expect(p({ id: 'bg-1' }, 'Text').attrs['id']).toBe('bg-1');
  });

  it('make repeated ids unique within a document', () => {
    const body = doc(section('background', p('Repeated.'), p('Repeated.')));
    const ids: string[] = [];
    body.descendants((node) => {
      if (node.isBlock) ids.push(node.attrs['id'] as string);
    });
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('give a section a heading when none is given', () => {
    const body = section('key_decision', p('This is a key decision.'));
    expect(body.firstChild?.type.name).toBe('heading');
    expect(body.firstChild?.textContent).toBe('Key decision');
  });
});
