import { builders } from '@probity/rules';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type * as PrepareProposalModule from './prepare_proposal.js';
import { prepareProposal, type ProposalBase } from './prepare_proposal.js';
import { createProposalPreparer } from './proposal_preparer.js';

// Counts the proposals prepared on this thread; a worker thread loads the module afresh.
vi.mock('./prepare_proposal.js', async (original) => {
  const real = await original<typeof PrepareProposalModule>();
  return { ...real, prepareProposal: vi.fn(real.prepareProposal) };
});

const { doc, section, p, option } = builders;

const body = (hours: string) =>
  doc(
    section({ id: 's1', kind: 'purpose' }, p({ id: 'p1' }, 'To decide the library hours.')),
    section(
      { id: 's2', kind: 'options' },
      option({ id: 'o1', label: 'Option 1' }, `Open the branches for ${hours} hours a week.`),
    ),
  ).toJSON();

const encoded = Buffer.from(JSON.stringify(body('42')));
const shared = new SharedArrayBuffer(encoded.byteLength);
new Uint8Array(shared).set(encoded);
const base: ProposalBase = {
  versionId: 'v1',
  body: { key: 'k1', bytes: shared },
  rulebook: 'north-east-derbyshire',
  statutory: false,
};

const task = (note: string) => ({
  bytes: new Uint8Array(
    Buffer.from(JSON.stringify({ baseVersionId: 'v1', body: body('30'), note })),
  ),
  charset: 'utf-8',
  base,
});

describe('createProposalPreparer', () => {
  const preparer = createProposalPreparer(1, 2048);
  afterAll(() => preparer.close());

  it('prepares a body of up to inlineBytes on this thread, and a larger one in a worker thread', async () => {
    const small = task('Checked.');
    const large = task('Checked. '.repeat(200));
    expect(small.bytes.byteLength).toBeLessThanOrEqual(2048);
    expect(large.bytes.byteLength).toBeGreaterThan(2048);
    const here = vi.mocked(prepareProposal);

    const fromHere = await preparer.prepare(small);
    expect(here).toHaveBeenCalledTimes(1);
    const fromThread = await preparer.prepare(large);
    expect(here).toHaveBeenCalledTimes(1);

    expect(fromHere).toMatchObject({ kind: 'classified', note: 'Checked.' });
    expect(fromThread).toMatchObject({ kind: 'classified' });
    if (fromHere.kind !== 'classified' || fromThread.kind !== 'classified') return;
    expect(fromThread.classification).toEqual(fromHere.classification);
  });
});
