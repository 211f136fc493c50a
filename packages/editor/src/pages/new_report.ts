/** Starting a report: its record (title, decision-maker, member, flags), then the editor. */
import type { User } from '../api/client.js';
import { h } from '../app/dom.js';
import { ROLE_LABELS } from '../app/format.js';
import { Notices } from '../app/notice.js';
import type { Page, PageContext } from '../app/page.js';
import { pathOf } from '../app/router.js';
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
          context.api
            .createReport({
              title: title.value.trim(),
              decisionMaker: decisionMaker.value.trim() || 'Cabinet',
              memberId: member.value,
              keyDecision: keyDecision.checked,
              statutory: statutory.checked,
              ...(rulebook.value ? { rulebook: rulebook.value } : {}),
              body: reportTemplate().toJSON() as Record<string, unknown>,
            })
            .then((report) => context.navigate(pathOf({ name: 'report', reportId: report.id })))
            .catch((error: unknown) => notices.error(error))
            .finally(() => {
              submit.disabled = false;
            });
        },
      },
    },
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
  return {
    title: 'New report',
    element: h(
      'div',
      { class: 'page page-narrow' },
      h('h1', {}, 'New report'),
      notices.element,
      form,
    ),
  };
}
