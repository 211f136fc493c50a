/** @probity/server: the HTTP API of Probity. */
export {
  startServer,
  createApp,
  REQUEST_LIMIT_BYTES,
  type RunningServer,
  type StartOptions,
  type AppOptions,
} from './app.js';
export { readSettings, SettingsError, type Settings } from './settings.js';
export { SqliteStore } from './db/sqlite/sqlite_store.js';
export type { Store, Tx } from './db/store.js';
export { verifyAuditChain } from './verify_audit_chain.js';
export { ChainVerifier, GENESIS_HASH, hashEvent, type ChainReport } from './audit_chain.js';
export { DEMO_LOGINS, DEMO_PASSWORD, type DemoLogin } from './demo/seed_demo.js';
export { ROLES, type Role } from './roles.js';
export { launchChromium, CHROMIUM_PATH } from './chromium.js';
// The shapes of answers the web app reads, so that it types them from here rather than copying them.
export type { TimelineEntry } from './presenters/timeline.js';
export type { FindingCount, FindingStatistics } from './finding_statistics.js';
