/**
 * A report's history, for democratic services and the Monitoring Officer (and its author and
 * member): the timeline of everything that happened, the tracked difference between any two
 * versions with the server's findings, the proposals, whether the audit chain verifies, and the
 * exports (events as JSON and CSV, the printable history statement).
 */
import { parseReport } from '@probity/rules';
import type { AuditVerification, Report, TimelineEntry, Version } from '../api/client.js';
import { h, replace } from '../app/dom.js';
import { formatDateTime, ROLE_LABELS } from '../app/format.js';
import { describeError, Notices } from '../app/notice.js';
import type { Page, PageContext } from '../app/page.js';
import { pathOf } from '../app/router.js';
import { createEditor } from '../editor/create_editor.js';
import { ChangePanel } from '../tracked/change_panel.js';
import { trackChanges } from '../tracked/track_changes.js';
import { reportHeader } from './report_header.js';

const AUDITORS = ['democratic_services', 'monitoring_officer', 'admin'];

export async function historyPage(context: PageContext, reportId: string): Promise<Page> {
  const auditor = AUDITORS.includes(context.user.role);
  const [report, { events }, { versions }, { proposals }, verification] = await Promise.all([
    context.api.report(reportId),
    context.api.timeline(reportId),
    context.api.versions(reportId),
    context.api.proposals(reportId),
    auditor ? context.api.verifyAudit().catch((error: unknown) => error) : Promise.resolve(null),
  ]);
  const notices = new Notices();
  const compare = compareSection(context, report, versions, notices);
  const exports =
    context.user.role === 'admin' ? [] : auditor ? exportLinks(context, report.id) : [];
  const element = h(
    'div',
    { class: 'page page-history' },
    reportHeader(report, 'History'),
    notices.element,
    h(
      'div',
      { class: 'history-grid' },
      h(
        'div',
        { class: 'history-main' },
        h(
          'section',
          { class: 'panel', attrs: { 'aria-labelledby': 'timeline-title' } },
          h('h2', { attrs: { id: 'timeline-title' } }, 'Timeline'),
          timeline(events),
        ),
      ),
      h(
        'div',
        { class: 'history-side' },
        verification === null
          ? null
          : h(
              'section',
              { class: 'panel', attrs: { 'aria-labelledby': 'chain-title' } },
              h('h2', { attrs: { id: 'chain-title' } }, 'Audit chain'),
              chainStatus(verification),
            ),
        exports.length
          ? h(
              'section',
              { class: 'panel', attrs: { 'aria-labelledby': 'exports-title' } },
              h('h2', { attrs: { id: 'exports-title' } }, 'Exports'),
              h('ul', { class: 'link-list' }, ...exports.map((a) => h('li', {}, a))),
            )
          : null,
        h(
          'section',
          { class: 'panel', attrs: { 'aria-labelledby': 'proposals-title' } },
          h('h2', { attrs: { id: 'proposals-title' } }, 'Proposals'),
          proposals.length
            ? h(
                'ul',
                { class: 'link-list' },
                ...proposals.map((p) =>
                  h(
                    'li',
                    {},
                    h(
                      'a',
                      { attrs: { href: pathOf({ name: 'proposal', proposalId: p.id }) } },
                      `${formatDateTime(p.createdAt)} · ${p.status} · ${p.classification.findings.length} change(s), overall ${p.classification.verdict}`,
                    ),
                  ),
                ),
              )
            : h('p', { class: 'empty' }, 'No proposals yet.'),
        ),
      ),
    ),
  );
  // Comparing versions needs the page's full width: the report beside its findings.
  element.append(compare.element);
  return { title: `History: ${report.title}`, element, dispose: () => compare.dispose() };
}

function timeline(events: readonly TimelineEntry[]): HTMLElement {
  if (events.length === 0) return h('p', { class: 'empty' }, 'Nothing has happened yet.');
  return h(
    'ol',
    { class: 'timeline' },
    ...events.map((event) =>
      h(
        'li',
        { class: `timeline-item timeline-${event.type}` },
        h('time', { attrs: { datetime: event.at } }, formatDateTime(event.at)),
        h('p', { class: 'timeline-summary' }, event.summary),
        h(
          'p',
          { class: 'timeline-actor' },
          event.actor
            ? `${event.actor.name}, ${ROLE_LABELS[event.actor.role as keyof typeof ROLE_LABELS] ?? event.actor.role}`
            : 'System',
          ` · event ${event.seq}`,
        ),
      ),
    ),
  );
}

function chainStatus(verification: AuditVerification | unknown): HTMLElement {
  if (!verification || typeof verification !== 'object' || !('ok' in verification)) {
    return h(
      'p',
      { class: 'banner banner-error' },
      `Could not check the chain: ${describeError(verification)}`,
    );
  }
  const result = verification as AuditVerification;
  if (result.ok) {
    return h(
      'p',
      { class: 'chain chain-ok', attrs: { id: 'chain-status' } },
      h('span', { class: 'chain-icon', attrs: { 'aria-hidden': 'true' } }, '✓'),
      `Verified: all ${result.events} events are intact and in order.`,
    );
  }
  return h(
    'p',
    { class: 'chain chain-broken', attrs: { id: 'chain-status', role: 'alert' } },
    h('span', { class: 'chain-icon', attrs: { 'aria-hidden': 'true' } }, '✕'),
    `Broken at event ${result.firstBroken?.seq ?? '?'}: ${result.firstBroken?.reason ?? 'unknown reason'}. Tell the Monitoring Officer.`,
  );
}

function exportLinks(context: PageContext, reportId: string): HTMLElement[] {
  return [
    h(
      'a',
      {
        attrs: {
          href: context.api.exportUrl(reportId, 'history.html'),
          target: '_blank',
          rel: 'noopener',
          id: 'export-history',
        },
      },
      'History statement (printable)',
    ),
    h(
      'a',
      {
        attrs: {
          href: context.api.exportUrl(reportId, 'events.csv'),
          download: `report-${reportId}-events.csv`,
        },
      },
      'Audit events (CSV)',
    ),
    h(
      'a',
      {
        attrs: {
          href: context.api.exportUrl(reportId, 'events.json'),
          download: `report-${reportId}-events.json`,
        },
      },
      'Audit events (JSON)',
    ),
  ];
}

function compareSection(
  context: PageContext,
  report: Report,
  versions: readonly Version[],
  notices: Notices,
) {
  const sorted = [...versions].sort((x, y) => x.number - y.number);
  const select = (id: string, chosen: Version | undefined) =>
    h(
      'select',
      { attrs: { id } },
      ...sorted.map((v) =>
        h(
          'option',
          { attrs: { value: v.id, selected: v.id === chosen?.id } },
          `Version ${v.number} · ${formatDateTime(v.createdAt)}${v.source === 'proposal' ? ' · from a proposal' : ''}`,
        ),
      ),
    );
  const from = select('compare-from', sorted.at(-2) ?? sorted[0]);
  const to = select('compare-to', sorted.at(-1));
  const result = h('div', { class: 'compare-result' });
  let dispose: () => void = () => undefined;
  const run = async () => {
    dispose();
    if (from.value === to.value) {
      replace(result, h('p', { class: 'empty' }, 'Choose two different versions.'));
      return;
    }
    replace(result, h('p', { class: 'loading' }, 'Comparing…'));
    try {
      const [base, proposed, classification] = await Promise.all([
        context.api.version(report.id, from.value),
        context.api.version(report.id, to.value),
        context.api.diff(report.id, from.value, to.value),
      ]);
      const mount = h('div', { class: 'editor-mount' });
      const view = createEditor(mount, {
        doc: parseReport(proposed.body ?? {}),
        label: `Version ${proposed.number} compared with version ${base.number}`,
        editable: false,
        plugins: [trackChanges({ base: parseReport(base.body ?? {}), classification })],
      });
      const panel = new ChangePanel({ view, title: `Version ${base.number} → ${proposed.number}` });
      replace(
        result,
        h(
          'div',
          { class: 'workspace' },
          h('div', { class: 'workspace-main' }, h('div', { class: 'editor-frame' }, mount)),
          h('div', { class: 'workspace-side' }, panel.element),
        ),
      );
      dispose = () => view.destroy();
    } catch (error) {
      notices.error(error);
      replace(result);
    }
  };
  const element = h(
    'section',
    { class: 'panel', attrs: { 'aria-labelledby': 'compare-title' } },
    h('h2', { attrs: { id: 'compare-title' } }, 'Compare versions'),
    sorted.length < 2
      ? h('p', { class: 'empty' }, 'There is only one version so far.')
      : h(
          'form',
          {
            class: 'compare-form',
            on: {
              submit: (event) => {
                event.preventDefault();
                void run();
              },
            },
          },
          h('label', { attrs: { for: 'compare-from' } }, 'From'),
          from,
          h('label', { attrs: { for: 'compare-to' } }, 'To'),
          to,
          h('button', { class: 'button', attrs: { type: 'submit' } }, 'Compare'),
        ),
    result,
  );
  return { element, dispose: () => dispose() };
}
