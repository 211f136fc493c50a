/**
 * `pnpm create-user --email E --name N --role R`: the administrator's command to add a user. The
 * password comes from the PROBITY_PASSWORD environment variable or is asked for (not echoed); it
 * must be at least 12 characters. The creation is recorded in the audit trail as the system's act.
 */
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { ApiError } from '../api_error.js';
import { SYSTEM_ACTOR } from '../audit_context.js';
import { createUser } from '../commands/user_commands.js';
import { SqliteStore } from '../db/sqlite/sqlite_store.js';
import { ROLES } from '../roles.js';
import { cliOptions, databasePath } from './cli_args.js';

const USAGE = `pnpm create-user --email EMAIL --name "FULL NAME" --role ROLE [--db FILE]
  roles: ${ROLES.join(', ')}
  password: PROBITY_PASSWORD environment variable, or typed when asked`;

const Input = z.object({
  email: z.email('--email: must be an email address'),
  name: z.string().trim().min(1, '--name: must not be empty').max(200),
  role: z.enum(ROLES, { error: `--role: must be one of ${ROLES.join(', ')}` }),
  password: z.string().min(12, 'password: must be at least 12 characters').max(1000),
});

async function askPassword(): Promise<string> {
  const rl = createInterface({
    input: process.stdin,
    output: process.stdout,
    terminal: process.stdin.isTTY,
  });
  const question = 'Password for the new user (at least 12 characters): ';
  if (process.stdin.isTTY) {
    // Echo nothing while the password is typed.
    const write = (rl as unknown as { _writeToOutput: (text: string) => void })._writeToOutput;
    (rl as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = (text) => {
      if (text.includes(question)) write.call(rl, question);
    };
  }
  const answer = await new Promise<string>((resolve, reject) => {
    rl.once('close', () => reject(new Error('no password given (stdin closed)')));
    rl.question(question, resolve);
  }).finally(() => rl.removeAllListeners('close'));
  rl.close();
  if (process.stdin.isTTY) process.stdout.write('\n');
  return answer;
}

async function main(): Promise<number> {
  const options = cliOptions(['email', 'name', 'role', 'db'], USAGE);
  // Check the details before asking for a password that would then be thrown away.
  const details = Input.omit({ password: true }).safeParse(options);
  const parsed = details.success
    ? Input.safeParse({
        ...options,
        password: process.env['PROBITY_PASSWORD'] ?? (await askPassword()),
      })
    : details;
  if (!parsed.success) {
    console.error(parsed.error.issues.map((issue) => `create-user: ${issue.message}`).join('\n'));
    console.error(`usage: ${USAGE}`);
    return 2;
  }
  const store = SqliteStore.open(databasePath(options.db));
  try {
    const user = await createUser(store, SYSTEM_ACTOR, parsed.data);
    console.log(`create-user: created ${user.role} ${user.name} <${user.email}> (id ${user.id})`);
    return 0;
  } catch (error) {
    if (error instanceof ApiError) {
      console.error(`create-user: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await store.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`create-user: ${(error as Error).message}`);
    process.exit(2);
  },
);
