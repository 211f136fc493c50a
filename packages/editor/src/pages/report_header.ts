/** The top of every report page: title, what it is, where it stands. */
import type { Report, ReportSummary } from '../api/client.js';
import { h } from '../app/dom.js';
import { STATUS_LABELS } from '../app/format.js';

/** The report's title (the page's h1) and its facts. */
export function reportHeader(
  report: ReportSummary | Report,
  kicker: string,
  ...actions: (HTMLElement | null)[]
): HTMLElement {
  const version = 'currentVersion' in report ? `version ${report.currentVersion.number}` : null;
  return h(
    'div',
    { class: 'report-header' },
    h('p', { class: 'kicker' }, kicker),
    h('h1', {}, report.title),
    h(
      'p',
      { class: 'report-facts' },
      h(
        'span',
        { class: `status status-${report.status}` },
        STATUS_LABELS[report.status] ?? report.status,
      ),
      h('span', {}, `For ${report.decisionMaker}`),
      h('span', {}, `Author ${report.author.name}`),
      h('span', {}, `Member ${report.member.name}`),
      version ? h('span', {}, version) : null,
      report.keyDecision ? h('span', { class: 'tag' }, 'Key decision') : null,
      report.statutory ? h('span', { class: 'tag tag-strong' }, 'Statutory report (7.7)') : null,
    ),
    actions.some(Boolean) ? h('div', { class: 'report-actions' }, ...actions) : null,
  );
}

/** A button with `text` that runs `action`, disabled while it runs. */
export function actionButton(
  text: string,
  action: () => Promise<void> | void,
  kind: 'primary' | 'secondary' | 'danger' = 'secondary',
): HTMLButtonElement {
  const button: HTMLButtonElement = h(
    'button',
    {
      class: `button button-${kind}`,
      attrs: { type: 'button' },
      on: {
        click: () => {
          button.disabled = true;
          void Promise.resolve()
            .then(action)
            .finally(() => {
              button.disabled = false;
            });
        },
      },
    },
    text,
  );
  return button;
}
