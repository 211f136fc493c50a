/** Starting a report: its record (title, decision-maker, member, flags), then the editor. */
import type { Body, User } from '../api/client.js';
import { h } from '../app/dom.js';
import { ROLE_LABELS } from '../app/format.js';
import { Notices } from '../app/notice.js';
import type { Page, PageContext } from '../app/page.js';
import { pathOf } from '../app/router.js';
import { WordApi } from '../word/word_api.js';
import { wordImportPanel } from '../word/word_import_panel.js';
import { reportTemplate } from './report_template.js';

export async function newReportPage(context: PageContext): Promise<Page> {
  const [cabinet, chairs, rulebooks] = await Promise.all([
    context.api.users('cabinet_member'),
    context.api.users('chair'),
    context.api.rulebooks().catch(() => ({ rulebooks: [] })),
  ]);
  const members: User[] = [...cabinet.users, ...chairs.users];
  const notices = new Notices();
  const field = (id: string, text: string, control: HTMLElement, hint?: string) =>
    h(
      'div',
      { class: 'field' },
      h('label', { attrs: { for: id } }, text),
      hint ? h('p', { class: 'hint', attrs: { id: `${id}-hint` } }, hint) : null,
      control,
    );
  const title = h('input', {
    attrs: { id: 'report-title', type: 'text', required: true, maxlength: 300 },
  });
  const decisionMaker = h('input', {
    attrs: {
      id: 'report-decision-maker',
      type: 'text',
      value: 'Cabinet',
      required: true,
      'aria-describedby': 'report-decision-maker-hint',
    },
  });
  const member = h(
    'select',
    { attrs: { id: 'report-member', required: true } },
    ...members.map((m) =>
      h('option', { attrs: { value: m.id } }, `${m.name} (${ROLE_LABELS[m.role] ?? m.role})`),
    ),
  );
  const rulebook = h(
    'select',
    { attrs: { id: 'report-rulebook' } },
    ...rulebooks.rulebooks.map((r) => h('option', { attrs: { value: r.id } }, r.council)),
  );
  const keyDecision = h('input', { attrs: { id: 'report-key', type: 'checkbox' } });
  const statutory = h('input', { attrs: { id: 'report-statutory', type: 'checkbox' } });
  const submit = h(
    'button',
    { class: 'button button-primary', attrs: { type: 'submit' } },
    'Create report',
  );
  // Starting from a Word document (word/word_import_panel.ts): the officer confirms the tags the
  // server suggests, then "Use this text" hands over the body this report will start from.
  let imported: Body | null = null;
  const importStatus = h('p', { class: 'hint', attrs: { 'aria-live': 'polite' } });
  const wordPanel = wordImportPanel({
    api: new WordApi(),
    onReady: (result) => {
      imported = result.body;
      if (!title.value.trim() && result.title) title.value = result.title;
      importStatus.textContent = 'The report will start from your Word document.';
      title.focus();
    },
  });
  const form = h(
    'form',
    {
      class: 'form',
      attrs: { novalidate: true },
      on: {
        submit: (event) => {
          event.preventDefault();
          if (!title.value.trim()) {
            notices.show('error', 'Give the report a title.');
            title.focus();
            return;
          }
          if (!member.value) {
            notices.show('error', 'Choose the Cabinet Member or Chair who will review it.');
            member.focus();
            return;
          }
          submit.disabled = true;
          bodyToCreate()
            .then((body) =>
              context.api.createReport({
                title: title.value.trim(),
                decisionMaker: decisionMaker.value.trim() || 'Cabinet',
                memberId: member.value,
                keyDecision: keyDecision.checked,
                statutory: statutory.checked,
                ...(rulebook.value ? { rulebook: rulebook.value } : {}),
                body,
              }),
            )
            .then((report) => context.navigate(pathOf({ name: 'report', reportId: report.id })))
            .catch((error: unknown) => notices.error(error))
            .finally(() => {
              submit.disabled = false;
            });
        },
      },
    },
    importStatus,
    field('report-title', 'Title', title),
    field(
      'report-decision-maker',
      'Decision-maker',
      decisionMaker,
      'Cabinet, or the committee that decides.',
    ),
    field('report-member', 'Portfolio holder or Chair who reviews the draft', member),
    rulebooks.rulebooks.length > 1 ? field('report-rulebook', 'Council protocol', rulebook) : null,
    h(
      'div',
      { class: 'field field-check' },
      keyDecision,
      h('label', { attrs: { for: 'report-key' } }, 'This is a key decision'),
    ),
    h(
      'div',
      { class: 'field field-check' },
      statutory,
      h(
        'label',
        { attrs: { for: 'report-statutory' } },
        'Statutory officer report (clause 7.7: only typing and spelling corrections may be asked for)',
      ),
    ),
    submit,
  );
  const bodyToCreate = async (): Promise<Body> => imported ?? (reportTemplate().toJSON() as Body);
  return {
    title: 'New report',
    element: h(
      'div',
      { class: 'page page-narrow' },
      h('h1', {}, 'New report'),
      notices.element,
      h(
        'details',
        { class: 'panel word-start' },
        h('summary', {}, 'Start from a Word document (optional)'),
        wordPanel,
      ),
      form,
    ),
  };
}
