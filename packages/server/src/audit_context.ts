/** Who is acting and from where: what every audit event records about its actor. */
import type { Role } from './roles.js';
import type { NewAuditEvent } from './db/store.js';

/** The actor behind a command. `user` is null only for the system itself (seeding, the CLI). */
export interface Actor {
  readonly user: { readonly id: string; readonly role: Role } | null;
  readonly ip: string | null;
}

/** The system acting on its own (demo seeding, administrative commands). */
export const SYSTEM_ACTOR: Actor = { user: null, ip: null };

/** An audit event of `type` by `actor`, stamped with `at`. */
export function auditEvent(
  actor: Actor,
  type: string,
  reportId: string | null,
  data: Readonly<Record<string, unknown>>,
  at: string,
): NewAuditEvent {
  return {
    at,
    type,
    actorId: actor.user?.id ?? null,
    actorRole: actor.user?.role ?? null,
    ip: actor.ip,
    reportId,
    data,
  };
}
