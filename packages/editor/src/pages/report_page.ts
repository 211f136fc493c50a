/**
 * A report, for its author to draft: the structured editor with its toolbar, saving versions,
 * sharing with the member, publishing once cleared, and the member's proposals waiting for a
 * decision. Unsaved work is kept in this browser until the server has it. Anyone else who may
 * see the report gets it read-only, with links to what they can do.
 */
import type { Node } from 'prosemirror-model';
import type { EditorView } from 'prosemirror-view';
import { parseReport } from '@probity/rules';
import type { Proposal, Report } from '../api/client.js';
import { ApiError } from '../api/client.js';
import { h } from '../app/dom.js';
import { formatDateTime } from '../app/format.js';
import { clearLocalDraft, draftKey, loadLocalDraft, saveLocalDraft } from '../app/local_draft.js';
import { Notices } from '../app/notice.js';
import type { Page, PageContext } from '../app/page.js';
import { pathOf } from '../app/router.js';
import { createEditor, SHORTCUTS } from '../editor/create_editor.js';
import { Toolbar } from '../editor/toolbar.js';
import { versionDownloads } from '../word/word_downloads.js';
import { actionButton, reportHeader } from './report_header.js';

export async function reportPage(context: PageContext, reportId: string): Promise<Page> {
  const [report, proposals] = await Promise.all([
    context.api.report(reportId),
    context.api.proposals(reportId).catch(() => ({ proposals: [] as Proposal[] })),
  ]);
  const isAuthor = report.authorId === context.user.id;
  // A published report is final: everyone reads it.
  return isAuthor && report.status !== 'published'
    ? draftingPage(context, report, proposals.proposals)
    : readOnlyPage(context, report);
}

function draftingPage(context: PageContext, initial: Report, proposals: readonly Proposal[]): Page {
  let report = initial;
  let savedDoc: Node = parseReport(report.body);
  let baseVersionId = report.currentVersion.id;
  const key = draftKey(context.user.id, 'version', report.id);
  const notices = new Notices();
  const status = h('p', { class: 'save-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  let doc = savedDoc;
  const local = loadLocalDraft(key);
  if (local) {
    try {
      const localDoc = parseReport(local.body);
      if (!localDoc.eq(savedDoc)) {
        if (local.baseVersionId === baseVersionId) {
          doc = localDoc;
          notices.show(
            'info',
            `Restored the unsaved changes you made on ${formatDateTime(local.savedAt)}, kept in this browser.`,
          );
        } else {
          notices.show(
            'warning',
            `You have unsaved changes from ${formatDateTime(local.savedAt)} made to an older version. They are kept in this browser.`,
            actionButton('Restore them', () => {
              view.dispatch(
                view.state.tr.replaceWith(0, view.state.doc.content.size, localDoc.content),
              );
              notices.clear();
            }),
            actionButton('Discard them', () => {
              clearLocalDraft(key);
              notices.clear();
            }),
          );
        }
      }
    } catch {
      clearLocalDraft(key);
    }
  }
  let saveTimer: number | undefined;
  const dirty = () => !view.state.doc.eq(savedDoc);
  const showStatus = () => {
    status.textContent = dirty()
      ? 'Unsaved changes, kept in this browser until you save a version.'
      : `Saved as version ${report.currentVersion.number}.`;
  };
  const keepLocally = () => {
    window.clearTimeout(saveTimer);
    saveTimer = window.setTimeout(() => {
      if (!dirty()) return clearLocalDraft(key);
      const ok = saveLocalDraft(key, {
        baseVersionId,
        body: view.state.doc.toJSON() as Record<string, unknown>,
        savedAt: new Date().toISOString(),
      });
      if (!ok)
        notices.show(
          'warning',
          'This browser would not keep a copy of your unsaved changes. Save a version soon.',
        );
    }, 400);
  };
  const mount = h('div', { class: 'editor-mount', attrs: { id: 'report-editor' } });
  let toolbar: Toolbar | null = null;
  const view: EditorView = createEditor(mount, {
    doc,
    label: `Report body: ${report.title}`,
    onChange: (_view, tr) => {
      toolbar?.update();
      if (tr.docChanged) {
        keepLocally();
        showStatus();
      }
    },
    onLinkRequest: () => toolbar?.openLink(),
  });
  toolbar = new Toolbar(view);
  showStatus();

  const save = async (): Promise<boolean> => {
    if (!dirty()) return true;
    const body = view.state.doc;
    try {
      const version = await context.api.saveVersion(
        report.id,
        baseVersionId,
        body.toJSON() as Record<string, unknown>,
      );
      savedDoc = body;
      baseVersionId = version.id;
      report = { ...report, currentVersion: version };
      if (view.state.doc.eq(savedDoc)) clearLocalDraft(key);
      notices.show('success', `Saved version ${version.number}.`);
      showStatus();
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        notices.error(
          error,
          actionButton('Open the latest version', () =>
            context.navigate(pathOf({ name: 'report', reportId: report.id }), { replace: true }),
          ),
        );
      } else {
        notices.error(error);
      }
      return false;
    }
  };
  const share = async () => {
    if (!(await save())) return;
    try {
      report = { ...report, ...(await context.api.share(report.id, baseVersionId)) };
      notices.show(
        'success',
        `Version ${report.currentVersion.number} shared with ${report.member.name}. They will see it in their reports.`,
      );
      refreshHeader();
    } catch (error) {
      notices.error(error);
    }
  };
  const publish = async () => {
    if (dirty()) {
      notices.show('error', 'Save your changes as a version before publishing.');
      return;
    }
    if (!window.confirm('Publish this report? It will be final.')) return;
    try {
      report = { ...report, ...(await context.api.publish(report.id)) };
      context.navigate(pathOf({ name: 'report', reportId: report.id }), { replace: true });
    } catch (error) {
      notices.error(error);
    }
  };
  const headerSlot = h('div');
  const refreshHeader = () => {
    headerSlot.replaceChildren(
      reportHeader(
        report,
        'Drafting',
        actionButton('Save version', async () => void (await save()), 'primary'),
        report.status === 'published'
          ? null
          : actionButton(`Share with ${report.member.name}`, share),
        report.status === 'cleared' ? actionButton('Publish', publish) : null,
        h(
          'a',
          {
            class: 'button button-quiet',
            attrs: { href: pathOf({ name: 'history', reportId: report.id }) },
          },
          'History',
        ),
        versionDownloads(report.id, report.currentVersion.id),
      ),
    );
  };
  refreshHeader();
  view.dom.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void save();
    }
  });
  const waiting = proposals.filter((p) => p.status === 'submitted');
  const element = h(
    'div',
    { class: 'page page-editor' },
    headerSlot,
    notices.element,
    waiting.length
      ? h(
          'section',
          { class: 'panel panel-attention', attrs: { 'aria-label': 'Proposals waiting for you' } },
          h('h2', {}, 'Waiting for your decision'),
          h(
            'ul',
            {},
            ...waiting.map((p) =>
              h(
                'li',
                {},
                h(
                  'a',
                  { attrs: { href: pathOf({ name: 'proposal', proposalId: p.id }) } },
                  `Proposal from ${report.member.name}, sent ${formatDateTime(p.updatedAt ?? p.createdAt)}: ${p.classification.findings.length} change(s)`,
                ),
              ),
            ),
          ),
        )
      : null,
    toolbar.element,
    h('div', { class: 'editor-frame' }, mount),
    status,
    h(
      'details',
      { class: 'shortcuts' },
      h('summary', {}, 'Keyboard shortcuts'),
      h('dl', {}, ...SHORTCUTS.flatMap(([keys, what]) => [h('dt', {}, keys), h('dd', {}, what)])),
    ),
  );
  return {
    title: report.title,
    element,
    hasUnsavedChanges: dirty,
    dispose: () => {
      window.clearTimeout(saveTimer);
      if (dirty())
        saveLocalDraft(key, {
          baseVersionId,
          body: view.state.doc.toJSON() as Record<string, unknown>,
          savedAt: new Date().toISOString(),
        });
      view.destroy();
    },
  };
}

function readOnlyPage(context: PageContext, report: Report): Page {
  const mount = h('div', { class: 'editor-mount' });
  const view = createEditor(mount, {
    doc: parseReport(report.body),
    label: `Report body: ${report.title}`,
    editable: false,
  });
  const isMember = report.memberId === context.user.id;
  return {
    title: report.title,
    element: h(
      'div',
      { class: 'page page-editor' },
      reportHeader(
        report,
        report.status === 'published' ? 'Published report' : 'Report',
        isMember && report.status === 'with_member'
          ? h(
              'a',
              {
                class: 'button button-primary',
                attrs: { href: pathOf({ name: 'suggest', reportId: report.id }) },
              },
              'Suggest changes',
            )
          : null,
        h(
          'a',
          {
            class: 'button button-quiet',
            attrs: { href: pathOf({ name: 'history', reportId: report.id }) },
          },
          'History',
        ),
        versionDownloads(report.id, report.currentVersion.id),
      ),
      h('div', { class: 'editor-frame' }, mount),
    ),
    dispose: () => view.destroy(),
  };
}
