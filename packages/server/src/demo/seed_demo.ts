/**
 * The demo council: one user per role and two reports, one shared with its Cabinet Member and
 * one with a committee Chair's proposal waiting for the author's decision. Seeded only into an
 * empty database, through the same commands the API uses, so the demo's audit trail is real.
 */
import { SYSTEM_ACTOR, type Actor } from '../audit_context.js';
import { classifyProposal } from '../classification.js';
import { blockingFindings, createProposal, submitProposal } from '../commands/proposal_commands.js';
import { createReport, shareReport } from '../commands/report_commands.js';
import { createUser } from '../commands/user_commands.js';
import type { AppContext } from '../context.js';
import type { UserRecord } from '../db/store.js';
import { checkBody } from '../report_body.js';
import type { Role } from '../roles.js';
import { gardenWasteReport, parksReport } from './demo_reports.js';

/** One demo login, as printed at start-up and listed in the README. */
export interface DemoLogin {
  readonly email: string;
  readonly password: string;
  readonly name: string;
  readonly role: Role;
}

/** The demo password of every demo user (documented in the README; demo use only). */
export const DEMO_PASSWORD = 'probity-demo';

const PEOPLE: readonly Omit<DemoLogin, 'password'>[] = [
  { email: 'officer@probity.test', name: 'Priya Shah', role: 'officer' },
  { email: 'cabinet@probity.test', name: 'Cllr Tom Ellis', role: 'cabinet_member' },
  { email: 'chair@probity.test', name: 'Cllr Ruth Marsh', role: 'chair' },
  { email: 'democratic@probity.test', name: 'Sam Green', role: 'democratic_services' },
  { email: 'monitoring@probity.test', name: 'Helen Ward', role: 'monitoring_officer' },
  { email: 'hops@probity.test', name: 'David Price', role: 'head_of_paid_service' },
  { email: 'admin@probity.test', name: 'Alex Kerr', role: 'admin' },
];

/** The demo logins. */
export const DEMO_LOGINS: readonly DemoLogin[] = PEOPLE.map((person) => ({
  ...person,
  password: DEMO_PASSWORD,
}));

/** Seeds the demo council into an empty database; returns the logins, or [] if it had users. */
export async function seedDemo(context: AppContext): Promise<readonly DemoLogin[]> {
  if ((await context.store.read((tx) => tx.users.count())) > 0) return [];
  const users = new Map<Role, UserRecord>();
  for (const login of DEMO_LOGINS) {
    users.set(login.role, await createUser(context.store, SYSTEM_ACTOR, login, context.now()));
  }
  const as = (role: Role): Actor & { user: NonNullable<Actor['user']> } => {
    const user = users.get(role);
    if (!user) throw new Error(`demo: no ${role}`);
    return { user: { id: user.id, role }, ip: null };
  };

  const parks = await createReport(context, as('officer'), {
    title: 'Grounds maintenance of parks and open spaces from April 2027',
    decisionMaker: 'Cabinet',
    memberId: as('cabinet_member').user.id,
    keyDecision: true,
    statutory: false,
    rulebook: context.defaultRulebook,
    body: checkBody(parksReport().toJSON()),
  });
  await shareReport(context, as('officer'), parks.id, parks.currentVersionId);

  const waste = await createReport(context, as('officer'), {
    title: 'Garden waste collection charge 2027/28',
    decisionMaker: 'Environment and Climate Committee',
    memberId: as('chair').user.id,
    keyDecision: false,
    statutory: false,
    rulebook: context.defaultRulebook,
    body: checkBody(gardenWasteReport().toJSON()),
  });
  await shareReport(context, as('officer'), waste.id, waste.currentVersionId);
  const proposed = checkBody(gardenWasteReport(true).toJSON());
  const proposal = await createProposal(context, as('chair'), {
    reportId: waste.id,
    baseVersionId: waste.currentVersionId,
    proposedBody: proposed.json,
    classification: classifyProposal(gardenWasteReport(), proposed.node, {
      rulebook: waste.rulebook,
      statutory: waste.statutory,
    }),
    note: 'Two typing slips, and the running cost is £1.25m according to the latest budget monitoring report.',
  });
  // The demo texts are written to be sendable; should a future rulebook judge one of the changes
  // forbidden, the proposal stays a draft rather than the demo failing to start.
  if (blockingFindings(proposal.classification, []).length === 0) {
    await submitProposal(context, as('chair'), proposal.id);
  }
  return DEMO_LOGINS;
}
