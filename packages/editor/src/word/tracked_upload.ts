/**
 * For a member who marks up in Word: upload the `.docx` downloaded from a version, edited with
 * Track Changes on, and it becomes a proposal, classified by the server like any other. Edits
 * made with Track Changes off are kept but named, so nobody is surprised by them.
 */
import { h } from '../app/dom.js';
import { Notices } from '../app/notice.js';
import { DOCX_TYPE, type WordApi } from './word_api.js';

export interface TrackedUploadOptions {
  readonly api: WordApi;
  readonly reportId: string;
  /** The version the member downloaded and marked up. */
  readonly baseVersionId: string;
  /** Called with the new proposal's id. */
  readonly onProposal: (proposalId: string) => void;
}

/** The upload form; see the file comment. */
export function trackedUpload(options: TrackedUploadOptions): HTMLElement {
  const notices = new Notices();
  const file = h('input', {
    attrs: { id: 'word-tracked-file', type: 'file', accept: `.docx,${DOCX_TYPE}` },
  });
  const send = h(
    'button',
    { class: 'button button-primary', attrs: { type: 'submit', id: 'word-tracked-send' } },
    'Propose these changes',
  );
  const form = h(
    'form',
    {
      class: 'form word-tracked',
      on: {
        submit: (event) => {
          event.preventDefault();
          const chosen = file.files?.[0];
          if (!chosen) {
            notices.show('error', 'Choose the Word document you marked up (.docx) first.');
            file.focus();
            return;
          }
          send.disabled = true;
          options.api
            .proposeFromDocx(options.reportId, options.baseVersionId, chosen)
            .then((proposal) => {
              const untracked = proposal.word.untracked.length;
              if (untracked > 0) {
                notices.show(
                  'warning',
                  `${untracked} paragraph${untracked === 1 ? ' was' : 's were'} changed with Track Changes off; those changes are included and checked like the others.`,
                );
              }
              options.onProposal(proposal.id);
            })
            .catch((error: unknown) => notices.error(error))
            .finally(() => {
              send.disabled = false;
            });
        },
      },
    },
    h('h2', {}, 'Propose changes made in Word'),
    h(
      'p',
      { class: 'hint' },
      'Download this version to mark up in Word, make your changes with Track Changes on, then upload the file here.',
    ),
    notices.element,
    h(
      'div',
      { class: 'field' },
      h('label', { attrs: { for: 'word-tracked-file' } }, 'Marked-up Word document'),
      file,
    ),
    send,
  );
  return form;
}
