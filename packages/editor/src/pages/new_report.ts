/** Starting a report: its record (title, decision-maker, member, flags), then the editor. */
import type { Body, ImportedReport, User } from '../api/client.js';
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
  // Starting from a Word document: the server turns it into a body; the officer confirms the
  // paragraphs that read as opinions, statements or consultation responses.
  let imported: ImportedReport | null = null;
  const confirmations = new Map<string, HTMLInputElement>();
  const importSummary = h('div', { class: 'import-summary', attrs: { 'aria-live': 'polite' } });
  const wordFile = h('input', {
    attrs: {
      id: 'report-word',
      type: 'file',
      accept: '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'aria-describedby': 'report-word-hint',
    },
    on: {
      change: () => {
        const file = wordFile.files?.[0];
        imported = null;
        confirmations.clear();
        importSummary.replaceChildren();
        if (!file) return;
        importSummary.replaceChildren(h('p', { class: 'loading' }, `Reading ${file.name}…`));
        context.api
          .importDocx(file)
          .then((result) => {
            imported = result;
            if (!title.value.trim() && result.title) title.value = result.title;
            importSummary.replaceChildren(importedSummary(result, confirmations));
          })
          .catch((error: unknown) => {
            importSummary.replaceChildren();
            notices.error(error);
          });
      },
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
    field(
      'report-word',
      'Start from a Word document (optional)',
      wordFile,
      'A .docx: its headings become sections and its options, recommendations and tables are kept. Without one you start from the council’s report template.',
    ),
    importSummary,
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
  const bodyToCreate = async (): Promise<Body> => {
    if (!imported) return reportTemplate().toJSON() as Body;
    const chosen = (imported.suggestions ?? []).filter(
      (s) => confirmations.get(s.blockId)?.checked,
    );
    if (chosen.length === 0) return imported.body;
    const { body } = await context.api.confirmTags(
      imported.body,
      chosen.map((s) => ({ blockId: s.blockId, tag: s.tag })),
    );
    return body;
  };
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

const TAG_NAMES: Readonly<Record<string, string>> = {
  opinion: 'an officer’s opinion',
  statement: 'a statutory statement',
  consultation: 'a consultation response',
};

function importedSummary(
  result: ImportedReport,
  confirmations: Map<string, HTMLInputElement>,
): HTMLElement {
  const suggestions = result.suggestions ?? [];
  const dropped = result.dropped ?? [];
  return h(
    'div',
    { class: 'panel' },
    h(
      'p',
      {},
      h('strong', {}, 'Word document read. '),
      'Nothing is saved until you create the report.',
    ),
    suggestions.length
      ? h(
          'fieldset',
          { class: 'suggestions' },
          h('legend', {}, 'These paragraphs read as protected blocks. Tag them?'),
          ...suggestions.map((s, i) => {
            const id = `suggestion-${i}`;
            const box = h('input', { attrs: { id, type: 'checkbox', checked: true } });
            confirmations.set(s.blockId, box);
            return h(
              'div',
              { class: 'field-check suggestion' },
              box,
              h(
                'label',
                { attrs: { for: id } },
                h('strong', {}, `As ${TAG_NAMES[s.tag.type] ?? s.tag.type}: `),
                `“${s.text.length > 160 ? `${s.text.slice(0, 157)}…` : s.text}” `,
                h('span', { class: 'hint' }, `(${s.reason})`),
              ),
            );
          }),
        )
      : null,
    dropped.length
      ? h(
          'div',
          {},
          h('p', {}, h('strong', {}, 'Not brought across: ')),
          h(
            'ul',
            {},
            ...dropped.map((d) =>
              h('li', {}, `${d.kind.replace(/_/g, ' ')} — ${d.where}: ${d.detail}`),
            ),
          ),
        )
      : null,
  );
}
