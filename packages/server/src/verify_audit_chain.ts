/**
 * Verifies a store's whole audit trail: first the hash chain of the events, a page at a time;
 * then every version's text against the SHA-256 its `version_saved` event recorded, so a body
 * rewritten in the database (with its trigger dropped) is caught too, and named by the event that
 * vouched for it. The first problem in event order is reported.
 */
import { ChainVerifier, type BrokenLink, type ChainReport } from './audit_chain.js';
import type { Store } from './db/store.js';
import { bodyHash } from './report_body.js';

const PAGE = 1000;
const VERSION_PAGE = 100;

/** A head noted earlier, outside Probity: event `seq` had hash `hash`. */
export interface Anchor {
  readonly seq: number;
  readonly hash: string;
}

/**
 * Walks every audit event and every version, and reports the first broken link, if any. Given
 * an `anchor` (a head noted earlier), also checks that the trail still holds that event with that
 * hash, which shows a trail cut short or rebuilt after it was noted.
 */
export async function verifyAuditChain(store: Store, anchor?: Anchor): Promise<ChainReport> {
  const verifier = new ChainVerifier();
  const recorded = new Map<string, { seq: number; bodyHash: unknown }>();
  let after = 0;
  for (;;) {
    const page = await store.read((tx) => tx.audit.page(after, PAGE));
    const last = page.at(-1);
    if (!last || !verifier.check(page)) break;
    for (const event of page) {
      if (event.type === 'version_saved' && typeof event.data['versionId'] === 'string') {
        recorded.set(event.data['versionId'], { seq: event.seq, bodyHash: event.data['bodyHash'] });
      }
    }
    after = last.seq;
  }
  const chain = verifier.report;
  if (!chain.ok) return chain;
  if (anchor) {
    const [event] = await store.read((tx) => tx.audit.page(anchor.seq - 1, 1));
    if (!event || event.seq !== anchor.seq) {
      return {
        ok: false,
        events: chain.events,
        firstBroken: {
          seq: anchor.seq,
          reason: `event ${anchor.seq}, noted earlier, is no longer in the trail: it has been cut short`,
        },
      };
    }
    if (event.hash !== anchor.hash) {
      return {
        ok: false,
        events: chain.events,
        firstBroken: {
          seq: anchor.seq,
          reason: `event ${anchor.seq} no longer has the hash noted earlier: the trail has been rebuilt`,
        },
      };
    }
  }
  const broken = await firstAlteredVersion(store, recorded);
  return broken ? { ok: false, events: chain.events, firstBroken: broken } : chain;
}

async function firstAlteredVersion(
  store: Store,
  recorded: ReadonlyMap<string, { seq: number; bodyHash: unknown }>,
): Promise<BrokenLink | undefined> {
  // A version with no event at all sorts after every version whose event is known.
  let first: { link: BrokenLink; rank: number } | undefined;
  let after = '';
  for (;;) {
    const page = await store.read((tx) => tx.versions.page(after, VERSION_PAGE));
    const last = page.at(-1);
    if (!last) return first?.link;
    for (const version of page) {
      const record = recorded.get(version.id);
      let problem: BrokenLink | undefined;
      if (!record) {
        problem = {
          seq: Number.MAX_SAFE_INTEGER,
          reason: `version ${version.id} has no audit event`,
        };
      } else if (
        bodyHash(version.body) !== record.bodyHash ||
        version.bodyHash !== record.bodyHash
      ) {
        problem = {
          seq: record.seq,
          reason: `event ${record.seq} (version_saved): the text of version ${version.number} of report ${version.reportId} no longer matches the fingerprint recorded then`,
        };
      }
      const rank = record?.seq ?? Number.POSITIVE_INFINITY;
      if (problem && (!first || rank < first.rank)) first = { link: problem, rank };
    }
    after = last.id;
  }
}
