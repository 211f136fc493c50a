/**
 * Entry point of `npm start` (`node dist/main.js [--demo]`): reads the settings from the
 * environment (failing fast with a clear message), starts Probity, seeds the demo council when
 * asked and the database is empty, and shuts down gracefully on SIGINT or SIGTERM.
 */
import { startServer } from './app.js';
import { createLogger } from './logger.js';
import { readSettings, SettingsError } from './settings.js';

let settings;
try {
  settings = readSettings(process.env);
} catch (error) {
  if (!(error instanceof SettingsError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const logger = createLogger(settings.logLevel);
const demo = process.argv.includes('--demo');
const server = await startServer({
  port: settings.port,
  host: settings.host,
  databasePath: settings.databasePath,
  sessionSecret: settings.sessionSecret,
  trustProxy: settings.trustProxy,
  disputeResolver: settings.disputeResolver,
  defaultRulebook: settings.defaultRulebook,
  proposalWorkers: settings.proposalWorkers,
  logger,
  demo,
});
logger.info({ url: server.url, database: settings.databasePath }, 'Probity is running');
console.log(`Probity is running at ${server.url} (database ${settings.databasePath})`);
if (server.demoLogins.length > 0) {
  console.log('Demo council seeded. Log in as (password for every demo user: see below):');
  for (const login of server.demoLogins) {
    console.log(`  ${login.role.padEnd(22)} ${login.email.padEnd(26)} ${login.name}`);
  }
  console.log(`  password: ${server.demoLogins[0]?.password ?? ''}`);
} else if (demo) {
  console.log('Demo data was seeded on an earlier start; logins are listed in the README.');
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}
