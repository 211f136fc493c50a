/**
 * The HTTP application: security headers, body parsing with the report size limit, the API
 * routers, the OpenAPI document, health, the web app, and the one error middleware; and
 * `startServer`, which opens the store, builds the app, listens, and shuts down gracefully.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { DEFAULT_REPORT_LIMITS } from '@probity/rules';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { loadDictionary } from './classification.js';
import type { AppContext } from './context.js';
import { SqliteStore } from './db/sqlite/sqlite_store.js';
import type { Store } from './db/store.js';
import { seedDemo, type DemoLogin } from './demo/seed_demo.js';
import { errorMiddleware, unknownApiRoute } from './error_middleware.js';
import { createLogger, requestLog } from './logger.js';
import { openApiDocument } from './openapi.js';
import { readJsonBytes } from './proposal_intake/json_bytes.js';
import { createProposalPreparer } from './proposal_intake/proposal_preparer.js';
import type { ResolverRole } from './roles.js';
import { auditRouter } from './routes/audit/router.js';
import { disputesRouter } from './routes/disputes/router.js';
import { PROPOSALS_PATH, proposalsRouter } from './routes/proposals/router.js';
import { reportsRouter } from './routes/reports/router.js';
import { rulebooksRouter } from './routes/rulebooks/router.js';
import { sessionRouter, type LoginLimit } from './routes/session/router.js';
import { usersRouter } from './routes/users/router.js';
import { wordRouter } from './routes/word/router.js';
import { webAppRouter } from './web_app.js';

/** The largest request body: a report at its size limit, plus room for the other fields. */
export const REQUEST_LIMIT_BYTES = DEFAULT_REPORT_LIMITS.maxBytes + 64 * 1024;

/** Options of {@link createApp} beyond the context. */
export interface AppOptions {
  /** Express `trust proxy`: set behind a TLS-terminating proxy so cookies are marked Secure. */
  readonly trustProxy?: boolean;
  /** Where the built editor is; defaults to `packages/editor/dist`. */
  readonly editorDist?: string;
  readonly loginLimit?: LoginLimit;
}

/** Builds the express app over `context`. */
export function createApp(context: AppContext, options: AppOptions = {}): Express {
  loadDictionary();
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? false);
  app.set('query parser', 'simple');
  // What the API answers is a council's confidential drafts, read behind a session: no cache,
  // shared or private, may keep it (a council PC is often shared), so it has no use for ETags.
  app.set('etag', false);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Helmet's defaults (self-only scripts, no objects, no framing) suit the Vite build;
          // upgrading to https is the TLS proxy's business, not this server's.
          upgradeInsecureRequests: options.trustProxy ? [] : null,
        },
      },
    }),
  );
  app.use(requestLog(context.logger));
  app.use('/api', (_req, res, next) => {
    res.set('cache-control', 'no-store');
    next();
  });
  // Proposals are collected as bytes and parsed where they are prepared, on this thread or in a
  // worker thread (see proposal_preparer.ts).
  app.post(PROPOSALS_PATH, readJsonBytes(REQUEST_LIMIT_BYTES));
  app.use(express.json({ limit: REQUEST_LIMIT_BYTES }));

  app.get('/healthz', async (_req, res) => {
    await context.store.read((tx) => tx.users.count());
    res.json({ status: 'ok' });
  });
  app.get('/api/openapi.json', (_req, res) => {
    res.json(openApiDocument());
  });
  app.use(sessionRouter(context, options.loginLimit));
  app.use(usersRouter(context));
  app.use(rulebooksRouter(context));
  app.use(reportsRouter(context));
  app.use(proposalsRouter(context));
  app.use(disputesRouter(context));
  app.use(auditRouter(context));
  app.use(wordRouter(context));
  app.use('/api', unknownApiRoute);
  app.use(webAppRouter(options.editorDist));
  app.use(errorMiddleware(context.logger));
  return app;
}

/** Options of {@link startServer}. */
export interface StartOptions extends AppOptions {
  /** Port to listen on; 0 picks a free one. */
  readonly port: number;
  /** Interface to listen on; the loopback interface by default. */
  readonly host?: string;
  /** SQLite file (created and migrated as needed); an in-memory database when omitted. */
  readonly databasePath?: string;
  /** Keys sessions; a random one (sessions end with the process) when omitted. */
  readonly sessionSecret?: string;
  readonly logLevel?: string;
  readonly logger?: Logger;
  readonly disputeResolver?: ResolverRole;
  readonly defaultRulebook?: string;
  /** Seed the demo council (once: only into an empty database). */
  readonly demo?: boolean;
  /**
   * Worker threads that parse and classify proposals; 0 (the default here) does that work on
   * the main thread. `npm start` takes it from PROPOSAL_WORKERS (see settings).
   */
  readonly proposalWorkers?: number;
  /**
   * Proposal bodies of at most this many bytes are prepared on the main thread even with worker
   * threads (see `INLINE_BYTES`, the default); 0 sends every one to the threads.
   */
  readonly proposalInlineBytes?: number;
}

/** A started server. */
export interface RunningServer {
  /** Base URL, e.g. `http://127.0.0.1:3000`. */
  readonly url: string;
  /** The store, for tests and tools that look beneath the API. */
  readonly store: Store;
  /** Demo logins when this start seeded them; empty otherwise. */
  readonly demoLogins: readonly DemoLogin[];
  /** Stops accepting connections, lets open requests finish, then stops the workers and closes the database. */
  close(): Promise<void>;
}

/** Starts Probity on `port` (0 picks a free one) on the loopback interface unless `host` says otherwise. */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const logger = options.logger ?? createLogger(options.logLevel ?? 'warn');
  const store = SqliteStore.open(options.databasePath ?? ':memory:');
  const proposalPreparer = createProposalPreparer(
    options.proposalWorkers ?? 0,
    options.proposalInlineBytes,
  );
  const context: AppContext = {
    store,
    logger,
    sessionSecret: options.sessionSecret ?? randomBytes(32).toString('hex'),
    disputeResolver: options.disputeResolver ?? 'monitoring_officer',
    defaultRulebook: options.defaultRulebook ?? 'north-east-derbyshire',
    proposalPreparer,
    now: () => new Date().toISOString(),
  };
  let server: Server;
  let demoLogins: readonly DemoLogin[];
  try {
    demoLogins = options.demo ? await seedDemo(context) : [];
    server = createServer(createApp(context, options));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, options.host ?? '127.0.0.1', resolve);
    });
  } catch (error) {
    // Not started (the port is taken, say): leave no threads or open file behind.
    await proposalPreparer.close();
    await store.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const host =
    options.host && options.host !== '0.0.0.0' && options.host !== '::'
      ? options.host
      : '127.0.0.1';
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    store,
    demoLogins,
    close: () =>
      (closing ??= new Promise<void>((resolve, reject) => {
        const force = setTimeout(() => server.closeAllConnections(), 10_000).unref();
        server.close((error) => {
          clearTimeout(force);
          // Requests have finished: the workers and then the database can go.
          proposalPreparer
            .close()
            .then(() => store.close())
            .then(() => (error ? reject(error) : resolve()), reject);
        });
        server.closeIdleConnections();
      })),
  };
}
