/**
 * The server's settings, read from environment variables and checked with zod at start-up. A bad
 * value stops the server before it listens, with a message naming the variable and what is wrong.
 */
import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { RESOLVER_ROLES, type ResolverRole } from './roles.js';

/** What the server needs to run. */
export interface Settings {
  readonly port: number;
  readonly host: string;
  /** Absolute path of the SQLite file, or `:memory:`. */
  readonly databasePath: string;
  /** Keys session and CSRF tokens; at least 32 characters. */
  readonly sessionSecret: string;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Express's `trust proxy`: set when a TLS-terminating proxy sits in front. */
  readonly trustProxy: boolean;
  /** Who resolves a disputed finding in this council. */
  readonly disputeResolver: ResolverRole;
  /** The rulebook new reports use unless they name one. */
  readonly defaultRulebook: string;
  /** Worker threads that parse and classify proposals; 0 does it on the main thread. */
  readonly proposalWorkers: number;
}

/** The most proposal worker threads a setting may ask for. */
export const MAX_PROPOSAL_WORKERS = 64;

/**
 * The default number of proposal worker threads: one per core the process may use, less one for
 * the main thread (which reads requests, writes to the database and answers), and at least one.
 */
export function defaultProposalWorkers(): number {
  return Math.min(Math.max(availableParallelism() - 1, 1), MAX_PROPOSAL_WORKERS);
}

/** Thrown when the environment does not describe a valid configuration. */
export class SettingsError extends Error {
  override readonly name = 'SettingsError';
}

/** The repository root, for defaults such as `./data/probity.sqlite`. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const environment = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_PATH: z.string().min(1).optional(),
  SESSION_SECRET: z
    .string()
    .min(32, 'must be at least 32 characters (e.g. `openssl rand -hex 32`)')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((value) => value === 'true' || value === '1'),
  DISPUTE_RESOLVER: z.enum(RESOLVER_ROLES).default('monitoring_officer'),
  DEFAULT_RULEBOOK: z.string().min(1).default('north-east-derbyshire'),
  PROPOSAL_WORKERS: z.coerce
    .number()
    .int('must be a whole number')
    .min(0, 'must be 0 (classify on the main thread) or more')
    .max(MAX_PROPOSAL_WORKERS, `must be at most ${MAX_PROPOSAL_WORKERS}`)
    .optional(),
  NODE_ENV: z.string().optional(),
});

/**
 * Reads settings from `env`. Relative database paths resolve against `cwd` (pnpm's INIT_CWD when
 * run through pnpm, so `./data/x.sqlite` means what the user typed); the default is
 * `./data/probity.sqlite` under the repository root. Without SESSION_SECRET a random one is made,
 * except in production, where it is required. Throws {@link SettingsError} listing every problem.
 */
export function readSettings(
  env: Readonly<Record<string, string | undefined>> = process.env,
): Settings {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `  ${issue.path.join('.')}: ${issue.message}`,
    );
    throw new SettingsError(`Probity cannot start; fix these settings:\n${problems.join('\n')}`);
  }
  const values = parsed.data;
  if (values.NODE_ENV === 'production' && !values.SESSION_SECRET) {
    throw new SettingsError(
      'Probity cannot start; fix these settings:\n  SESSION_SECRET: required in production (at least 32 characters)',
    );
  }
  const cwd = env['INIT_CWD'] ?? process.cwd();
  const databasePath = values.DATABASE_PATH
    ? values.DATABASE_PATH === ':memory:' || isAbsolute(values.DATABASE_PATH)
      ? values.DATABASE_PATH
      : resolve(cwd, values.DATABASE_PATH)
    : resolve(REPO_ROOT, 'data', 'probity.sqlite');
  return {
    port: values.PORT,
    host: values.HOST,
    databasePath,
    sessionSecret: values.SESSION_SECRET ?? randomBytes(32).toString('hex'),
    logLevel: values.LOG_LEVEL,
    trustProxy: values.TRUST_PROXY,
    disputeResolver: values.DISPUTE_RESOLVER,
    defaultRulebook: values.DEFAULT_RULEBOOK,
    proposalWorkers: values.PROPOSAL_WORKERS ?? defaultProposalWorkers(),
  };
}
