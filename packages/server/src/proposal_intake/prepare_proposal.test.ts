import { builders, compactReport } from '@probity/rules';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api_error.js';
import { classifyProposal } from '../classification.js';
import { storedBody } from '../report_body.js';
import { parseJsonBody, prepareProposal, type ProposalBase } from './prepare_proposal.js';

const { doc, section, p, option } = builders;

const body = (hours: string) =>
  doc(
    section({ id: 's1', kind: 'purpose' }, p({ id: 'p1' }, 'To decide the library hours.')),
    section(
      { id: 's2', kind: 'options' },
      option({ id: 'o1', label: 'Option 1' }, `Open the branches for ${hours} hours a week.`),
    ),
  ).toJSON();

function shared(json: unknown): SharedArrayBuffer {
  const encoded = Buffer.from(JSON.stringify(json));
  const bytes = new SharedArrayBuffer(encoded.byteLength);
  new Uint8Array(bytes).set(encoded);
  return bytes;
}

const base: ProposalBase = {
  versionId: 'v1',
  body: { key: 'k1', bytes: shared(body('42')) },
  rulebook: 'north-east-derbyshire',
  statutory: false,
};

function withDuplicateId(): unknown {
  const json = structuredClone(body('42')) as { content: { content: unknown[] }[] };
  json.content[1]?.content.push(p({ id: 'p1' }, 'Again.').toJSON());
  return json;
}

const bytes = (value: unknown) => new Uint8Array(Buffer.from(JSON.stringify(value)));

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return { status: error.status, code: error.code };
    throw error;
  }
  throw new Error('did not refuse');
};

describe('parseJsonBody', () => {
  it('reads JSON objects and arrays, and an empty body as {}, as express.json does', () => {
    expect(parseJsonBody(' \n{"a": 1}')).toEqual({ a: 1 });
    expect(parseJsonBody('[1]')).toEqual([1]);
    expect(parseJsonBody('')).toEqual({});
  });

  it('refuses other JSON values and broken JSON with 400 malformed_json', () => {
    for (const text of ['"text"', '12', 'null', '{"a":', ' ', 'x{}']) {
      expect(refusal(() => parseJsonBody(text))).toEqual({ status: 400, code: 'malformed_json' });
    }
  });
});

describe('prepareProposal', () => {
  it('classifies against the base exactly as classifyProposal does, and serialises the body compact', () => {
    const prepared = prepareProposal({
      bytes: bytes({ baseVersionId: 'v1', body: body('30'), note: ' checked ' }),
      charset: 'utf-8',
      base,
    });
    const expected = classifyProposal(storedBody(body('42')), storedBody(body('30')), {
      rulebook: 'north-east-derbyshire',
      statutory: false,
    });
    const compact = compactReport(storedBody(body('42')), storedBody(body('30')));
    expect(compact.content[0]).toBe('s1');
    expect(prepared).toEqual({
      kind: 'classified',
      baseVersionId: 'v1',
      note: 'checked',
      // Stored against the base: the unchanged blocks by their ids.
      proposedJson: new TextEncoder().encode(JSON.stringify(compact)),
      classification: expected,
    });
  });

  it('drops a byte order mark, and decodes the charset it is given', () => {
    const json = JSON.stringify({ baseVersionId: 'v1', body: body('30') });
    const withBom = new Uint8Array(Buffer.from(`\uFEFF${json}`));
    expect(prepareProposal({ bytes: withBom, charset: 'utf-8', base }).kind).toBe('classified');
    const utf16 = new Uint8Array(Buffer.from(json, 'utf16le'));
    expect(prepareProposal({ bytes: utf16, charset: 'utf-16le', base }).kind).toBe('classified');
  });

  it('checks but does not classify without a base, or against another version', () => {
    const task = { bytes: bytes({ baseVersionId: 'v0', body: body('30') }), charset: 'utf-8' };
    expect(prepareProposal({ ...task, base: undefined })).toEqual({
      kind: 'unclassified',
      baseVersionId: 'v0',
    });
    expect(prepareProposal({ ...task, base })).toEqual({
      kind: 'unclassified',
      baseVersionId: 'v0',
    });
  });

  it('refuses bad input before anything else, whether or not there is a base', () => {
    for (const task of [
      { bytes: new Uint8Array(Buffer.from('{"baseVersionId":')), charset: 'utf-8' },
      { bytes: undefined, charset: 'utf-8' },
      {
        bytes: bytes({ baseVersionId: 'v1', body: { type: 'doc', content: [] } }),
        charset: 'utf-8',
      },
    ]) {
      const withBase = refusal(() => prepareProposal({ ...task, base }));
      expect(withBase.status).toBe(400);
      expect(refusal(() => prepareProposal({ ...task, base: undefined }))).toEqual(withBase);
    }
  });

  it('refuses a new block taking an id an unchanged part of the base holds, as without a base', () => {
    // The base's purpose section unchanged, so parsed as the base's own; the new block repeats p1.
    const task = {
      bytes: bytes({ baseVersionId: 'v1', body: withDuplicateId() }),
      charset: 'utf-8',
    };
    const answer = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        if (error instanceof ApiError) return { ...error, message: error.message };
        throw error;
      }
      throw new Error('did not refuse');
    };
    const withBase = answer(() => prepareProposal({ ...task, base }));
    expect(withBase).toMatchObject({
      status: 400,
      code: 'invalid_report',
      message:
        'body.content[1].content[2].attrs.id: duplicate id "p1", first used at content[0].content[1]',
    });
    expect(answer(() => prepareProposal({ ...task, base: undefined }))).toEqual(withBase);
  });

  it('reads a compact body (unchanged blocks by id) as the same proposal written out in full', () => {
    const compact = compactReport(storedBody(body('42')), storedBody(body('30')));
    // The purpose section is unchanged, so it is named, not repeated.
    expect(compact.content[0]).toBe('s1');
    const full = prepareProposal({
      bytes: bytes({ baseVersionId: 'v1', body: body('30') }),
      charset: 'utf-8',
      base,
    });
    const fromCompact = prepareProposal({
      bytes: bytes({ baseVersionId: 'v1', body: compact }),
      charset: 'utf-8',
      base,
    });
    expect(fromCompact).toEqual(full);
  });

  it('refuses a compact body naming a block the base does not have, with its path', () => {
    const task = {
      bytes: bytes({ baseVersionId: 'v1', body: { type: 'doc', content: ['s1', 's9'] } }),
      charset: 'utf-8',
    };
    const answer = (() => {
      try {
        prepareProposal({ ...task, base });
      } catch (error) {
        if (error instanceof ApiError) return error;
        throw error;
      }
      throw new Error('did not refuse');
    })();
    expect(answer).toMatchObject({ status: 400, code: 'invalid_report' });
    expect(answer.message).toContain('body.content[1]');
    expect(answer.message).toContain('"s9"');
  });

  it('leaves a compact body against another version unchecked: it has nothing to be read against', () => {
    const task = {
      bytes: bytes({ baseVersionId: 'v0', body: { type: 'doc', content: ['s1', 's9'] } }),
      charset: 'utf-8',
    };
    expect(prepareProposal({ ...task, base })).toEqual({
      kind: 'unclassified',
      baseVersionId: 'v0',
    });
  });

  it('refuses a body nested without end with 400, with or without its base', () => {
    // Written as text: JSON.stringify itself cannot go this deep.
    const levels = 20_000;
    const lists = Array.from(
      { length: levels },
      (_, i) => `{"type":"bullet_list","attrs":{"id":"l${i}"},"content":[`,
    ).join('');
    const deep = `{"type":"doc","content":[{"type":"section","attrs":{"id":"s","kind":"purpose"},"content":[${lists}{"type":"paragraph"}${']}'.repeat(levels)}]}]}`;
    for (const baseVersionId of ['v1', 'v0']) {
      const text = `{"baseVersionId":"${baseVersionId}","body":${deep}}`;
      const task = { bytes: new TextEncoder().encode(text), charset: 'utf-8', base };
      expect(refusal(() => prepareProposal(task))).toEqual({ status: 400, code: 'invalid_report' });
    }
  });
});
