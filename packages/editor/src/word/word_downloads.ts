/**
 * Links to a version as `.docx` (plain, or with Word's Track Changes on for a member to mark up)
 * and as PDF, and to a proposal as `.docx` with its tracked changes and finding comments. Plain
 * links: the browser downloads with the session cookie, and the server decides who may.
 */
import { h } from '../app/dom.js';
import { proposalDocxUrl, versionDocxUrl, versionPdfUrl } from './word_api.js';

/** Download links for version `versionId` of report `reportId`. */
export function versionDownloads(
  reportId: string,
  versionId: string,
  options: { readonly forMarkingUp?: boolean } = {},
): HTMLElement {
  const link = (href: string, text: string, id: string) =>
    h('a', { class: 'button button-quiet button-small', attrs: { href, download: '', id } }, text);
  return h(
    'div',
    { class: 'word-downloads', attrs: { role: 'group', 'aria-label': 'Download this version' } },
    options.forMarkingUp
      ? link(
          versionDocxUrl(reportId, versionId, true),
          'Download to mark up in Word',
          'word-download-markup',
        )
      : link(versionDocxUrl(reportId, versionId), 'Download as Word', 'word-download-docx'),
    link(versionPdfUrl(reportId, versionId), 'Download PDF', 'word-download-pdf'),
  );
}

/** A link to proposal `proposalId` as a `.docx` with tracked changes and comments. */
export function proposalDownload(proposalId: string): HTMLElement {
  return h(
    'a',
    {
      class: 'button button-quiet button-small',
      attrs: { href: proposalDocxUrl(proposalId), download: '', id: 'word-download-proposal' },
    },
    'Download with tracked changes (Word)',
  );
}
