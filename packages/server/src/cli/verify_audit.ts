/**
 * `pnpm verify-audit [--db FILE] [--head SEQ:HASH]`: checks the whole audit chain of a Probity
 * database, every version's text, and (given one) a head noted earlier, and names the first broken
 * link. Exit status 0 when the chain holds, 1 when it is broken, 2 when the
 * check could not be made.
 */
import { existsSync } from 'node:fs';
import { SqliteStore } from '../db/sqlite/sqlite_store.js';
import { verifyAuditChain, type Anchor } from '../verify_audit_chain.js';
import { cliOptions, databasePath } from './cli_args.js';

async function main(): Promise<number> {
  const options = cliOptions(['db', 'head'], 'pnpm verify-audit [--db FILE] [--head SEQ:HASH]');
  const anchor = options.head ? parseAnchor(options.head) : undefined;
  const path = databasePath(options.db);
  if (!existsSync(path)) {
    console.error(`verify-audit: no database at ${path}`);
    return 2;
  }
  const store = SqliteStore.open(path);
  try {
    const report = await verifyAuditChain(store, anchor);
    if (report.ok) {
      console.log(`verify-audit: OK, ${report.events} events in ${path}; every link holds.`);
      if (report.head) {
        // The chain cannot show events cut off its end: note the head, and check later heads descend from it.
        console.log(
          `verify-audit: head ${report.head.seq}:${report.head.hash} (keep it; check later with --head)`,
        );
      }
      return 0;
    }
    console.log(
      `verify-audit: BROKEN at event ${report.firstBroken?.seq} in ${path}: ${report.firstBroken?.reason}`,
    );
    return 1;
  } finally {
    await store.close();
  }
}

function parseAnchor(head: string): Anchor {
  const match = /^(\d+):([0-9a-f]{64})$/.exec(head.trim());
  if (!match)
    throw new Error(
      `--head must be SEQ:HASH as printed by an earlier run, not ${JSON.stringify(head)}`,
    );
  return { seq: Number(match[1]), hash: match[2] ?? '' };
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`verify-audit: ${(error as Error).message}`);
    process.exit(2);
  },
);
