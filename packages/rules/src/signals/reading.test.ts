import { describe, expect, it } from 'vitest';
import { p } from '../builders.js';
import { readingOf, readText } from './reading.js';

describe('readText', () => {
  it('reads words with "non-" joined, stems, figures, connectives and sentences', () => {
    const text = 'The plan is non-compliant. For example, it costs £3m.\nSee the annex.';
    const reading = readText(text);
    expect(reading.words.map((word) => word.lower)).toContain('noncompliant');
    expect(reading.stems.has('cost')).toBe(true);
    expect(reading.figures.map((figure) => [figure.kind, figure.value])).toEqual([
      ['money', '3000000'],
    ]);
    expect(reading.links.map((span) => text.slice(span.from, span.to))).toEqual(['For example']);
    expect(reading.sentences.map((span) => text.slice(span.from, span.to).trim())).toEqual([
      'The plan is non-compliant.',
      'For example, it costs £3m.',
      'See the annex.',
    ]);
    expect(reading.sentenceContent.map((words) => words.map((word) => word.lower))).toEqual([
      ['plan', 'noncompliant'],
      ['example', 'costs'],
      ['see', 'annex'],
    ]);
  });
});

describe('readingOf', () => {
  it('keeps the reading of a node’s text with the node', () => {
    const block = p('The budget is £3.86m.');
    const first = readingOf('The budget is £3.86m.', block);
    expect(readingOf('The budget is £3.86m.', block)).toBe(first);
    expect(first).toEqual(readText('The budget is £3.86m.'));
  });

  it('reads afresh, and keeps nothing, for a text that is not the node’s or for no node', () => {
    const block = p('The budget is £3.86m.');
    const kept = readingOf('The budget is £3.86m.', block);
    const other = readingOf('The budget is £4m.', block);
    expect(other.text).toBe('The budget is £4m.');
    expect(other.figures[0]?.value).toBe('4000000');
    expect(readingOf('The budget is £3.86m.', block)).toBe(kept);
    expect(readingOf('Visits fell.', null)).not.toBe(readingOf('Visits fell.', null));
  });
});
