/** Verifies the whole audit chain of a store, a page at a time. */
import { ChainVerifier, type ChainReport } from './audit_chain.js';
import type { Store } from './db/store.js';

const PAGE = 1000;

/** Walks every audit event in order and reports the first broken link, if any. */
export async function verifyAuditChain(store: Store): Promise<ChainReport> {
  const verifier = new ChainVerifier();
  let after = 0;
  for (;;) {
    const page = await store.read((tx) => tx.audit.page(after, PAGE));
    const last = page.at(-1);
    if (!last || !verifier.check(page)) break;
    after = last.seq;
  }
  return verifier.report;
}
