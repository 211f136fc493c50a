/**
 * "Start from a Word document": the officer picks a `.docx`, Probity reads it, and in one place
 * the officer confirms or dismisses each paragraph that reads as protected (each is ticked; untick
 * to leave it as ordinary text) and sees what could not be carried over. "Use this text" applies
 * the confirmed tags on the server and hands the body to `onReady`, before anything is saved.
 * A page mounts it with `wordImportPanel({ api: new WordApi(), onReady })`.
 */
import type { Body } from '../api/client.js';
import { h } from '../app/dom.js';
import { Notices } from '../app/notice.js';
import { DOCX_TYPE, type ImportedReport, type ProposedTag, type WordApi } from './word_api.js';

export interface WordImportOptions {
  readonly api: WordApi;
  /** Called with the tagged body (and the document's title, when it has one). */
  readonly onReady: (result: { readonly title?: string; readonly body: Body }) => void;
}

const OFFICERS: Readonly<Record<string, string>> = {
  author: 'the report author',
  monitoring_officer: 'the Monitoring Officer',
  chief_finance_officer: 'the Chief Finance Officer',
  head_of_paid_service: 'the Head of Paid Service',
  other: 'another officer',
};
const STATEMENTS: Readonly<Record<string, string>> = {
  legality: 'on legality',
  fairness: 'on fairness',
  financial_prudence: 'on financial prudence',
  key_decision: 'on whether this is a key decision',
  policy_framework: 'on the policy framework',
  budget_framework: 'on the budget framework',
};

/** The words for a tag: "Statement on legality by the Monitoring Officer". */
export function describeTag(tag: ProposedTag): string {
  switch (tag.type) {
    case 'opinion':
      return `Professional opinion of ${OFFICERS[tag.officer] ?? tag.officer}`;
    case 'statement':
      return `Statement ${STATEMENTS[tag.kind] ?? tag.kind} by ${OFFICERS[tag.officer] ?? tag.officer}`;
    case 'consultation':
      return tag.source ? `Consultation response from ${tag.source}` : 'Consultation response';
  }
}

/** The panel; see the file comment. */
export function wordImportPanel(options: WordImportOptions): HTMLElement {
  const notices = new Notices();
  const file = h('input', {
    attrs: {
      id: 'word-file',
      type: 'file',
      accept: `.docx,${DOCX_TYPE}`,
      'aria-describedby': 'word-file-hint',
    },
  });
  const read = h(
    'button',
    { class: 'button', attrs: { type: 'button', id: 'word-read' } },
    'Read the document',
  );
  const results = h('div', { class: 'word-import-results' });

  read.addEventListener('click', () => {
    const chosen = file.files?.[0];
    if (!chosen) {
      notices.show('error', 'Choose a Word document (.docx) first.');
      file.focus();
      return;
    }
    read.disabled = true;
    results.replaceChildren(h('p', { attrs: { role: 'status' } }, 'Reading the document…'));
    options.api
      .importDocx(chosen)
      .then((imported) => results.replaceChildren(review(imported)))
      .catch((error: unknown) => {
        results.replaceChildren();
        notices.error(error);
      })
      .finally(() => {
        read.disabled = false;
      });
  });

  function review(imported: ImportedReport): HTMLElement {
    const boxes = imported.suggestions.map((suggestion, i) =>
      h('input', { attrs: { type: 'checkbox', id: `word-tag-${i}`, checked: true } }),
    );
    const use = h(
      'button',
      { class: 'button button-primary', attrs: { type: 'button', id: 'word-use' } },
      'Use this text',
    );
    use.addEventListener('click', () => {
      use.disabled = true;
      const confirmations = imported.suggestions
        .filter((_, i) => boxes[i]?.checked)
        .map(({ blockId, tag }) => ({ blockId, tag }));
      options.api
        .applyTags(imported.body, confirmations)
        .then(({ body }) =>
          options.onReady({
            ...(imported.title === undefined ? {} : { title: imported.title }),
            body,
          }),
        )
        .catch((error: unknown) => notices.error(error))
        .finally(() => {
          use.disabled = false;
        });
    });
    return h(
      'div',
      {},
      imported.suggestions.length === 0
        ? h('p', {}, 'No paragraph reads as an opinion, a statement or a consultation response.')
        : h(
            'fieldset',
            { class: 'word-tags' },
            h('legend', {}, `Tags to confirm (${imported.suggestions.length})`),
            h(
              'p',
              { class: 'hint' },
              'These paragraphs read as protected content. Ticked ones are tagged, so members cannot have them removed or altered; untick any that are ordinary text.',
            ),
            ...imported.suggestions.map((suggestion, i) =>
              h(
                'div',
                { class: 'field field-check word-tag' },
                boxes[i],
                h(
                  'label',
                  { attrs: { for: `word-tag-${i}` } },
                  h('strong', {}, describeTag(suggestion.tag)),
                  h('blockquote', {}, suggestion.text),
                  h('span', { class: 'hint' }, `${suggestion.reason} (“${suggestion.cue}”)`),
                ),
              ),
            ),
          ),
      h('h3', {}, 'Not carried over'),
      imported.dropped.length === 0
        ? h('p', { class: 'word-dropped-none' }, 'Everything in the document was carried over.')
        : h(
            'ul',
            { class: 'word-dropped' },
            ...imported.dropped.map((item) =>
              h('li', {}, h('strong', {}, `${item.where}: `), item.detail),
            ),
          ),
      use,
    );
  }

  return h(
    'section',
    { class: 'word-import', attrs: { 'aria-labelledby': 'word-import-heading' } },
    h('h2', { attrs: { id: 'word-import-heading' } }, 'Start from a Word document'),
    h(
      'p',
      { class: 'hint', attrs: { id: 'word-file-hint' } },
      'Headings become sections, numbered options and recommendations keep their place, tables stay tables.',
    ),
    notices.element,
    h(
      'div',
      { class: 'field' },
      h('label', { attrs: { for: 'word-file' } }, 'Word document'),
      file,
    ),
    read,
    results,
  );
}
