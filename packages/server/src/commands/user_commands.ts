/** Creating a user: by the administrator's command, or by the demo seed. */
import { randomUUID } from 'node:crypto';
import { conflict } from '../api_error.js';
import { auditEvent, type Actor } from '../audit_context.js';
import type { Store, UserRecord } from '../db/store.js';
import { hashPassword } from '../passwords.js';
import type { Role } from '../roles.js';

/** A new user's details. */
export interface NewUser {
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly password: string;
}

/** Creates the user (password hashed with scrypt); 409 `email_taken` when the email is in use. */
export async function createUser(
  store: Store,
  actor: Actor,
  input: NewUser,
  now: string = new Date().toISOString(),
): Promise<UserRecord> {
  const user: UserRecord = {
    id: randomUUID(),
    email: input.email.trim().toLowerCase(),
    name: input.name.trim(),
    role: input.role,
    passwordHash: await hashPassword(input.password),
    createdAt: now,
  };
  return store.write(async (tx) => {
    if (await tx.users.byEmail(user.email)) {
      throw conflict('email_taken', `A user with email ${user.email} already exists.`);
    }
    await tx.users.insert(user);
    await tx.audit.append(
      auditEvent(
        actor,
        'user_created',
        null,
        { userId: user.id, email: user.email, name: user.name, role: user.role },
        now,
      ),
    );
    return user;
  });
}
