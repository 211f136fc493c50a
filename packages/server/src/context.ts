/** What every router and command is given: the store, the settings, the logger and the clock. */
import type { Logger } from 'pino';
import type { Store } from './db/store.js';
import type { ProposalPreparer } from './proposal_intake/proposal_preparer.js';
import type { ResolverRole } from './roles.js';

/** The dependencies of routers and commands. */
export interface AppContext {
  readonly store: Store;
  readonly logger: Logger;
  /** Keys session and CSRF tokens. */
  readonly sessionSecret: string;
  /** Who resolves disputed findings in this council. */
  readonly disputeResolver: ResolverRole;
  readonly defaultRulebook: string;
  /** Parses and classifies proposals (in worker threads, or on the main thread). */
  readonly proposalPreparer: ProposalPreparer;
  /** The current time as an ISO 8601 UTC string. */
  readonly now: () => string;
}
