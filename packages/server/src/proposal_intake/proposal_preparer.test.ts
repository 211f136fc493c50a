import { afterAll, describe, expect, it, vi } from 'vitest';
import { MIXED_PROPOSAL, reportBody } from '../../test/documents.js';
import type * as PrepareProposalModule from './prepare_proposal.js';
import { prepareProposal } from './prepare_proposal.js';
import { createProposalPreparer } from './proposal_preparer.js';

// Counts the proposals prepared on this thread; a worker thread loads the module afresh.
vi.mock('./prepare_proposal.js', async (original) => {
  const real = await original<typeof PrepareProposalModule>();
  return { ...real, prepareProposal: vi.fn(real.prepareProposal) };
});

const encode = (value: unknown) => new Uint8Array(Buffer.from(JSON.stringify(value)));
const baseBytes = encode(reportBody());
const shared = new SharedArrayBuffer(baseBytes.byteLength);
new Uint8Array(shared).set(baseBytes);

const task = (note: string) => ({
  bytes: encode({ baseVersionId: 'v1', body: reportBody(MIXED_PROPOSAL), note }),
  charset: 'utf-8',
  base: {
    versionId: 'v1',
    body: { key: 'k1', bytes: shared },
    rulebook: 'north-east-derbyshire',
    statutory: false,
  },
});

describe('createProposalPreparer', () => {
  const small = task('Checked.');
  const large = task('Checked. '.repeat(200));
  const preparer = createProposalPreparer(1, small.bytes.byteLength);
  afterAll(() => preparer.close());

  it('prepares a body of up to inlineBytes on this thread, and a larger one in a worker thread', async () => {
    const here = vi.mocked(prepareProposal);
    const fromHere = await preparer.prepare(small);
    expect(here).toHaveBeenCalledTimes(1);
    const fromThread = await preparer.prepare(large);
    expect(here).toHaveBeenCalledTimes(1);

    expect(fromHere).toMatchObject({ kind: 'classified', note: 'Checked.' });
    expect(fromThread).toMatchObject({ kind: 'classified' });
    if (fromHere.kind !== 'classified' || fromThread.kind !== 'classified') return;
    expect(fromHere.classification.findings.length).toBeGreaterThan(0);
    expect(fromThread.classification).toEqual(fromHere.classification);
  });
});
