/**
 * "My reports": what needs me first (proposals to decide, disputes to resolve, reports to
 * review or proposals to send), then everything else I can see.
 */
import type { ReportSummary, User } from '../api/client.js';
import { h } from '../app/dom.js';
import { ATTENTION_LABELS, formatDateTime, label, STATUS_LABELS } from '../app/format.js';
import type { Page, PageContext } from '../app/page.js';
import { pathOf } from '../app/router.js';

/** The page a report opens on for `user`. */
export function reportHref(report: ReportSummary, user: User): string {
  if (report.attention === 'review_report' || report.attention === 'send_proposal') {
    return pathOf({ name: 'suggest', reportId: report.id });
  }
  if (report.authorId === user.id) return pathOf({ name: 'report', reportId: report.id });
  if (report.memberId === user.id && report.status === 'with_member') {
    return pathOf({ name: 'suggest', reportId: report.id });
  }
  return pathOf({ name: 'history', reportId: report.id });
}

const ORDER = ['resolve_dispute', 'decide_proposal', 'send_proposal', 'review_report'];

export async function homePage(context: PageContext): Promise<Page> {
  const { reports } = await context.api.reports();
  const needing = reports
    .filter((r) => r.attention)
    .sort((x, y) => ORDER.indexOf(x.attention ?? '') - ORDER.indexOf(y.attention ?? ''));
  const others = reports.filter((r) => !r.attention);
  const canCreate = context.user.role === 'officer';
  const element = h(
    'div',
    { class: 'page page-home' },
    h(
      'div',
      { class: 'page-head' },
      h('h1', {}, 'My reports'),
      canCreate
        ? h(
            'a',
            { class: 'button button-primary', attrs: { href: pathOf({ name: 'new-report' }) } },
            'New report',
          )
        : null,
    ),
    h(
      'section',
      { class: 'panel', attrs: { 'aria-labelledby': 'attention-title' } },
      h('h2', { attrs: { id: 'attention-title' } }, `Needs your attention (${needing.length})`),
      needing.length
        ? h('ul', { class: 'report-list' }, ...needing.map((r) => reportItem(r, context.user)))
        : h('p', { class: 'empty' }, 'Nothing is waiting for you.'),
    ),
    h(
      'section',
      { class: 'panel', attrs: { 'aria-labelledby': 'others-title' } },
      h('h2', { attrs: { id: 'others-title' } }, 'Other reports'),
      others.length
        ? h('ul', { class: 'report-list' }, ...others.map((r) => reportItem(r, context.user)))
        : h('p', { class: 'empty' }, 'No other reports.'),
    ),
  );
  return { title: 'My reports', element };
}

function reportItem(report: ReportSummary, user: User): HTMLElement {
  return h(
    'li',
    { class: `report-item${report.attention ? ' report-item-attention' : ''}` },
    h(
      'div',
      { class: 'report-item-main' },
      h('a', { class: 'report-title', attrs: { href: reportHref(report, user) } }, report.title),
      h(
        'p',
        { class: 'report-meta' },
        `${report.decisionMaker} · author ${report.author.name} · member ${report.member.name} · updated ${formatDateTime(report.updatedAt)}`,
      ),
      report.attention
        ? h('p', { class: 'attention' }, label(ATTENTION_LABELS, report.attention))
        : null,
    ),
    h(
      'div',
      { class: 'report-item-side' },
      h(
        'span',
        { class: `status status-${report.status}` },
        STATUS_LABELS[report.status] ?? report.status,
      ),
      report.keyDecision ? h('span', { class: 'tag' }, 'Key decision') : null,
      report.statutory ? h('span', { class: 'tag tag-strong' }, 'Statutory report (7.7)') : null,
    ),
  );
}
