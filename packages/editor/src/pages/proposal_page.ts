/**
 * A member's proposal, shown as tracked changes against its base with the server's findings.
 * The report's author decides each change here: accept or reject, every permitted one at once,
 * review findings only with the attestation confirmed in words, forbidden ones never (unless a
 * dispute overturned the finding). The dispute resolver rules on disputed findings here. Anyone
 * else who may see it reads it.
 */
import { parseReport } from '@probity/rules';
import type { Decision, Dispute, Proposal, Report, ServerFinding } from '../api/client.js';
import { h } from '../app/dom.js';
import { formatDateTime } from '../app/format.js';
import { Notices } from '../app/notice.js';
import type { Page, PageContext } from '../app/page.js';
import { pathOf } from '../app/router.js';
import { createEditor } from '../editor/create_editor.js';
import type { Finding } from '../tracked/classification.js';
import { ChangePanel } from '../tracked/change_panel.js';
import { trackChanges } from '../tracked/track_changes.js';
import { proposalDownload } from '../word/word_downloads.js';
import { reportHeader } from './report_header.js';

const STATUS_TEXT: Readonly<Record<string, string>> = {
  draft: 'Draft: not sent yet',
  submitted: 'Sent to the author for a decision',
  withdrawn: 'Withdrawn by the member',
  decided: 'Decided by the author',
};

const DEFAULT_ATTESTATION = 'I confirm this change in my own professional judgement.';

interface Choice {
  accept: boolean | null;
  attested: boolean;
}

export async function proposalPage(context: PageContext, proposalId: string): Promise<Page> {
  const proposal = await context.api.proposal(proposalId);
  const report = await context.api.report(proposal.reportId);
  return page(context, report, proposal);
}

function page(context: PageContext, report: Report, proposal: Proposal): Page {
  const notices = new Notices();
  const findings = proposal.classification.findings;
  const disputes = new Map<string, Dispute>((proposal.disputes ?? []).map((d) => [d.findingId, d]));
  const decided = new Map<string, Decision>(
    (proposal.decisions ?? []).map((d) => [d.findingId, d]),
  );
  const isAuthor = report.authorId === context.user.id;
  const deciding = isAuthor && proposal.status === 'submitted';
  const resolver =
    context.user.role === 'monitoring_officer' || context.user.role === 'head_of_paid_service';
  const acceptable = (finding: Finding) =>
    finding.verdict !== 'forbidden' || disputes.get(finding.id)?.status === 'overturned';
  let touched = false;
  // A change the protocol forbids starts rejected: it is the only choice the author has.
  const choices = new Map<string, Choice>(
    findings.map((f) => [f.id, { accept: acceptable(f) ? null : false, attested: false }]),
  );

  const mount = h('div', { class: 'editor-mount' });
  const view = createEditor(mount, {
    doc: parseReport(proposal.proposed ?? {}),
    label: `Proposed changes to ${report.title}`,
    editable: false,
    plugins: [
      trackChanges({
        base: parseReport(proposal.base ?? {}),
        classification: proposal.classification,
      }),
    ],
  });

  const disputeLine = (finding: Finding): HTMLElement | null => {
    const dispute = disputes.get(finding.id);
    if (!dispute) return null;
    const outcome =
      dispute.status === 'open'
        ? 'awaiting a ruling'
        : dispute.status === 'overturned'
          ? 'overturned: the change may be accepted'
          : 'upheld: the change stays not allowed';
    return h(
      'p',
      { class: `dispute-note dispute-${dispute.status}` },
      h('strong', {}, `Disputed (${outcome}): `),
      dispute.reason,
      dispute.resolution ? ` Ruling: ${dispute.resolution}` : '',
    );
  };

  const decisionControls = (finding: ServerFinding): HTMLElement => {
    const choice = choices.get(finding.id) ?? { accept: null, attested: false };
    const name = `decision-${finding.id.replace(/[^\w-]/g, '_')}`;
    const radio = (accept: boolean, text: string, disabled: boolean) => {
      const id = `${name}-${accept ? 'accept' : 'reject'}`;
      const input = h('input', {
        attrs: { type: 'radio', name, id, disabled, checked: choice.accept === accept },
        on: {
          change: () => {
            choice.accept = accept;
            touched = true;
            panel.update(true, true);
          },
        },
      });
      return h('span', { class: 'radio' }, input, h('label', { attrs: { for: id } }, text));
    };
    const can = acceptable(finding);
    const fieldset = h(
      'fieldset',
      { class: 'decision' },
      h(
        'legend',
        { class: 'visually-hidden' },
        `Decision on change under clause ${finding.clause}`,
      ),
      radio(true, 'Accept', !can),
      radio(false, 'Reject', false),
    );
    if (!can)
      fieldset.append(
        h(
          'p',
          { class: 'hint' },
          'Cannot be accepted: the protocol does not allow a member to ask for this.',
        ),
      );
    if (finding.verdict === 'review' && can) {
      const id = `${name}-attest`;
      const box = h('input', {
        attrs: { type: 'checkbox', id, checked: choice.attested },
        on: {
          change: () => {
            choice.attested = box.checked;
            touched = true;
            panel.update(true, true);
          },
        },
      });
      fieldset.append(
        h(
          'div',
          { class: 'attestation' },
          box,
          h(
            'label',
            { attrs: { for: id } },
            h('strong', {}, 'I confirm: '),
            finding.attestation ?? DEFAULT_ATTESTATION,
          ),
        ),
      );
      if (choice.accept === true && !choice.attested)
        fieldset.append(
          h('p', { class: 'field-error' }, 'Confirm the statement above to accept this change.'),
        );
    }
    return fieldset;
  };

  const resolveControls = (finding: Finding): HTMLElement | null => {
    const dispute = disputes.get(finding.id);
    if (!resolver || !dispute || dispute.status !== 'open') return null;
    const id = `resolve-${dispute.id.replace(/[^\w-]/g, '_')}`;
    const reason = h('textarea', { attrs: { id: `${id}-reason`, rows: 2 } });
    const outcome = h(
      'select',
      { attrs: { id: `${id}-outcome` } },
      h('option', { attrs: { value: 'upheld' } }, 'Uphold the finding (change stays not allowed)'),
      h(
        'option',
        { attrs: { value: 'overturned' } },
        'Overturn the finding (change may be accepted)',
      ),
    );
    return h(
      'form',
      {
        class: 'resolve-form',
        on: {
          submit: (event) => {
            event.preventDefault();
            if (!reason.value.trim()) {
              notices.show('error', 'Give the reasons for your ruling.');
              reason.focus();
              return;
            }
            context.api
              .resolveDispute(
                dispute.id,
                outcome.value as 'upheld' | 'overturned',
                reason.value.trim(),
              )
              .then((resolved) => {
                disputes.set(finding.id, resolved);
                notices.show('success', `Dispute ${resolved.status}.`);
                panel.update(true, true);
              })
              .catch((error: unknown) => notices.error(error));
          },
        },
      },
      h('label', { attrs: { for: `${id}-outcome` } }, 'Ruling'),
      outcome,
      h('label', { attrs: { for: `${id}-reason` } }, 'Reasons'),
      reason,
      h(
        'button',
        { class: 'button button-small button-primary', attrs: { type: 'submit' } },
        'Record ruling',
      ),
    );
  };

  const recorded = (finding: Finding): HTMLElement | null => {
    const decision = decided.get(finding.id);
    if (!decision) return null;
    return h(
      'p',
      { class: `decision-recorded decision-${decision.accept ? 'accepted' : 'rejected'}` },
      decision.accept ? 'Accepted' : 'Rejected',
      decision.attestation ? ` · attested: “${decision.attestation}”` : '',
    );
  };

  const actions = (finding: Finding): HTMLElement =>
    h(
      'div',
      { class: 'finding-extra' },
      disputeLine(finding),
      deciding ? decisionControls(finding as ServerFinding) : recorded(finding),
      resolveControls(finding),
      drafting ? disputeControls(finding) : null,
    );

  // The member's own draft (say, made from a Word upload): dispute forbidden findings, then send.
  const drafting = proposal.memberId === context.user.id && proposal.status === 'draft';
  const disputeControls = (finding: Finding): HTMLElement | null => {
    if (finding.verdict !== 'forbidden' || disputes.has(finding.id)) return null;
    const id = `dispute-${finding.id.replace(/[^\w-]/g, '_')}`;
    const reason = h('textarea', { attrs: { id, rows: 3 } });
    return h(
      'form',
      {
        class: 'dispute-form',
        on: {
          submit: (event) => {
            event.preventDefault();
            if (reason.value.trim().length < 10) {
              notices.show('error', 'Say in a sentence why the protocol allows this change.');
              reason.focus();
              return;
            }
            context.api
              .dispute(proposal.id, finding.id, reason.value.trim())
              .then((dispute) => {
                disputes.set(finding.id, dispute);
                panel.update(true, true);
              })
              .catch((error: unknown) => notices.error(error));
          },
        },
      },
      h('label', { attrs: { for: id } }, 'Dispute: why does the protocol allow this change?'),
      reason,
      h(
        'button',
        { class: 'button button-small', attrs: { type: 'submit' } },
        'Dispute this finding',
      ),
    );
  };
  const sendDraft = h(
    'button',
    {
      class: 'button button-primary',
      attrs: { type: 'button', id: 'send-proposal' },
      on: {
        click: () => {
          sendDraft.disabled = true;
          context.api
            .submit(proposal.id)
            .then((sent) =>
              context.navigate(pathOf({ name: 'proposal', proposalId: sent.id }), {
                replace: true,
              }),
            )
            .catch((error: unknown) => {
              notices.error(error);
              sendDraft.disabled = false;
            });
        },
      },
    },
    `Send to ${report.author.name}`,
  );

  const finish = h(
    'button',
    {
      class: 'button button-primary',
      attrs: { type: 'button', id: 'finish-review' },
      on: { click: () => void decide() },
    },
    'Finish review and make the new version',
  );
  const footer = (): HTMLElement | null => {
    if (drafting) {
      const left = findings.filter((f) => f.verdict === 'forbidden' && !disputes.has(f.id)).length;
      sendDraft.disabled = left > 0;
      return h(
        'div',
        {},
        h(
          'p',
          { class: left > 0 ? 'send-hint send-blocked' : 'send-hint' },
          left > 0
            ? `Dispute the ${left} change${left === 1 ? '' : 's'} not allowed, or change your copy and upload it again, before sending.`
            : 'Not sent yet.',
        ),
        sendDraft,
      );
    }
    if (!deciding)
      return h('p', { class: 'send-hint' }, STATUS_TEXT[proposal.status] ?? proposal.status);
    const open = findings.filter((f) => choices.get(f.id)?.accept === null).length;
    const unattested = findings.filter(
      (f) =>
        f.verdict === 'review' &&
        choices.get(f.id)?.accept === true &&
        !choices.get(f.id)?.attested,
    ).length;
    finish.disabled = open > 0 || unattested > 0;
    const acceptPermitted = h(
      'button',
      {
        class: 'button button-small',
        attrs: { type: 'button', id: 'accept-permitted' },
        on: {
          click: () => {
            for (const f of findings)
              if (f.verdict === 'permitted')
                (choices.get(f.id) ?? { accept: null, attested: false }).accept = true;
            touched = true;
            panel.update(true, true);
          },
        },
      },
      'Accept all permitted changes',
    );
    return h(
      'div',
      {},
      acceptPermitted,
      h(
        'p',
        { class: 'send-hint' },
        open > 0
          ? `${open} change${open === 1 ? '' : 's'} still to decide.`
          : unattested > 0
            ? 'Confirm the attestation of each review change you accept.'
            : 'Every change is decided.',
      ),
      finish,
    );
  };
  const panel = new ChangePanel({
    view,
    title: deciding ? 'Decide each change' : 'Changes and findings',
    actions,
    footer,
  });

  let finished = false;
  const decide = async () => {
    const decisions: Decision[] = findings.map((f) => {
      const choice = choices.get(f.id);
      const accept = choice?.accept === true;
      const attestation =
        accept && f.verdict === 'review' ? (f.attestation ?? DEFAULT_ATTESTATION) : undefined;
      return { findingId: f.id, accept, ...(attestation ? { attestation } : {}) };
    });
    finish.disabled = true;
    try {
      const { version } = await context.api.decide(proposal.id, decisions);
      finished = true;
      notices.show(
        'success',
        `Decided. Version ${version.number} is now the report’s current version.`,
      );
      context.navigate(pathOf({ name: 'report', reportId: report.id }));
    } catch (error) {
      notices.error(error);
      panel.update(true, true);
    }
  };

  const element = h(
    'div',
    { class: 'page page-editor page-with-panel' },
    reportHeader(
      report,
      `Proposal from ${report.member.name}, ${formatDateTime(proposal.updatedAt ?? proposal.createdAt)}`,
      h(
        'a',
        {
          class: 'button button-quiet',
          attrs: { href: pathOf({ name: 'history', reportId: report.id }) },
        },
        'History',
      ),
      proposalDownload(proposal.id),
      isAuthor
        ? h(
            'a',
            {
              class: 'button button-quiet',
              attrs: { href: pathOf({ name: 'report', reportId: report.id }) },
            },
            'Back to the report',
          )
        : null,
    ),
    notices.element,
    h(
      'p',
      { class: 'banner banner-info' },
      `${STATUS_TEXT[proposal.status] ?? proposal.status}. Verdicts shown are the server’s, under the ${proposal.classification.rulebook.replace(/-/g, ' ')} protocol.`,
      proposal.note
        ? h('span', { class: 'proposal-note' }, ` Note from the member: “${proposal.note}”`)
        : null,
    ),
    h(
      'div',
      { class: 'workspace' },
      h('div', { class: 'workspace-main' }, h('div', { class: 'editor-frame' }, mount)),
      h('div', { class: 'workspace-side' }, panel.element),
    ),
  );
  return {
    title: `Proposal: ${report.title}`,
    element,
    hasUnsavedChanges: () => deciding && !finished && touched,
    dispose: () => view.destroy(),
  };
}
