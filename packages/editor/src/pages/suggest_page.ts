/**
 * Suggesting changes (the portfolio holder or Chair): the member edits a copy of the shared
 * version and sees every change against it as tracked changes with the protocol's verdict,
 * live. A forbidden change can be reverted from the panel or disputed with a reason; the
 * proposal can be sent once no undisputed forbidden change is left. The browser's verdicts are a
 * preview: on sending, the server classifies the proposal itself and its findings are what the
 * officer sees and what is recorded.
 */
import type { Node } from 'prosemirror-model';
import type { EditorView } from 'prosemirror-view';
import { compactReport, parseReport } from '@probity/rules';
import { ApiError, type Proposal, type Report } from '../api/client.js';
import { h } from '../app/dom.js';
import { formatDateTime } from '../app/format.js';
import { clearLocalDraft, draftKey, loadLocalDraft, saveLocalDraft } from '../app/local_draft.js';
import { describeError, Notices } from '../app/notice.js';
import type { Page, PageContext } from '../app/page.js';
import { pathOf } from '../app/router.js';
import { createEditor } from '../editor/create_editor.js';
import { replaceDoc } from '../editor/replace_doc.js';
import { Toolbar } from '../editor/toolbar.js';
import { trackedUpload } from '../word/tracked_upload.js';
import { WordApi } from '../word/word_api.js';
import { versionDownloads } from '../word/word_downloads.js';
import type { Finding } from '../tracked/classification.js';
import { ChangePanel } from '../tracked/change_panel.js';
import { loadDictionary, previewClassifier, revertFinding } from '../tracked/preview.js';
import { trackChanges, trackedResult } from '../tracked/track_changes.js';
import { actionButton, reportHeader } from './report_header.js';

export async function suggestPage(context: PageContext, reportId: string): Promise<Page> {
  const [report, { proposals }] = await Promise.all([
    context.api.report(reportId),
    context.api.proposals(reportId),
    loadDictionary(),
  ]);
  if (report.memberId !== context.user.id || report.status !== 'with_member') {
    const why =
      report.memberId !== context.user.id
        ? 'Only the report’s Cabinet Member or Chair can suggest changes to it.'
        : 'This report is not shared with you for review at the moment.';
    return {
      title: report.title,
      element: h(
        'div',
        { class: 'page' },
        reportHeader(report, 'Suggest changes'),
        h('p', { class: 'banner banner-info' }, why),
      ),
    };
  }
  const base = parseReport(report.body);
  const baseVersionId = report.currentVersion.id;
  const sent = proposals.find((p) => p.baseVersionId === baseVersionId && p.status === 'submitted');
  const serverDraft = proposals.find(
    (p) => p.baseVersionId === baseVersionId && p.status === 'draft',
  );
  let start: Node = base;
  let note = '';
  if (serverDraft) {
    const full = await context.api.proposal(serverDraft.id);
    if (full.proposed) start = parseReport(full.proposed);
    note = full.note ?? '';
  }
  return editingPage(context, report, base, baseVersionId, start, note, sent ?? null);
}

function editingPage(
  context: PageContext,
  report: Report,
  base: Node,
  baseVersionId: string,
  serverStart: Node,
  serverNote: string,
  sent: Proposal | null,
): Page {
  const key = draftKey(context.user.id, 'proposal', report.id);
  const notices = new Notices();
  const disputes = new Map<string, string>();
  let start = serverStart;
  let sentDoc: Node = serverStart;
  const local = loadLocalDraft(key);
  if (local && local.baseVersionId === baseVersionId) {
    try {
      start = parseReport(local.body);
      for (const [id, reason] of Object.entries(local.disputes ?? {})) disputes.set(id, reason);
      notices.show(
        'info',
        `Restored the suggestions you made on ${formatDateTime(local.savedAt)}, kept in this browser.`,
      );
    } catch {
      clearLocalDraft(key);
    }
  } else if (local) {
    notices.show(
      'warning',
      `Your unsent suggestions from ${formatDateTime(local.savedAt)} were made to an older version of this report, which the author has since replaced. They are still kept in this browser.`,
      actionButton('Discard them', () => {
        clearLocalDraft(key);
        notices.clear();
      }),
    );
  }
  const noteInput = h('textarea', {
    attrs: { id: 'proposal-note', rows: 3, placeholder: 'Optional: a note for the report author' },
  });
  noteInput.value =
    local?.baseVersionId === baseVersionId ? (local.note ?? serverNote) : serverNote;
  let saveTimer: number | undefined;
  let sending = false;
  const keepLocally = () => {
    window.clearTimeout(saveTimer);
    saveTimer = window.setTimeout(storeLocally, 400);
  };
  const storeLocally = () => {
    if (!dirty()) return clearLocalDraft(key);
    saveLocalDraft(key, {
      baseVersionId,
      body: view.state.doc.toJSON() as Record<string, unknown>,
      savedAt: new Date().toISOString(),
      note: noteInput.value,
      disputes: Object.fromEntries(disputes),
    });
  };
  noteInput.addEventListener('input', keepLocally);
  const dirty = () => !view.state.doc.eq(sentDoc) || disputes.size > 0;

  const mount = h('div', { class: 'editor-mount', attrs: { id: 'report-editor' } });
  let toolbar: Toolbar | null = null;
  let panel: ChangePanel | null = null;
  const view: EditorView = createEditor(mount, {
    doc: start,
    label: `Your suggested version of ${report.title}`,
    plugins: [trackChanges({ base, classify: previewClassifier(report) })],
    onChange: (_view, tr) => {
      toolbar?.update();
      if (tr.docChanged) {
        keepLocally();
        panel?.update();
      }
    },
    onLinkRequest: () => toolbar?.openLink(),
  });
  toolbar = new Toolbar(view);

  const findings = (): readonly Finding[] =>
    trackedResult(view.state)?.classification?.findings ?? [];
  const blocking = () => findings().filter((f) => f.verdict === 'forbidden' && !disputes.has(f.id));
  const sendButton = h(
    'button',
    {
      class: 'button button-primary',
      attrs: { type: 'button', id: 'send-proposal' },
      on: { click: () => void send() },
    },
    `Send to ${report.author.name}`,
  );

  const actions = (finding: Finding): HTMLElement => {
    const wrap = h('span', { class: 'finding-buttons' });
    const revert = h(
      'button',
      {
        class: 'button button-small',
        attrs: { type: 'button' },
        on: { click: () => undo(finding) },
      },
      'Revert',
    );
    wrap.append(revert);
    if (finding.verdict !== 'forbidden') return wrap;
    const reason = disputes.get(finding.id);
    if (reason !== undefined) {
      wrap.append(
        h('span', { class: 'dispute-note' }, h('strong', {}, 'Disputed: '), reason),
        h(
          'button',
          {
            class: 'button button-small button-quiet',
            attrs: { type: 'button' },
            on: {
              click: () => {
                disputes.delete(finding.id);
                storeLocally();
                panel?.update(true, true);
              },
            },
          },
          'Withdraw dispute',
        ),
      );
      return wrap;
    }
    const disputeButton = h(
      'button',
      { class: 'button button-small', attrs: { type: 'button' } },
      'Dispute',
    );
    disputeButton.addEventListener('click', () => {
      const id = `dispute-${finding.id.replace(/[^\w-]/g, '_')}`;
      const text = h('textarea', { attrs: { id, rows: 3, required: true } });
      const error = h('p', { class: 'field-error', attrs: { role: 'alert' } });
      const form = h(
        'form',
        {
          class: 'dispute-form',
          on: {
            submit: (event) => {
              event.preventDefault();
              if (text.value.trim().length < 10) {
                error.textContent = 'Say in a sentence why the protocol allows this change.';
                text.focus();
                return;
              }
              disputes.set(finding.id, text.value.trim());
              storeLocally();
              panel?.update(true, true);
            },
          },
        },
        h(
          'label',
          { attrs: { for: id } },
          'Why does the protocol allow this change? The Monitoring Officer will rule on it.',
        ),
        text,
        error,
        h(
          'button',
          { class: 'button button-small button-primary', attrs: { type: 'submit' } },
          'Dispute this finding',
        ),
        h(
          'button',
          {
            class: 'button button-small button-quiet',
            attrs: { type: 'button' },
            on: { click: () => form.replaceWith(disputeButton) },
          },
          'Cancel',
        ),
      );
      disputeButton.replaceWith(form);
      text.focus();
    });
    wrap.append(disputeButton);
    return wrap;
  };

  const undo = (finding: Finding) => {
    const classification = trackedResult(view.state)?.classification;
    if (!classification) return;
    try {
      replaceDoc(view, revertFinding(base, view.state.doc, classification, finding.id, report));
      disputes.delete(finding.id);
      notices.show('success', `Reverted: ${finding.reason}`);
      view.focus();
    } catch (error) {
      notices.show(
        'error',
        `That change could not be reverted here (${describeError(error)}). Use Undo (Ctrl+Z) or edit the text back.`,
      );
    }
  };

  const footer = () => {
    const left = blocking();
    sendButton.disabled = sending || left.length > 0 || findings().length === 0;
    if (findings().length === 0)
      return h(
        'p',
        { class: 'send-hint' },
        'Edit the report to suggest changes; each one is checked against the protocol as you type.',
      );
    if (left.length > 0) {
      return h(
        'p',
        { class: 'send-hint send-blocked' },
        `Revert or dispute the ${left.length} change${left.length === 1 ? '' : 's'} not allowed by the protocol before sending.`,
      );
    }
    return h(
      'p',
      { class: 'send-hint send-ready' },
      'Ready to send. The server checks the changes again when you send them.',
    );
  };
  panel = new ChangePanel({ view, title: 'Your changes', actions, footer });

  const send = async () => {
    if (blocking().length > 0) return;
    sending = true;
    panel?.update(true);
    const body = view.state.doc;
    try {
      notices.show('info', 'Sending your proposal…');
      const proposal = await context.api.createProposal(
        report.id,
        baseVersionId,
        // Unchanged blocks go by id: the server takes them from the same base version.
        compactReport(base, body),
        noteInput.value.trim() || undefined,
      );
      const undisputed = proposal.classification.findings.filter(
        (f) => f.verdict === 'forbidden' && !disputes.has(f.id),
      );
      if (undisputed.length > 0) {
        notices.show(
          'error',
          `The server’s check found ${undisputed.length} change${undisputed.length === 1 ? '' : 's'} the protocol does not allow that you have not disputed: ${undisputed.map((f) => f.reason).join(' ')} Your proposal is saved as a draft; revert or dispute ${undisputed.length === 1 ? 'it' : 'them'} and send again.`,
        );
        return;
      }
      for (const finding of proposal.classification.findings) {
        const reason = disputes.get(finding.id);
        if (reason !== undefined) await context.api.dispute(proposal.id, finding.id, reason);
      }
      await context.api.submit(proposal.id);
      sentDoc = body;
      disputes.clear();
      clearLocalDraft(key);
      context.navigate(pathOf({ name: 'proposal', proposalId: proposal.id }));
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        notices.error(
          error,
          actionButton('Open the latest version', () =>
            context.navigate(pathOf({ name: 'suggest', reportId: report.id }), { replace: true }),
          ),
        );
      } else {
        notices.error(error);
      }
    } finally {
      sending = false;
      panel?.update(true);
    }
  };

  // Members who prefer Word: download this version with Track Changes on, mark it up, upload it.
  const wordBox = () =>
    h(
      'details',
      { class: 'send-box word-box' },
      h('summary', {}, 'Work in Word instead'),
      versionDownloads(report.id, baseVersionId, { forMarkingUp: true }),
      trackedUpload({
        api: new WordApi(),
        reportId: report.id,
        baseVersionId,
        onProposal: (proposalId) => {
          sentDoc = view.state.doc;
          disputes.clear();
          context.navigate(pathOf({ name: 'proposal', proposalId }));
        },
      }),
    );

  const element = h(
    'div',
    { class: 'page page-editor page-with-panel' },
    reportHeader(
      report,
      'Suggest changes',
      h(
        'a',
        {
          class: 'button button-quiet',
          attrs: { href: pathOf({ name: 'history', reportId: report.id }) },
        },
        'History',
      ),
    ),
    notices.element,
    sent
      ? h(
          'p',
          { class: 'banner banner-info' },
          `You sent a proposal on ${formatDateTime(sent.updatedAt ?? sent.createdAt)}; it is with ${report.author.name}. `,
          h(
            'a',
            { attrs: { href: pathOf({ name: 'proposal', proposalId: sent.id }) } },
            'See what you sent',
          ),
        )
      : null,
    h(
      'div',
      { class: 'workspace' },
      h(
        'div',
        { class: 'workspace-main' },
        toolbar.element,
        h('div', { class: 'editor-frame' }, mount),
      ),
      h(
        'div',
        { class: 'workspace-side' },
        panel.element,
        wordBox(),
        h(
          'div',
          { class: 'send-box' },
          h('label', { attrs: { for: 'proposal-note' } }, 'Note for the author'),
          noteInput,
          sendButton,
        ),
      ),
    ),
  );
  return {
    title: `Suggest changes: ${report.title}`,
    element,
    hasUnsavedChanges: () => !sending && dirty(),
    dispose: () => {
      window.clearTimeout(saveTimer);
      storeLocally();
      view.destroy();
    },
  };
}
