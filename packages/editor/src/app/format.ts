/** How dates, statuses, roles and attention codes are written on screen. */
import type { ReportStatus, Role } from '../api/client.js';

const dateTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
});

/** "22 Nov 2026, 08:14" in UK time; the input as given when it is not a date. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

export const STATUS_LABELS: Readonly<Record<ReportStatus, string>> = {
  draft: 'Draft',
  with_member: 'With the member',
  cleared: 'Cleared by the author',
  published: 'Published',
};

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  officer: 'Officer',
  cabinet_member: 'Cabinet Member',
  chair: 'Committee Chair',
  democratic_services: 'Democratic Services',
  monitoring_officer: 'Monitoring Officer',
  head_of_paid_service: 'Head of Paid Service',
  admin: 'Administrator',
};

/** What the viewer must do, in words, for the server's attention codes. */
export const ATTENTION_LABELS: Readonly<Record<string, string>> = {
  decide_proposal: 'A member’s proposal is waiting for your decision',
  review_report: 'Shared with you for review',
  send_proposal: 'Your proposal is drafted but not sent',
  resolve_dispute: 'A disputed finding needs your ruling',
};

/** The label of `key` in `labels`, or the key with underscores as spaces. */
export function label(labels: Readonly<Record<string, string>>, key: string): string {
  return labels[key] ?? key.replace(/_/g, ' ');
}
